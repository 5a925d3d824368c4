import { parentPort, workerData } from 'node:worker_threads'
import { openIndex, type PackedIndex } from './index/candidates.js'
import type { Query } from './match/analyse.js'
import type { BatchAnswer } from './pool.js'
import { explain, screenIndex, type ScreenOptions } from './screen.js'

// One worker of pool.ts: opens the index the pool shares (no copy), then answers chunks of queries.
const { packed, options } = workerData as { packed: PackedIndex; options: ScreenOptions }
const index = openIndex(packed)
const none = new Map()

function answer(q: Query): BatchAnswer {
  try {
    const r = screenIndex(index, none, q, options)
    return {
      warnings: r.warnings,
      hits: r.hits.map((h) => ({
        id: h.entity.id, caption: h.entity.caption, schema: h.entity.schema, version: h.version, datasets: h.entity.datasets,
        score: h.score, match: h.match, explanation: explain(h),
      })),
    }
  } catch (err) {
    return { hits: [], warnings: [], error: (err as Error).message }
  }
}

parentPort!.on('message', (queries: Query[]) => parentPort!.postMessage(queries.map(answer)))
parentPort!.postMessage({ ready: true })
