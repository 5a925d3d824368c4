import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { PackedIndex } from './index/candidates.js'
import { packedBytes } from './index/shared.js'
import type { Query } from './match/analyse.js'
import type { Entity } from './model.js'
import type { ScreenOptions } from './screen.js'
import { startWorker } from './threads.js'

/** One record of an answer's cards, flattened for output. */
export interface BatchRecord {
  /** The card's rank in the answer (1 = best) and the record's within the card (1 = its best). */
  card: number
  rank: number
  /** At or above the cutoff; false for a record on the card only as the same entity as a hit. */
  hit: boolean
  id: string
  caption: string
  schema: string
  version: string
  datasets: string[]
  programs: string[]
  listed: string
  score: number
  match: boolean
  explanation: string
}

/** What a worker sends back for one query: its cards' records, card by card, or the query's error. */
export interface BatchAnswer {
  records: BatchRecord[]
  warnings: string[]
  error?: string
}

export interface Pool {
  screen(queries: Query[]): Promise<BatchAnswer[]>
  /** Milliseconds each worker took to start and open the shared index. */
  startMs: number[]
  close(): Promise<void>
}

/**
 * A pool of worker threads screening against one index in shared memory, so batch screening
 * uses every core while the process holds the index once. Chunks go to whichever worker is
 * free. Given entities, the index is built first, on a thread of its own.
 */
export async function createPool(source: { entity: Entity; version: string }[] | PackedIndex, options: ScreenOptions = {}, size = availableParallelism()): Promise<Pool> {
  const packed = Array.isArray(source) ? (await (await import('./index/build.js')).buildSharedIndex(source)).packed : source
  // A worker keeps little alive (modules, the vocabulary it has read, one chunk), but V8 lets
  // a heap grow far past that before collecting: bounded heaps keep the process within budget.
  const resourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 + Math.ceil(packedBytes(packed) / 1e6) }
  const t0 = performance.now()
  const workers = Array.from({ length: Math.max(1, size) }, () => startWorker('worker', { packed, options }, resourceLimits))
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
  const startMs = await Promise.all(workers.map((w) => ask<{ ready: true }>(w).then(() => performance.now() - t0)))
  const idle = [...workers]
  const queue: ((w: Worker) => void)[] = []
  const acquire = () => new Promise<Worker>((ok) => (idle.length ? ok(idle.pop()!) : queue.push(ok)))
  const release = (w: Worker) => (queue.length ? queue.shift()!(w) : idle.push(w))
  return {
    startMs,
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
