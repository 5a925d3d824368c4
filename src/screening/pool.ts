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
  /** Milliseconds from the pool's creation until each worker had opened the shared index. */
  startMs: number[]
  close(): Promise<void>
}

/**
 * An index still being read: the pool starts its first worker at once (loading the matcher
 * takes about as long as opening the database and reading the index file) and hands it the
 * index when it comes. `bytes`: its expected size (the index file's), for the workers' heaps.
 */
export interface ArrivingIndex {
  bytes: number
  packed: Promise<PackedIndex>
  /**
   * Workers to start at once (at most the pool's size), all loading the matcher while the index
   * is read; 1 when not said: the others start as chunks wait for them. A long batch wants every
   * one: the second, started only when its first chunk waited, began screening a third of a
   * second after the first (`eagerWorkers`).
   */
  eager?: number
}

/**
 * Input bytes that are worth a worker of their own from the start: about a thousand names, which
 * take a worker longer to screen than it takes to start (`ArrivingIndex.eager`).
 */
export const BYTES_PER_EAGER_WORKER = 32_000

/** How many workers a batch of `inputBytes` starts at once (ArrivingIndex.eager). */
export function eagerWorkers(inputBytes: number): number {
  return Math.max(1, Math.ceil(inputBytes / BYTES_PER_EAGER_WORKER))
}

/** A worker's heap: it keeps little alive (modules, the vocabulary it has read, one chunk), but V8 lets a heap grow far past that before collecting. */
const limitsFor = (bytes: number) => ({ maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 + Math.ceil(bytes / 1e6) })

/**
 * A pool of worker threads screening against one index in shared memory, so batch screening
 * uses every core while the process holds the index once. Chunks go to whichever worker is
 * free; workers start as chunks wait for them, up to `size` (a batch of a few names starts
 * one). Given entities, the index is built first, on a thread of its own.
 */
export async function createPool(source: { entity: Entity; version: string }[] | PackedIndex | ArrivingIndex, options: ScreenOptions = {}, size = availableParallelism()): Promise<Pool> {
  const index = Array.isArray(source) ? (await (await import('./index/build.js')).buildSharedIndex(source)).packed : source
  const t0 = performance.now()
  const startMs: number[] = []
  const started: Worker[] = []
  const idle: Worker[] = []
  const queue: { take: (w: Worker) => void; fail: (e: Error) => void }[] = []
  const waiting = new Map<Worker, { ok: (v: BatchAnswer[]) => void; fail: (e: Error) => void }>()
  let packed = 'bytes' in index ? undefined : index
  let failure: Error | undefined
  const release = (w: Worker) => (queue.length ? queue.shift()!.take(w) : idle.push(w))
  const stop = (e: Error) => {
    failure ??= e
    for (const q of queue.splice(0)) q.fail(failure)
  }
  const start = (bytes: number) => {
    const w = startWorker('worker', { packed, options }, limitsFor(bytes))
    started.push(w)
    // One listener per worker for its whole life: the first message says it has opened the
    // index, then each answer goes to the request waiting on it.
    let ready = false
    w.on('message', (m: BatchAnswer[] | { ready: true }) => {
      if (ready) return waiting.get(w)?.ok(m as BatchAnswer[])
      ready = true
      startMs.push(performance.now() - t0)
      release(w)
    })
    w.on('error', (e) => {
      waiting.get(w)?.fail(e)
      if (!ready) stop(e)
    })
  }
  // Another worker while chunks wait that the workers still starting will not take, up to `size`.
  const grow = () => {
    while (packed && !failure && started.length < Math.max(1, size) && queue.length > started.length - startMs.length) start(packedBytes(packed))
  }
  if (packed) start(packedBytes(packed))
  else {
    const { bytes, packed: arriving, eager = 1 } = index as ArrivingIndex
    const first = Math.max(1, Math.min(eager, size))
    while (started.length < first) start(bytes)
    arriving.then(
      (p) => {
        packed = p
        // Heaps were sized for the file; an index much larger (built for other lists) needs bigger ones.
        if (packedBytes(p) > bytes * 1.25) for (const w of started.splice(0)) void w.terminate()
        for (const w of started) w.postMessage({ packed: p })
        if (!started.length) start(packedBytes(p))
        grow()
      },
      (e: Error) => stop(e)
    )
  }
  const acquire = () =>
    new Promise<Worker>((take, fail) => {
      if (failure) return fail(failure)
      if (idle.length) return take(idle.pop()!)
      queue.push({ take, fail })
      grow()
    })
  return {
    startMs,
    async screen(queries) {
      const w = await acquire()
      try {
        return await new Promise<BatchAnswer[]>((ok, fail) => {
          waiting.set(w, { ok, fail })
          w.postMessage(queries)
        })
      } finally {
        waiting.delete(w)
        release(w)
      }
    },
    async close() {
      stop(new Error('screening pool closed'))
      await Promise.all(started.map((w) => w.terminate()))
    },
  }
}
