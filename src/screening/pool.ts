import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Query } from './match/analyse.js'
import type { Entity } from './model.js'
import type { ScreenOptions } from './screen.js'

/** What a worker sends back for one query: hits flattened for output, or the query's error. */
export interface BatchAnswer {
  hits: { id: string; caption: string; schema: string; version: string; datasets: string[]; score: number; match: boolean; explanation: string }[]
  warnings: string[]
  error?: string
}

export interface Pool {
  screen(queries: Query[]): Promise<BatchAnswer[]>
  buildMs: number[]
  close(): Promise<void>
}

/**
 * A pool of worker threads, each with its own index (built once from the same entities), so
 * batch screening uses every core. Chunks go to whichever worker is free.
 */
export async function createPool(items: { entity: Entity; version: string }[], options: ScreenOptions = {}, size = availableParallelism()): Promise<Pool> {
  const ts = import.meta.url.endsWith('.ts')
  const url = new URL(ts ? './worker.ts' : './worker.js', import.meta.url)
  // Under tsx (tests, dev) the worker registers tsx itself: loader hooks do not reach workers.
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}) })`
  const make = () => (ts ? new Worker(boot, { eval: true, workerData: { items, options } }) : new Worker(url, { workerData: { items, options } }))
  const workers = Array.from({ length: Math.max(1, size) }, make)
  // One listener per worker for its whole life: each answer goes to the request waiting on it.
  const waiting = new Map<Worker, { ok: (v: never) => void; fail: (e: Error) => void }>()
  const ask = <T>(w: Worker, send?: unknown) =>
    new Promise<T>((ok, fail) => {
      waiting.set(w, { ok: ok as (v: never) => void, fail })
      if (send !== undefined) w.postMessage(send)
    })
  for (const w of workers) {
    w.on('message', (m) => waiting.get(w)?.ok(m as never))
    w.on('error', (e) => waiting.get(w)?.fail(e))
  }
  const buildMs = await Promise.all(workers.map((w) => ask<{ ready: number }>(w).then((m) => m.ready)))
  const idle = [...workers]
  const queue: ((w: Worker) => void)[] = []
  const acquire = () => new Promise<Worker>((ok) => (idle.length ? ok(idle.pop()!) : queue.push(ok)))
  const release = (w: Worker) => (queue.length ? queue.shift()!(w) : idle.push(w))
  return {
    buildMs,
    async screen(queries) {
      const w = await acquire()
      try {
        return await ask<BatchAnswer[]>(w, queries)
      } finally {
        release(w)
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
