import { literal } from '../../store/sql.js'
import type { DatasetInfo, Overlap } from './selection.js'

// SQL that decides, per cell (reporter, partner, flow, product, period), which load a figure takes
// it from: the latest (highest `ord`, the datasets' load order). Each builder returns rows of
// (year, month, reporter, partner, hs, value, own_flag, ord, win, lost): a row counts where ord = win,
// and is shadowed by dataset `win` otherwise; `lost` (pivot only) marks the datasets a counted
// cell was taken over from. Chosen by what metadata says can meet (combine.ts).

/** Most datasets the one-pass form handles: it keeps a sum per dataset for each cell. */
export const PIVOT_MAX = 8

export interface CellSource {
  datasets: DatasetInfo[]
  overlap: Overlap
  /** Condition on flow rows: focal country, flow, range, and the selection's datasets and codes. */
  where: string
  /** SQL for a row's own aggregate flag. */
  flagged: string
}

const KEY = 'reporter, partner, year, hs'

/**
 * A sum that gives the same bits whatever order DuckDB's threads add the rows in: as an exact
 * decimal, then back to DOUBLE (a plain DOUBLE sum changed a total's last digit between runs on
 * the same database). Rows under 10^14 fit a 64-bit decimal of 3 places, the fast case
 * (measured 1.4x of a DOUBLE sum where a 128-bit one took 1.5x); files in currencies of large
 * units (rupiah, rial) take the 128-bit decimal, chosen by the largest row each dataset holds.
 */
export function exactSum(col: string, datasets: { max_value: number | null }[], where?: string): string {
  const wide = datasets.some((d) => (d.max_value ?? 0) >= 1e14)
  return `(sum(${col}::${wide ? 'DECIMAL(38, 6)' : 'DECIMAL(18, 3)'})${where ? ` FILTER (WHERE ${where})` : ''})::DOUBLE`
}

/** Each flow row with its dataset's load order (a CASE, not a join: one fewer hash join). */
function ordered(s: CellSource, extra = ''): string {
  const ord = `CASE dataset ${s.datasets.map((d, i) => `WHEN ${literal(d.id)} THEN ${i}`).join(' ')} END`
  return `SELECT ${ord} AS ord, reporter, partner, year, month, COALESCE(month, 0) AS mo, hs, ${extra} value, ${s.flagged} AS own_flag
    FROM flow WHERE ${s.where}`
}

/**
 * One aggregation by cell, as DuckDB itself plans "latest row per key": for each cell the sum per
 * dataset and the latest dataset, then the latest one's sum (measured about 1.15x of hand-written
 * dedup SQL, against 1.45x for grouping and joining back). `lost` has bit k set where dataset k
 * held the cell too, so shadowed cells are counted without a second pass.
 */
export function pivot(s: CellSource): string {
  const ks = s.datasets.map((_, k) => k)
  const per = ks.map((k) => `${exactSum('value', s.datasets, `ord = ${k}`)} AS v${k}, bool_or(own_flag) FILTER (WHERE ord = ${k}) AS f${k}`).join(', ')
  const pick = (p: string) => `CASE win ${ks.map((k) => `WHEN ${k} THEN ${p}${k}`).join(' ')} END`
  const lost = ks.map((k) => `CASE WHEN win > ${k} AND f${k} IS NOT NULL THEN ${2 ** k} ELSE 0 END`).join(' + ')
  return `SELECT year, month, reporter, partner, hs, ${pick('v')} AS value, ${pick('f')} AS own_flag, win AS ord, win, ${lost} AS lost
    FROM (SELECT ${KEY}, month, max(ord) AS win, ${per} FROM (${ordered(s)}) GROUP BY ALL)`
}

/**
 * Each row against the latest load holding its cell, by grouping on the cell and joining back:
 * any number of datasets, and annual beside monthly data. A monthly row meets the same month and
 * any annual row of its year (month 0 here); an annual row meets the whole year.
 */
export function winner(s: CellSource): string {
  const mixed = s.overlap.mixedGrain
  const year = mixed ? `, y AS (SELECT ${KEY}, max(ord) AS any_month, max(ord) FILTER (WHERE mo = 0) AS annual FROM r GROUP BY ALL)` : ''
  const win = mixed ? 'CASE WHEN mo = 0 THEN any_month ELSE greatest(same, COALESCE(annual, -1)) END' : 'same'
  return `WITH r AS (${ordered(s)}), m AS (SELECT ${KEY}, mo, max(ord) AS same FROM r GROUP BY ALL)${year}
    SELECT r.*, ${win} AS win, 0 AS lost FROM r JOIN m USING (${KEY}, mo) ${mixed ? `JOIN y USING (${KEY})` : ''}`
}

/**
 * The same when one dataset has a heading and another codes under it (8457 and 84571010): rows
 * are summed per dataset and cell, then meet on the product key (the shortest level read) and a
 * prefix test by a self-join; an annual row stands for each month of its year so it meets
 * monthly rows on an equal key.
 */
export function nested(s: CellSource): string {
  const months = `(SELECT *, unnest(CASE WHEN month IS NULL THEN range(1, 13) ELSE [month::BIGINT] END) AS m FROM cell)`
  return `WITH cell AS MATERIALIZED (
      SELECT ord, reporter, partner, year, month, mo, hs, pk, ${exactSum('value', s.datasets)} AS value, bool_or(own_flag) AS own_flag
      FROM (${ordered(s, `${s.overlap.productKey} AS pk,`)}) GROUP BY ALL)
    SELECT c.*, COALESCE(s.win, c.ord) AS win, 0 AS lost FROM cell c LEFT JOIN (
      SELECT a.ord, a.reporter, a.partner, a.year, a.mo, a.hs, max(b.ord) AS win
      FROM ${months} a JOIN ${months} b
        ON a.reporter = b.reporter AND a.partner = b.partner AND a.year = b.year AND a.m = b.m AND a.pk = b.pk
      WHERE b.ord > a.ord AND (starts_with(a.hs, b.hs) OR starts_with(b.hs, a.hs))
      GROUP BY ALL) s USING (ord, reporter, partner, year, mo, hs)`
}
