import { setFlagsFromString } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { openIndex, type CandidateIndex, type PackedIndex } from './index/candidates.js'
import type { Query } from './match/analyse.js'
import type { BatchAnswer } from './pool.js'
import { explainRecord } from './card-facts.js'
import { screenIndex, type ScreenOptions } from './screen.js'
import { programsOf } from './model.js'

// One worker of pool.ts: opens the index the pool shares (no copy), then answers chunks of
// queries. Started before the index is read, it gets the index in its first message.

// Less inlining: the matcher's hot functions are many and large, and a batch is mostly spent
// on its first pass over them; with V8's default (920 bytes of bytecode inlined per function)
// the optimising compiler costs more than it saves. Read when a function is optimised, so set
// here, before any is; V8 flags are per process (the main thread and other workers too).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300')
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
        datasets: h.entity.datasets, programs: programsOf(h.entity), listed: h.entity.listed ?? '', score: h.score, match: h.match, explanation: explainRecord(c, h),
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
