import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { openStore } from '../store/open.js'
import { literal } from '../store/sql.js'
import { getBasket } from '../trade/baskets/baskets.js'
import { shares } from '../trade/analytics/shares.js'
import { generateComtrade } from '../trade/generate/comtrade.js'
import { ingest } from '../trade/ingest/ingest.js'
import { median, report } from './measure.js'

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
const codes = getBasket('chpl').codes
const hand = `SELECT year, reporter, value, value / sum(value) OVER (PARTITION BY year) AS share FROM (
  SELECT year, reporter, sum(value) AS value FROM flow
  WHERE partner = 'RUS' AND flow = 'export' AND hs IN (${codes.map((c) => `'${c}'`).join(', ')}) GROUP BY ALL)`
await store.all(hand)
const handTime = await median(15, () => store.all(hand))
const query = { importer: 'RUS', basket: 'chpl', by: 'year' as const, basis: 'mirror' as const }
await shares(store, query)
const sharesTime = await median(15, () => shares(store, query))
await store.close()

console.log(`\n${ROWS.toLocaleString('en-US')} Comtrade+ rows, ${(statSync(file).size / 1e6).toFixed(0)} MB`)
report([
  { what: 'ingest (incl. hash, checks) vs read_csv table', chokepoint: Math.min(...ingestTimes), baseline: Math.min(...baseTimes), budget: 1.3 },
  { what: 'shares RUS chpl mirror by year vs hand SQL', chokepoint: sharesTime, baseline: handTime, budget: 1.5 },
])
