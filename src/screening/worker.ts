import { parentPort, workerData } from 'node:worker_threads'
import { openIndex, type CandidateIndex, type PackedIndex } from './index/candidates.js'
import type { Query } from './match/analyse.js'
import type { BatchAnswer } from './pool.js'
import { explain, screenIndex, type ScreenOptions } from './screen.js'

// One worker of pool.ts: opens the index the pool shares (no copy), then answers chunks of
// queries. Started before the index is read, it gets the index in its first message.
const { packed, options } = workerData as { packed?: PackedIndex; options: ScreenOptions }
let index: CandidateIndex | undefined
const none = new Map()

function answer(q: Query): BatchAnswer {
  try {
    const r = screenIndex(index!, none, q, options)
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

function open(p: PackedIndex): void {
  index = openIndex(p)
  parentPort!.postMessage({ ready: true })
}

parentPort!.on('message', (m: Query[] | { packed: PackedIndex }) => {
  if (Array.isArray(m)) parentPort!.postMessage(m.map(answer))
  else open(m.packed)
})
if (packed) open(packed)
