import type { Store } from '../store/store.js'
import { countries } from '../trade/countries/iso.js'
import { placeName } from '../trade/countries/countries.js'
import { fillerCodes } from '../trade/generate/filler.js'
import { GROUPS, METALS } from '../trade/generate/model.js'
import { insertRows } from '../trade/ingest/places.js'
import { timestampText } from '../trade/ingest/publish.js'

// Flow rows for bench:scale, made by the engine itself from a series of numbers, so 50 or 200
// million rows load at the engine's own insert rate (writing them to a CSV through
// `chokepoint generate` runs at about 12,000 rows/s) and are the same rows on DuckDB and on
// ClickHouse: the bench checks both engines give byte-identical answers at scale.
//
// Row n is a cell of a grid: month-and-flow (192), reporter (49), partner offset (121) and HS
// code (221). The sizes are pairwise coprime, so by the Chinese remainder theorem rows 0 to
// 251,589,887 are all different cells: no duplicate figures, whatever the row count. A
// partner is an offset from its reporter in a ring of 122 countries, never the reporter itself.

/** Reporters first, so a reporter's place in the ring is its index; RUS reports nothing, as since 2022. */
const REPORTERS = [
  'CHN', 'DEU', 'TUR', 'KAZ', 'ARM', 'KGZ', 'GEO', 'UZB', 'ARE', 'IND', 'USA', 'JPN', 'KOR',
  'ITA', 'FRA', 'POL', 'NLD', 'BEL', 'ESP', 'CZE', 'AUT', 'SWE', 'FIN', 'HUN', 'SVK', 'ROU',
  'BGR', 'GRC', 'LTU', 'LVA', 'EST', 'SRB', 'BLR', 'AZE', 'IRN', 'ISR', 'SAU', 'EGY', 'BRA',
  'ARG', 'MEX', 'CAN', 'AUS', 'IDN', 'MYS', 'THA', 'VNM', 'SGP', 'HKG',
]
const RING = 122
/** The ring: the reporters, RUS, then other countries in code order. */
const PLACES = [
  ...REPORTERS,
  'RUS',
  ...Object.keys(countries.getAlpha3Codes())
    .sort()
    .filter((c) => c !== 'RUS' && !REPORTERS.includes(c)),
].slice(0, RING)
/** Larger economies trade more: a reporter's values are scaled by its weight. */
const WEIGHTS = REPORTERS.map((_, i) => Math.max(1, 24 - Math.floor(i / 2)))
const MONTHS = Array.from({ length: 96 }, (_, i) => ({ year: 2017 + Math.floor(i / 12), month: (i % 12) + 1 }))
const MODEL_CODES = [...new Set([...GROUPS.flatMap((g) => g.codes), ...METALS.codes])]
/** TOTAL (all goods, as Comtrade reports it), the codes of the baskets, then real HS codes as filler. */
const CODES = ['TOTAL', ...MODEL_CODES, ...fillerCodes(new Set(MODEL_CODES))].slice(0, 221)
/** Rows per INSERT statement (about a minute's work for a loaded two-shard cluster). */
const CHUNK = 10_000_000
/** The grid's size: past it, cells would repeat. */
export const MAX_ROWS = 192 * REPORTERS.length * 121 * CODES.length

const list = (xs: readonly (string | number)[]) => `[${xs.map((x) => (typeof x === 'number' ? String(x) : `'${x}'`)).join(', ')}]`

/** The flow columns of row n, in portable SQL (the arrays are 1-based on both engines). */
function rowSql(dataset: string, store: Store): string {
  const m = 'n % 96 + 1'
  const r = 'n % 49'
  return `SELECT ${store.dialect.literal(dataset)} AS dataset,
    ${list(MONTHS.map((x) => `${x.year}-${String(x.month).padStart(2, '0')}`))}[${m}] AS period,
    ${list(MONTHS.map((x) => x.year))}[${m}] AS year,
    ${list(MONTHS.map((x) => x.month))}[${m}] AS month,
    ${list(PLACES)}[${r} + 1] AS reporter,
    ${list(PLACES)}[(${r} + 1 + n % 121) % ${RING} + 1] AS partner,
    1 = 0 AS partner_aggregate,
    CASE WHEN n % 192 < 96 THEN 'import' ELSE 'export' END AS flow,
    ${list(CODES)}[n % ${CODES.length} + 1] AS hs,
    ((n * 2654435761) % 1000003 + 1) * ${list(WEIGHTS)}[${r} + 1] AS value,
    'USD' AS currency,
    (n * 40503) % 99991 + 1 AS net_kg,
    NULL AS quantity,
    NULL AS quantity_unit`
}

export interface Generated {
  dataset: string
  rows: number
  seconds: number
}

/**
 * Loads `rows` generated flow rows into the store as one synthetic dataset, as an ingest would
 * leave it: its flows, coverage (months as bits), codes, places, and last the dataset row that
 * lists it. A dataset of the same id is replaced.
 */
export async function generateFlows(store: Store, rows: number): Promise<Generated> {
  if (!Number.isSafeInteger(rows) || rows < 1 || rows > MAX_ROWS)
    throw new Error(`invalid row count: ${rows} (expected 1 to ${MAX_ROWS}, the grid's cells)`)
  const dataset = `scale-${rows}`
  const t0 = performance.now()
  for (const table of ['dataset', 'flow', 'coverage', 'hs_code'])
    await store.run(`DELETE FROM ${table} WHERE ${table === 'dataset' ? 'id' : 'dataset'} = $dataset`, { dataset })
  const columns = 'dataset, period, year, month, reporter, partner, partner_aggregate, flow, hs, value, currency, net_kg, quantity, quantity_unit'
  // In statements of CHUNK rows: one INSERT ... SELECT of 200 million rows runs for minutes with
  // nothing sent back (18.16 reports no progress for it), past the client's idle limit.
  for (let start = 0; start < rows; start += CHUNK) {
    const series = store.dialect.series(Math.min(CHUNK, rows - start), start)
    await store.run(`INSERT INTO flow (${columns}) SELECT ${columns} FROM (${rowSql(dataset, store)} FROM ${series})`)
  }
  // Months as bits (January = 1): a sum over distinct months, as 18.16 has no bit_or alike on both.
  const bit = `${list(MONTHS.slice(0, 12).map((x) => 2 ** (x.month - 1)))}[month]`
  await store.run(
    `INSERT INTO coverage (dataset, reporter, partner, flow, year, month_mask)
     SELECT dataset, reporter, partner, flow, year, sum(bit) FROM (
       SELECT DISTINCT dataset, reporter, partner, flow, year, ${bit} AS bit FROM flow WHERE dataset = $dataset)
     GROUP BY dataset, reporter, partner, flow, year`,
    { dataset }
  )
  await store.run(`INSERT INTO hs_code (dataset, hs) SELECT DISTINCT dataset, hs FROM flow WHERE dataset = $dataset`, { dataset })
  // Places another load named already keep their row (place's key is the code).
  const known = new Set((await store.all<{ code: string }>(`SELECT code FROM place`)).map((p) => p.code))
  await insertRows(store, 'place', 3, PLACES.filter((c) => !known.has(c)).flatMap((c) => [c, placeName(c), 'country']))
  const [{ max_value }] = await store.all<{ max_value: number }>(`SELECT max(value) AS max_value FROM flow WHERE dataset = $dataset`, { dataset })
  await store.run(
    `INSERT INTO dataset (id, format, file, target, rows, rejected, skipped, period_from, period_to, grain, currency, hs_levels, synthetic, warnings, loaded_at, max_value)
     VALUES ($dataset, 'comtrade', $file, 'flow', $rows, 0, 0, '2017-01', '2024-12', 'month', 'USD', '6,TOTAL', $synthetic, $warnings, $loaded_at, $max_value)`,
    {
      dataset,
      file: `bench:scale (${rows} generated rows)`,
      rows,
      synthetic: true,
      warnings: JSON.stringify(['generated inside the engine by npm run bench:scale: synthetic']),
      loaded_at: timestampText(new Date()),
      max_value: Number(max_value),
    }
  )
  return { dataset, rows, seconds: (performance.now() - t0) / 1000 }
}
