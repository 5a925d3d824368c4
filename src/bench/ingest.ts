import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { execFileSync } from 'node:child_process'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openStore } from '../store/open.js'
import { literal } from '../store/sql.js'
import { getBasket } from '../trade/baskets/baskets.js'
import { shares } from '../trade/analytics/shares.js'
import { generateComtrade } from '../trade/generate/comtrade.js'
import { ingest } from '../trade/ingest/ingest.js'
import { alternate, median, report } from './measure.js'

// npm run bench: chokepoint's ingest against DuckDB's own read_csv into a table, on the same
// generated file, and a shares query against the equivalent hand-written SQL. Ratios, same run.
const ROWS = Number(process.env.BENCH_ROWS ?? 5_000_000)
const dir = 'bench-data'
const file = join(dir, `comtrade-${ROWS}.csv`)
mkdirSync(dir, { recursive: true })

if (!existsSync(file)) {
  const gen = await openStore(':memory:')
  const t0 = performance.now()
  await generateComtrade(gen, { rows: ROWS, out: file, seed: 7 })
  await gen.close()
  console.log(`generated ${ROWS} rows (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

const fresh = async (name: string) => {
  const path = join(dir, name)
  rmSync(path, { force: true })
  rmSync(`${path}.wal`, { force: true })
  return openStore(path)
}

// Alternate the two so drift on a shared machine hits both alike.
const ingestTimes: number[] = []
const baseTimes: number[] = []
for (let i = 0; i < 2; i++) {
  const base = await fresh('baseline.duckdb')
  baseTimes.push(await median(1, () => base.run(`CREATE TABLE t AS SELECT * FROM read_csv(${literal(file)})`)))
  await base.close()
  const ours = await fresh('chokepoint.duckdb')
  ingestTimes.push(await median(1, () => ingest(ours, file, { format: 'comtrade' })))
  await ours.close()
}

const store = await openStore(join(dir, 'chokepoint.duckdb'))
const codes = getBasket('chpl').codes.map((c) => literal(c)).join(', ')
const hand = `SELECT year, reporter, value, value / sum(value) OVER (PARTITION BY year) AS s FROM (
  SELECT year, reporter, sum(value) AS value FROM flow
  WHERE partner = 'RUS' AND flow = 'export' AND hs IN (${codes}) GROUP BY ALL)`
const query = { importer: 'RUS', basket: 'chpl', by: 'year' as const, basis: 'mirror' as const }
const [handTime, sharesTime] = await alternate(15, () => store.all(hand), () => shares(store, query))

// The same file again with other bytes (first header name quoted): every cell is held twice, so
// the query takes the per-cell path; its equal is hand SQL keeping the latest load per cell.
const copy = join(dir, 'copy.csv')
writeFileSync(copy, '"typeCode"')
await pipeline(createReadStream(file, { start: 'typeCode'.length }), createWriteStream(copy, { flags: 'a' }))
await ingest(store, copy, { format: 'comtrade' })
const dedup = `SELECT year, reporter, value, value / sum(value) OVER (PARTITION BY year) AS s FROM (
  SELECT year, reporter, sum(value) AS value FROM (
    SELECT f.*, row_number() OVER (PARTITION BY reporter, partner, year, month, hs ORDER BY d.loaded_at DESC) AS rn
    FROM flow f JOIN dataset d ON d.id = f.dataset WHERE partner = 'RUS' AND flow = 'export' AND hs IN (${codes}))
  WHERE rn = 1 GROUP BY ALL)`
const [dedupTime, overlapTime] = await alternate(15, () => store.all(dedup), () => shares(store, query))
await store.close()
rmSync(copy)

console.log(`\n${ROWS.toLocaleString('en-US')} Comtrade+ rows, ${(statSync(file).size / 1e6).toFixed(0)} MB`)
report([
  { what: 'ingest (incl. hash, checks) vs read_csv table', chokepoint: Math.min(...ingestTimes), baseline: Math.min(...baseTimes), budget: 1.3 },
  { what: 'shares RUS chpl mirror by year vs hand SQL', chokepoint: sharesTime, baseline: handTime, budget: 1.5 },
  { what: 'same, file loaded twice vs hand dedup SQL', chokepoint: overlapTime, baseline: dedupTime, budget: 1.5 },
])

// Eurostat Data Browser xlsx: a generated ~100 MB workbook and the real downloads, each ingested
// in a child process so its peak resident memory is the ingest's own (bench/xlsx.ts).
const SHEETS = Number(process.env.BENCH_XLSX_SHEETS ?? 2450)
const xlsx = join(dir, `databrowser-${SHEETS}.xlsx`)
const child = (args: string[]) => execFileSync(process.execPath, [fileURLToPath(new URL('./xlsx.js', import.meta.url)), ...args], { encoding: 'utf8' })
if (!existsSync(xlsx)) child(['--generate', xlsx, String(SHEETS)])
const real = ['17_4606328_spreadsheet.xlsx', '19_4623968_spreadsheet.xlsx'].map((f) => resolve('..', 'shared', 'data', 'eurostat-databrowser-xlsx', f))
console.log('\nEurostat Data Browser xlsx ingest (value cells read, rows loaded, peak RSS of the process)')
for (const f of [xlsx, ...real]) {
  if (!existsSync(f)) {
    console.log(`${basename(f)}: not present, skipped`)
    continue
  }
  const r = JSON.parse(child([f])) as { seconds: number; rows: number; cells: number; bytes: number; peakRssMb: number }
  console.log(
    `xlsx ${basename(f)} (${(r.bytes / 1e6).toFixed(1)} MB): ${r.cells.toLocaleString('en-US')} cells, ${r.rows.toLocaleString('en-US')} rows in ${r.seconds.toFixed(1)} s = ${Math.round(r.cells / r.seconds).toLocaleString('en-US')} cells/s, ${Math.round(r.rows / r.seconds).toLocaleString('en-US')} rows/s; peak RSS ${r.peakRssMb.toFixed(0)} MB`
  )
}
