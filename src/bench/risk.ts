import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { assessShipments } from '../risk/assess.js'
import { describeFigures, plantedFigures } from '../risk/evaluate.js'
import { loadCorridors } from '../risk/factors/corridor.js'
import { poolScreener } from '../risk/screeners.js'
import { readShipmentsCsv } from '../risk/shipments.js'
import { loadWeights } from '../risk/weights.js'
import { loadPackedIndex } from '../screening/index/load.js'
import { loadList } from '../screening/lists/load.js'
import { createPool } from '../screening/pool.js'
import { openStore } from '../store/open.js'
import { generateShipments } from '../trade/generate/shipments.js'
import { LISTED } from '../trade/generate/shipment-parties.js'
import { DATA } from './screening-data.js'

// `npm run bench:risk [ROWS]`: risk scoring of a generated shipments file (100,000 rows by
// default, seed 2024), screening included, against OFAC SDN 2024-05-03 and the UN list when
// ../shared/data has them (else a small OFAC file of the generator's listed parties): shipments
// per second from the file's text to ranked rows with reasons, peak memory, and the recall of
// the planted risky shipments and the false-positive rate on the clean ones.

const rows = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000)
// --distinct: every row's shipper and consignee made a name of its own (the row number appended),
// so the parties screened are as many as the rows: the worst case for the screening factor.
const distinct = process.argv.includes('--distinct')
const dir = 'bench-data'
mkdirSync(dir, { recursive: true })
const file = join(dir, `risk-shipments-${rows}.csv`)
const truthFile = join(dir, `risk-shipments-${rows}.truth.csv`)
const store = await openStore(':memory:')
await generateShipments(store, { rows, out: file, seed: 2024, truth: truthFile })

const sdn = join(DATA, 'ofac-sdn-2024-05', 'sdn_2024-05-03.csv')
const un = join(DATA, 'un-consolidated-xml', 'UN_consolidated.xml')
if (existsSync(sdn)) {
  await loadList(store, [sdn], 'ofac-csv', { asOf: '2024-05-03' })
  await loadList(store, [un], 'un-xml')
} else {
  const small = join(dir, 'risk-listed.csv')
  writeFileSync(
    small,
    LISTED.map(
      ([, name, num]) =>
        `${num},"${name}",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `
    ).join('\r\n') + '\r\n'
  )
  await loadList(store, [small], 'ofac-csv', { asOf: '2024-05-03' })
}

const peak = () => process.resourceUsage().maxRSS * 1024
const mb = (b: number) => Math.round(b / 1e6)
const weights = loadWeights()
const t0 = performance.now()
const { columns, records, synthetic } = readShipmentsCsv(readFileSync(file, 'utf8'), file)
if (distinct)
  for (const r of records)
    for (const c of ['shipper_name', 'consignee_name']) r.cells[c] = `${r.cells[c]} ${r.line}`
const t1 = performance.now()
const { packed, versions } = await loadPackedIndex(store)
const pool = await createPool(
  packed,
  { cutoff: weights.settings.party_candidate_score, limit: 1 },
  availableParallelism()
)
const t2 = performance.now()
const report = await assessShipments(records, columns, {
  weights,
  synthetic,
  screener: poolScreener(pool, versions),
  corridors: await loadCorridors(store, weights),
  where: (l) => `${file}:${l}`,
  hint: '',
})
const t3 = performance.now()
await pool.close()
await store.close()

const truth = new Map(
  readFileSync(truthFile, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',') as [string, string])
)
const figures = plantedFigures(report.rows, truth)
const secs = (a: number, b: number) => ((b - a) / 1000).toFixed(2)
const out = [
  `risk bench: ${rows.toLocaleString('en-US')} generated shipments (seed 2024)${distinct ? ', every shipper and consignee a name of its own (--distinct)' : ''}, ${availableParallelism()} worker threads`,
  `lists: ${versions.map((v) => `${v.source} as of ${v.as_of} (${v.entities} entities)`).join(', ')}; ${report.provenance.parties_screened} distinct parties screened`,
  `corridors: ${report.provenance.corridors}`,
  '',
  `read and check the file      ${secs(t0, t1)} s`,
  `screening index + workers    ${secs(t1, t2)} s`,
  `score (screening included)   ${secs(t2, t3)} s`,
  `end to end                   ${secs(t0, t3)} s: ${Math.round(rows / ((t3 - t0) / 1000)).toLocaleString('en-US')} shipments/s (${Math.round(rows / ((t3 - t2) / 1000)).toLocaleString('en-US')}/s once the index is built)`,
  `peak resident memory         ${mb(peak())} MB (whole process, all threads, DuckDB and the lists included)`,
  '',
  ...describeFigures(figures, weights.review_at),
]
process.stdout.write(out.join('\n') + '\n')
