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
      records: r.cards.flatMap((c, i) => c.records.map((h, k) => ({
        card: i + 1, rank: k + 1, hit: h.hit, id: h.entity.id, caption: h.entity.caption, schema: h.entity.schema, version: h.version,
        datasets: h.entity.datasets, programs: h.entity.properties.program ?? [], listed: h.entity.listed ?? '', score: h.score, match: h.match, explanation: explain(h),
      }))),
    }
  } catch (err) {
    return { records: [], warnings: [], error: (err as Error).message }
  }
}

parentPort!.on('message', (queries: Query[]) => parentPort!.postMessage(queries.map(answer)))
parentPort!.postMessage({ ready: true })
