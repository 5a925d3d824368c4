import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSharedIndex } from '../screening/index/build.js'
import { openIndex } from '../screening/index/candidates.js'
import { readSidecar, writeSidecar } from '../screening/index/sidecar.js'
import { screenIndex } from '../screening/screen.js'
import { syntheticList } from './synthetic-list.js'

// The index at a size no public list has: a generated list (synthetic-list.ts, seed 1) of
// SCALE_ENTITIES entities (default 1,000,000), built, written to its file, and read back by a
// fresh process, which then screens misspelt names of the list on one thread. Each process
// reports its own peak resident memory.
const KEY = 'scale'
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const queryCount = 2000

if (process.argv[2] === '--load') loadAndScreen(process.argv[3])
else await buildAndMeasure(Number(process.env.SCALE_ENTITIES ?? 1_000_000))

async function buildAndMeasure(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-scale-'))
  const file = join(dir, 'scale.screening-index')
  let t = performance.now()
  const items = syntheticList(count, 1).map((entity) => ({ entity, version: 'synthetic' }))
  const generated = (performance.now() - t) / 1000
  t = performance.now()
  const index = await buildSharedIndex(items)
  const built = (performance.now() - t) / 1000
  t = performance.now()
  const bytes = writeSidecar(file, KEY, index.packed)
  const written = (performance.now() - t) / 1000
  const buildPeak = peakMb()
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--load', file], { encoding: 'utf8' })
  rmSync(dir, { recursive: true, force: true })
  if (child.status !== 0) throw new Error(`loading the index file failed: ${child.stderr}`)
  const loaded = JSON.parse(child.stdout) as { ms: number; rss: number; peak: number; qps: number; hits: number }
  const rows = [
    ['list', `${count.toLocaleString('en-US')} generated entities (generated in ${generated.toFixed(1)} s); ${index.keys.toLocaleString('en-US')} keys`],
    ['index build, cold (own thread)', `${built.toFixed(1)} s: ${Math.round(count / built).toLocaleString('en-US')} entities/s; ${Math.round(index.bytes / 1e6)} MB packed`],
    ['index file', `${Math.round(bytes / 1e6)} MB, written in ${written.toFixed(1)} s`],
    ['peak resident memory, building', `${buildPeak} MB (the generated entities, the build and the packed index)`],
    ['index file read by a new process', `${(loaded.ms / 1000).toFixed(2)} s (${((100 * loaded.ms) / 1000 / built).toFixed(1)}% of the build); resident ${loaded.rss} MB`],
    ['screening it, one thread', `${loaded.qps.toLocaleString('en-US')} queries/s (${queryCount.toLocaleString('en-US')} misspelt names of the list, ${loaded.hits} found)`],
    ['peak resident memory, reading and screening', `${loaded.peak} MB`],
    ['machine load (1-minute average)', loadavg()[0].toFixed(1)],
  ]
  const w = Math.max(...rows.map((r) => r[0].length))
  process.stdout.write(`\nscreening index at scale\n\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n`)
}

function loadAndScreen(file: string): void {
  const t0 = performance.now()
  const read = readSidecar(file, KEY)
  if (!('packed' in read)) throw new Error(`index file not usable: ${read.detail}`)
  const index = openIndex(read.packed)
  const ms = performance.now() - t0
  const rss = Math.round(process.memoryUsage().rss / 1e6)
  // The list's first entities again (the generator is sequential), one letter doubled.
  const queries = syntheticList(queryCount, 1).map((e) => ({ name: e.caption.replace(/([aeiou])/, '$1$1'), schema: e.schema }))
  const t1 = performance.now()
  let hits = 0
  for (const q of queries) if (screenIndex(index, new Map(), q).hits.length) hits++
  const qps = Math.round(queries.length / ((performance.now() - t1) / 1000))
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), rss, peak: peakMb(), qps, hits }))
}
