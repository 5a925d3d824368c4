import { availableParallelism } from 'node:os'
import { buildIndex } from '../screening/index/candidates.js'
import type { Query } from '../screening/match/analyse.js'
import { createPool } from '../screening/pool.js'
import { screenIndex } from '../screening/screen.js'
import { listItems, people, requireData } from './screening-data.js'

// Batch throughput on every core (worker threads), index build time, memory, single-query latency.
requireData()
const mb = (b: number) => Math.round(b / 1e6)
const rss0 = process.memoryUsage().rss
const { un, ofac } = listItems()
const items = [...ofac, ...un].map((entity) => ({ entity, version: 'bench' }))
global.gc?.()
const rssLists = process.memoryUsage().rss
const index = buildIndex(items)
const rssIndex = process.memoryUsage().rss

const base: Query[] = [
  ...people('positives_un_treated.csv'),
  ...people('positives_us_congress_untreated.csv'),
  ...people('synthetic-negatives/negatives_global_1000.csv'),
].map((p) => ({ name: p.name, schema: 'Person', birthDate: p.birthDate, country: p.country }))
const companies = ofac.filter((e) => e.schema === 'Organization').slice(0, 1000).map((e) => ({ name: e.caption.replace(/[AEIO]/, 'U') }))
const queries = [...base, ...companies]

// Single answers on a loaded index (main thread).
const times: number[] = []
for (const q of queries.slice(0, 2000)) {
  const t = performance.now()
  screenIndex(index, new Map(), q)
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.floor(p * (times.length - 1))].toFixed(2)

const workers = availableParallelism()
const pool = await createPool(items, {}, workers)
const rssPool = process.memoryUsage().rss
const rounds = 4
const chunk = 256
const all = Array.from({ length: rounds }, () => queries).flat()
await pool.screen(queries.slice(0, 500)) // warm-up
const t0 = performance.now()
const jobs: Promise<unknown>[] = []
for (let i = 0; i < all.length; i += chunk) jobs.push(pool.screen(all.slice(i, i + chunk)))
await Promise.all(jobs)
const secs = (performance.now() - t0) / 1000
await pool.close()

const rows = [
  ['lists', `OFAC SDN 2024-05-03 (${ofac.length}) + UN (${un.length}); ${index.entries.length} indexed entities, ${index.keys.toLocaleString('en-US')} keys`],
  ['index build (main thread)', `${(index.buildMs / 1000).toFixed(2)} s`],
  ['index build per worker', pool.buildMs.map((m) => `${(m / 1000).toFixed(2)} s`).join(', ')],
  ['batch throughput', `${Math.round(all.length / secs).toLocaleString('en-US')} queries/s on ${workers} worker threads (${all.length.toLocaleString('en-US')} queries, ${secs.toFixed(2)} s, with explanations)`],
  ['single query (main thread)', `median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${times[times.length - 1].toFixed(2)} ms`],
  ['resident memory', `start ${mb(rss0)} MB, lists parsed ${mb(rssLists)} MB, + index ${mb(rssIndex)} MB (index ~${mb(rssIndex - rssLists)} MB), + ${workers} worker indexes ${mb(rssPool)} MB`],
]
const w = Math.max(...rows.map((r) => r[0].length))
process.stdout.write(`screening bench\n\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n`)
