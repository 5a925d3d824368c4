import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSharedIndex } from '../screening/index/build.js'
import { openIndex, type CandidateIndex } from '../screening/index/candidates.js'
import { readSidecar, writeSidecar } from '../screening/index/sidecar.js'
import type { Query } from '../screening/match/analyse.js'
import { createPool } from '../screening/pool.js'
import { screenIndex } from '../screening/screen.js'
import { benchQueries, listItems, requireData } from './screening-data.js'

// Batch throughput on every core (worker threads), index build time, the index written to and
// read from its file, memory, single-query latency. Queries per CPU-second (every thread of the
// process) are printed beside queries per second: on a shared machine they move less.
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
  return { index, queries: benchQueries(ofac), lists: `OFAC SDN 2024-05-03 (${ofac.length}) + UN (${un.length})` }
}
const { index, queries, lists } = await load()
global.gc?.()
mem.dropped = rss()

// The index written beside a database and read back, as a process that finds it does. In a
// function, so the copy read back is garbage before the batch: this process screens with one
// copy, as a CLI run does, and the memory figures below must not count a second.
function roundTrip(): { writeMs: number; readMs: number; fileBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-bench-'))
  const file = join(dir, 'bench.screening-index')
  let t = performance.now()
  const fileBytes = writeSidecar(file, 'bench', index.packed)
  const writeMs = performance.now() - t
  t = performance.now()
  const read = readSidecar(file, 'bench')
  if (!('packed' in read)) throw new Error(`index file not read back: ${read.detail}`)
  const reopened = openIndex(read.packed)
  const readMs = performance.now() - t
  if (reopened.keys !== index.keys || reopened.size !== index.size) throw new Error('index file read back differs')
  rmSync(dir, { recursive: true, force: true })
  return { writeMs, readMs, fileBytes }
}
const { writeMs, readMs, fileBytes } = roundTrip()
global.gc?.()
mem.readBack = rss()

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
const cpu0 = process.cpuUsage()
const t0 = performance.now()
const jobs: Promise<unknown>[] = []
// Answers are counted and dropped, as screenCsv writes and drops them.
let hits = 0
for (let i = 0; i < all.length; i += chunk) jobs.push(pool.screen(all.slice(i, i + chunk)).then((a) => a.forEach((x) => (hits += x.records.filter((r) => r.hit).length))))
await Promise.all(jobs)
const secs = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpu0)
const cpuSecs = (cpu.user + cpu.system) / 1e6
clearInterval(sample)
mem.batch = Math.max(batchMax, rss())
await pool.close()

const rows = [
  ['lists', `${lists}; ${index.size} indexed entities, ${index.keys.toLocaleString('en-US')} keys`],
  ['index build, cold (own thread)', `${(index.buildMs / 1000).toFixed(2)} s; packed ${mb(index.bytes)} MB in shared memory`],
  ['index file: write, read back', `${writeMs.toFixed(0)} ms, ${readMs.toFixed(0)} ms (${mb(fileBytes)} MB; read back in ${((100 * readMs) / index.buildMs).toFixed(1)}% of the build time)`],
  ['worker start (open shared index)', pool.startMs.map((m) => `${(m / 1000).toFixed(2)} s`).join(', ')],
  ['batch throughput', `${Math.round(all.length / secs).toLocaleString('en-US')} queries/s on ${workers} worker threads (${all.length.toLocaleString('en-US')} queries, ${secs.toFixed(2)} s, with explanations)`],
  ['batch per CPU-second', `${Math.round(all.length / cpuSecs).toLocaleString('en-US')} queries per CPU-second (all threads; ${cpuSecs.toFixed(2)} s of CPU)`],
  ['single query (main thread)', `median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${times[times.length - 1].toFixed(2)} ms`],
  ['peak resident memory', `${mb(peak())} MB (whole process, all threads)`],
  ['resident memory by stage', [
    `start ${mb(rss0)} MB`, `lists parsed ${mb(mem.lists)} MB`, `+ packed index ${mb(mem.index)} MB`,
    `lists dropped ${mb(mem.dropped)} MB`, `file read back and dropped ${mb(mem.readBack)} MB`, `after single queries ${mb(mem.single)} MB`,
    `+ ${workers} workers ${mb(mem.pool)} MB`, `batch max ${mb(mem.batch)} MB`,
  ].join(', ')],
  ['machine load (1-minute average)', `${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`],
]
const w = Math.max(...rows.map((r) => r[0].length))
process.stdout.write(`screening bench\n\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n`)
