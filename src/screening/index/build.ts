import type { Entity } from '../model.js'
import { startWorker } from '../threads.js'
import { buildIndex, openIndex, type CandidateIndex, type PackedIndex } from './candidates.js'

/** Entities per message: the copy in flight stays a few MB. */
const PART = 1000
/** Below this many entities a thread costs more time than the garbage it saves is worth. */
const MIN_OFF_THREAD = 5000

/**
 * Builds the index to share with worker threads. A big list is analysed on a thread of its
 * own, ended when done: analysing every entity leaves tens of MB of garbage that V8 would keep
 * in the caller's heap until some later collection; here it leaves with the thread, and the
 * process keeps the packed index only. Entities go over in parts, so neither thread holds a
 * second copy of the whole list.
 */
export async function buildSharedIndex(
  items: { entity: Entity; version: string }[]
): Promise<CandidateIndex> {
  if (items.length < MIN_OFF_THREAD) return buildIndex(items)
  const t0 = performance.now()
  // A small young generation: the build's garbage dies young, and the heap stays small.
  const w = startWorker('index/build-worker', undefined, { maxYoungGenerationSizeMb: 8 })
  try {
    const packed = new Promise<PackedIndex>((ok, fail) => {
      w.once('message', ok)
      w.once('error', fail)
      w.once('exit', (code) => fail(new Error(`index build thread exited with code ${code}`)))
    })
    for (let i = 0; i < items.length; i += PART) w.postMessage({ items: items.slice(i, i + PART) })
    w.postMessage('done')
    return openIndex(await packed, performance.now() - t0)
  } finally {
    await w.terminate()
  }
}
