import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { once } from 'node:events'
import { badInput } from '../../errors.js'
import { literal } from '../../store/sql.js'
import type { Store } from '../../store/store.js'
import { SYNTHETIC_COLUMN } from './mark.js'
import { loadModel } from './tables.js'

// Deterministic noise in [lo, hi) from a hash of the row's identity and the seed.
const noise = (seed: number, parts: string, lo: number, hi: number) =>
  `(${lo} + ${hi - lo} * ((hash(${parts}, ${seed}) % 1000003) / 1000003.0))`

/** Import and export records of the model: each country reports both sides, except Russia after 2021. */
function recordsSql(seed: number, where: string): string {
  const id = `c.code, g.importer, g.supplier, mo.y, mo.m`
  const v = `g.annual_mn * 1e6 / 12 / n.codes * ${noise(seed, `c.code, g.grp`, 0.4, 1.6)} * (1 + 0.12 * sin(mo.m)) * ${noise(seed, id, 0.85, 1.15)}`
  const base = `SELECT mo.y AS year, mo.m AS month, g.importer, g.supplier, c.code, c.ord, ${v} AS v, g.price
    FROM g_model g
    JOIN (SELECT y, m, CASE WHEN y <= 2021 THEN 'pre' WHEN y = 2022 THEN 'war' ELSE 'post' END AS era FROM range(2019, 2025) a(y), range(1, 13) b(m)) mo ON mo.era = g.era
    JOIN g_code c ON c.grp = g.grp
    JOIN (SELECT grp, count(*) AS codes FROM g_code GROUP BY grp) n ON n.grp = g.grp
    WHERE ${where}`
  return `WITH base AS (${base}),
  recs AS (
    SELECT year, month, importer AS reporter, 'M' AS flow, supplier AS partner, code, ord, round(v * 1.06 * ${noise(seed, `code, year, month, 'cif'`, 0.97, 1.03)}) AS value, round(v / price) AS kg
      FROM base WHERE NOT (importer = 'RUS' AND year >= 2022)
    UNION ALL
    SELECT year, month, supplier, 'X', importer, code, ord, round(v), round(v / price) FROM base WHERE NOT (supplier = 'RUS' AND year >= 2022)
  )
  SELECT * FROM recs
  UNION ALL
  SELECT year, month, reporter, flow, 'WLD', code, ord, round(sum(value) * CASE flow WHEN 'M' THEN 1.004 ELSE 2.5 END), sum(kg) FROM recs GROUP BY year, month, reporter, flow, code, ord`
}

/** The Comtrade+ API column set, in its order, and the synthetic mark last (mark.ts). */
function selectComtrade(rel: string): string {
  const flowDesc = `CASE r.flow WHEN 'M' THEN 'Import' ELSE 'Export' END`
  return `SELECT 'C' AS typeCode, 'M' AS freqCode, printf('%d%02d01', r.year, r.month) AS refPeriodId, r.year AS refYear,
    r.month AS refMonth, printf('%d%02d', r.year, r.month) AS period, rp.m49 AS reporterCode, r.reporter AS reporterISO,
    rp.descr AS reporterDesc, r.flow AS flowCode, ${flowDesc} AS flowDesc,
    CASE WHEN r.partner = 'WLD' THEN 0 ELSE pp.m49 END AS partnerCode, CASE WHEN r.partner = 'WLD' THEN 'W00' ELSE r.partner END AS partnerISO,
    CASE WHEN r.partner = 'WLD' THEN 'World' ELSE pp.descr END AS partnerDesc,
    0 AS partner2Code, 'W00' AS partner2ISO, 'World' AS partner2Desc, 'H6' AS classificationCode, 'HS' AS classificationSearchCode,
    'True' AS isOriginalClassification, r.code AS cmdCode, 'synthetic' AS cmdDesc, CASE WHEN r.code = 'TOTAL' THEN 0 ELSE 6 END AS aggrLevel,
    'True' AS isLeaf, r.customs AS customsCode, CASE r.customs WHEN 'C00' THEN 'TOTAL CPC' ELSE 'Other procedure' END AS customsDesc,
    0 AS mosCode, r.mot AS motCode, CASE r.mot WHEN 0 THEN 'TOTAL MOT' ELSE 'Air' END AS motDesc,
    8 AS qtyUnitCode, 'kg' AS qtyUnitAbbr, round(r.kg)::BIGINT AS qty, 'False' AS isQtyEstimated, -1 AS altQtyUnitCode, 'N/A' AS altQtyUnitAbbr,
    NULL AS altQty, 'False' AS isAltQtyEstimated, round(r.kg)::BIGINT AS netWgt, 'False' AS isNetWgtEstimated, NULL AS grossWgt,
    'False' AS isGrossWgtEstimated, CASE WHEN r.flow = 'M' THEN round(r.value)::BIGINT END AS cifvalue,
    CASE WHEN r.flow = 'X' THEN round(r.value)::BIGINT END AS fobvalue, round(r.value)::BIGINT AS primaryValue, 0 AS legacyEstimationFlag,
    'True' AS isReported, CASE WHEN r.partner = 'WLD' THEN 'True' ELSE 'False' END AS isAggregate,
    'true' AS ${SYNTHETIC_COLUMN}
  FROM ${rel} r JOIN g_place rp ON rp.iso = r.reporter LEFT JOIN g_place pp ON pp.iso = r.partner`
}

/**
 * Breakdown rows as Comtrade+ publishes them beside the totals (a customs procedure, a
 * transport mode): a loader that keeps them counts trade twice.
 */
function withBreakdowns(seed: number, rel: string): string {
  const pick = `hash(code, reporter, partner, year, month, ${seed} + 7) % 40`
  return `SELECT *, 'C00' AS customs, 0 AS mot FROM ${rel}
    UNION ALL SELECT year, month, reporter, flow, partner, code, ord, round(value * 0.3), round(kg * 0.3), 'C01', 0 FROM ${rel} WHERE partner <> 'WLD' AND ${pick} = 0
    UNION ALL SELECT year, month, reporter, flow, partner, code, ord, round(value * 0.6), round(kg * 0.6), 'C00', 1000 FROM ${rel} WHERE partner <> 'WLD' AND ${pick} = 1`
}

export interface GenerateOptions {
  rows: number
  out: string
  seed?: number
}

/**
 * Writes a synthetic Comtrade+ CSV (monthly, 2019-2024) with exactly `rows` rows: the
 * calibrated model first, then filler goods for volume. Everything runs inside DuckDB, so ten
 * million rows take seconds and no row passes through JS.
 */
export async function generateComtrade(db: Store, { rows, out, seed = 1 }: GenerateOptions): Promise<{ rows: number }> {
  if (!Number.isInteger(rows) || rows < 1) throw badInput(`invalid rows: "${rows}" (expected a whole number > 0)`)
  // One transaction: the temp tables live on its connection, and nothing is left behind.
  await db.transaction((store) => writeRows(store, rows, out, seed))
  const [{ total }] = await db.all<{ total: number }>(`SELECT count(*) AS total FROM read_csv(${literal(out)}, all_varchar = true)`)
  return { rows: total }
}

/** Rows per slice of filler goods: each slice is generated, sorted and written on its own. */
const SLICE_ROWS = 2_000_000

/**
 * The calibrated model first (sorted, with breakdown rows), then filler goods a slice of codes at
 * a time, each slice written to a part file: memory stays bounded however many rows are asked
 * for, and an explicit order makes the bytes the same on every run with the same seed.
 */
async function writeRows(store: Store, rows: number, out: string, seed: number): Promise<void> {
  await loadModel(store, { from: 0, to: 1 })
  const [{ one }] = await store.all<{ one: number }>(`SELECT count(*) AS one FROM (${recordsSql(seed, `g.grp = 'filler'`)})`)
  await store.run(`CREATE OR REPLACE TEMP TABLE core AS ${recordsSql(seed, `g.grp <> 'filler'`)}`)
  const coreOrder = 'year, month, reporter, flow, partner, code, customs, mot'
  const parts = [`${out}.part0`]
  let left = rows - (await copyPart(store, `(${withBreakdowns(seed, 'core')})`, coreOrder, rows, parts[0], true))
  const perSlice = Math.max(1, Math.floor(SLICE_ROWS / Math.max(1, one)))
  for (let from = 1; left > 0; from += perSlice) {
    await loadModel(store, { from, to: from + perSlice })
    parts.push(`${out}.part${parts.length}`)
    const fill = `(SELECT *, 'C00' AS customs, 0 AS mot FROM (${recordsSql(seed, `g.grp = 'filler'`)}))`
    left -= await copyPart(store, fill, 'ord, year, month, reporter, flow, partner', left, parts.at(-1)!, false)
  }
  await concatenate(parts, out)
  for (const t of ['core', 'g_model', 'g_code', 'g_place']) await store.run(`DROP TABLE IF EXISTS ${t}`)
}

async function copyPart(store: Store, rel: string, order: string, limit: number, file: string, header: boolean): Promise<number> {
  const sorted = `(SELECT * FROM ${rel} ORDER BY ${order} LIMIT ${limit})`
  return store.run(`COPY (${selectComtrade(sorted)} ORDER BY ${order.split(', ').map((c) => `r.${c}`).join(', ')}) TO ${literal(file)} (HEADER ${header}, DELIMITER ',')`)
}

async function concatenate(parts: string[], out: string): Promise<void> {
  const target = createWriteStream(out)
  for (const part of parts) {
    for await (const chunk of createReadStream(part)) if (!target.write(chunk)) await once(target, 'drain')
    await rm(part)
  }
  await new Promise<void>((resolve, reject) => target.end((err?: Error | null) => (err ? reject(err) : resolve())))
}
