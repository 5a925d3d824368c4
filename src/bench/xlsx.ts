import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { openStore } from '../store/open.js'
import { ingest } from '../trade/ingest/ingest.js'
import { writeDataBrowser, type ProductSheet } from '../trade/formats/databrowser-writer.js'

// Run as a child of bench/ingest.ts, one process per file, so its peak resident memory is the
// ingest's own: `node dist/bench/xlsx.js FILE` prints {seconds, rows, cells, peakRssMb}.
// Also writes the generated workbook (`--generate FILE SHEETS`) in the Data Browser layout.

const REPORTERS = ['Austria', "Belgium (incl. Luxembourg 'LU' -> 1998)", 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland', "France (incl. Saint Barthélemy 'BL' -> 2012; incl. French Guiana 'GF', Guadeloupe 'GP', Martinique 'MQ', Réunion 'RE' from 1997; incl. Mayotte 'YT' from 2014)", "Germany (incl. German Democratic Republic 'DD' from 1991)", 'Greece', 'Hungary', 'Ireland (Eire)', "Italy (incl. San Marino 'SM' -> 1993)", 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', "Spain (incl. Canary Islands 'XB' from 1997)", 'Sweden']
const PARTNERS = ['Armenia', 'Belarus (Belorussia)', 'Georgia', 'Kyrgyzstan', 'Kazakhstan', 'Russian Federation (Russia)', 'Uzbekistan']
const PERIODS = Array.from({ length: 35 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)

/** Sheets like the real downloads, but denser: about half the cells hold a value, half ':'. */
function* sheets(count: number): Generator<ProductSheet> {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let s = 0; s < count; s++) {
    const rows = REPORTERS.flatMap((r) => PARTNERS.map((p) => [r, p, ...PERIODS.map(() => (next() < 0.5 ? ':' : Math.round(next() * 1e6)))]))
    yield { code: String(84000000 + s * 10), label: `Synthetic product ${s}`, periods: PERIODS, rows }
  }
}

if (process.argv[2] === '--generate') {
  await writeDataBrowser(process.argv[3], sheets(Number(process.argv[4])))
} else {
  const file = process.argv[2]
  // A database file, as a user loads into: an in-memory one would count the loaded rows as the reader's memory.
  const db = join(mkdtempSync(join(tmpdir(), 'chokepoint-xlsx-bench-')), 'bench.duckdb')
  const store = await openStore(db)
  const t0 = performance.now()
  const report = await ingest(store, file, { format: 'eurostat' })
  const seconds = (performance.now() - t0) / 1000
  const skipped = Object.values(report.skipped).reduce((a, b) => a + b, 0)
  await store.close()
  rmSync(dirname(db), { recursive: true, force: true })
  // maxRSS is in kilobytes on Linux: the highest resident set of this process's life.
  console.log(JSON.stringify({ seconds, rows: report.rows, cells: report.rows + skipped, bytes: statSync(file).size, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
}
