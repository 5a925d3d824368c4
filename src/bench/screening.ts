import { availableParallelism } from 'node:os'
import { buildSharedIndex } from '../screening/index/build.js'
import type { CandidateIndex } from '../screening/index/candidates.js'
import type { Query } from '../screening/match/analyse.js'
import { createPool } from '../screening/pool.js'
import { screenIndex } from '../screening/screen.js'
import { listItems, people, requireData } from './screening-data.js'

// Batch throughput on every core (worker threads), index build time, memory, single-query latency.
requireData()
const mb = (b: number) => Math.round(b / 1e6)
const rss = () => process.memoryUsage().rss
// Peak resident memory of the whole process (every thread), as the kernel counts it.
const peak = () => process.resourceUsage().maxRSS * 1024
const rss0 = rss()
const mem: Record<string, number> = {}

// In a function, so the parsed lists are garbage once the index is packed: a batch run or a
// server holds the packed index only (the CLI reads lists from the store the same way).
async function load(): Promise<{ index: CandidateIndex; queries: Query[]; lists: string }> {
  const { un, ofac } = listItems()
  mem.lists = rss()
  const index = await buildSharedIndex([...ofac, ...un].map((entity) => ({ entity, version: 'bench' })))
  mem.index = rss()
  const base: Query[] = [
    ...people('positives_un_treated.csv'),
    ...people('positives_us_congress_untreated.csv'),
    ...people('synthetic-negatives/negatives_global_1000.csv'),
  ].map((p) => ({ name: p.name, schema: 'Person', birthDate: p.birthDate, country: p.country }))
  const companies = ofac.filter((e) => e.schema === 'Organization').slice(0, 1000).map((e) => ({ name: e.caption.replace(/[AEIO]/, 'U') }))
  return { index, queries: [...base, ...companies], lists: `OFAC SDN 2024-05-03 (${ofac.length}) + UN (${un.length})` }
}
const { index, queries, lists } = await load()
global.gc?.()
mem.dropped = rss()

// Single answers on a loaded index (main thread).
const times: number[] = []
for (const q of queries.slice(0, 2000)) {
  const t = performance.now()
  screenIndex(index, new Map(), q)
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.floor(p * (times.length - 1))].toFixed(2)
mem.single = rss()

const workers = availableParallelism()
const pool = await createPool(index.packed, {}, workers)
mem.pool = rss()
const rounds = 4
const chunk = 256
const all = Array.from({ length: rounds }, () => queries).flat()
// Warm-up: every worker compiles the matcher before the clock starts.
await Promise.all(Array.from({ length: workers }, (_, i) => pool.screen(queries.slice(i * 500, i * 500 + 500))))
let batchMax = 0
const sample = setInterval(() => (batchMax = Math.max(batchMax, rss())), 50)
const t0 = performance.now()
const jobs: Promise<unknown>[] = []
// Answers are counted and dropped, as screenCsv writes and drops them.
let hits = 0
for (let i = 0; i < all.length; i += chunk) jobs.push(pool.screen(all.slice(i, i + chunk)).then((a) => a.forEach((x) => (hits += x.records.filter((r) => r.hit).length))))
await Promise.all(jobs)
const secs = (performance.now() - t0) / 1000
clearInterval(sample)
mem.batch = Math.max(batchMax, rss())
await pool.close()

const rows = [
  ['lists', `${lists}; ${index.size} indexed entities, ${index.keys.toLocaleString('en-US')} keys`],
  ['index build (once, own thread)', `${(index.buildMs / 1000).toFixed(2)} s; packed ${mb(index.bytes)} MB in shared memory`],
  ['worker start (open shared index)', pool.startMs.map((m) => `${(m / 1000).toFixed(2)} s`).join(', ')],
  ['batch throughput', `${Math.round(all.length / secs).toLocaleString('en-US')} queries/s on ${workers} worker threads (${all.length.toLocaleString('en-US')} queries, ${secs.toFixed(2)} s, with explanations)`],
  ['single query (main thread)', `median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${times[times.length - 1].toFixed(2)} ms`],
  ['peak resident memory', `${mb(peak())} MB (whole process, all threads)`],
  ['resident memory by stage', [
    `start ${mb(rss0)} MB`, `lists parsed ${mb(mem.lists)} MB`, `+ packed index ${mb(mem.index)} MB`,
    `lists dropped ${mb(mem.dropped)} MB`, `after single queries ${mb(mem.single)} MB`,
    `+ ${workers} workers ${mb(mem.pool)} MB`, `batch max ${mb(mem.batch)} MB`,
  ].join(', ')],
]
const w = Math.max(...rows.map((r) => r[0].length))
process.stdout.write(`screening bench\n\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n`)
