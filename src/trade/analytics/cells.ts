import type { Dialect } from '../../store/dialect.js'
import type { DatasetInfo, Overlap } from './selection.js'

// SQL that decides, per cell (reporter, partner, flow, product, period), which load a figure takes
// it from: the latest (highest `ord`, the datasets' load order). Each builder returns rows of
// (year, month, reporter, partner, hs, value, own_flag, ord, win, lost): a row counts where ord = win,
// and is shadowed by dataset `win` otherwise; `lost` (pivot only) marks the datasets a counted
// cell was taken over from. Chosen by what metadata says can meet (combine.ts).
// Portable SQL (docs/clickhouse.md): subqueries rather than CTEs, one join per SELECT, CASE
// inside aggregates rather than FILTER, no alias that names a column of its own SELECT, and no
// reliance on NULLs from an outer join (ClickHouse fills unmatched columns with defaults).

/** Most datasets the one-pass form handles: it keeps a sum per dataset for each cell. */
export const PIVOT_MAX = 8

export interface CellSource {
  dialect: Dialect
  datasets: DatasetInfo[]
  overlap: Overlap
  /** Condition on flow rows: focal country, flow, range, and the selection's datasets and codes. */
  where: string
  /** SQL for a row's own aggregate flag, 1 or 0. */
  flagged: string
}

const KEY = 'reporter, partner, year, hs'

/**
 * A sum that gives the same bits whatever order the engine's threads add the rows in, and the
 * same on every engine: as an exact decimal, then back to DOUBLE (a plain DOUBLE sum changed a
 * total's last digit between runs on the same database). Rows under 10^14 take a 64-bit
 * decimal of 3 places; files in currencies of large units (rupiah, rial) the 128-bit one of 6,
 * chosen by the largest row each dataset holds.
 */
export function exactSum(dialect: Dialect, expr: string, datasets: { max_value: number | null }[]): string {
  return dialect.exactSum(expr, datasets.some((d) => (d.max_value ?? 0) >= 1e14))
}

/** Each flow row with its dataset's load order (a CASE, not a join: one fewer hash join). */
function ordered(s: CellSource, extra = ''): string {
  // ELSE -1 never happens (the condition picks these datasets) but keeps ord, a join key, from being NULL.
  const ord = `CASE ${s.datasets.map((d, i) => `WHEN dataset = ${s.dialect.literal(d.id)} THEN ${i}`).join(' ')} ELSE -1 END`
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
  const per = ks.map((k) => `${exactSum(s.dialect, `CASE WHEN ord = ${k} THEN value END`, s.datasets)} AS v${k}, max(CASE WHEN ord = ${k} THEN own_flag END) AS f${k}`).join(', ')
  const pick = (p: string) => `CASE ${ks.map((k) => `WHEN win = ${k} THEN ${p}${k}`).join(' ')} END`
  const lost = ks.map((k) => `CASE WHEN win > ${k} AND f${k} IS NOT NULL THEN ${2 ** k} ELSE 0 END`).join(' + ')
  return `SELECT year, month, reporter, partner, hs, ${pick('v')} AS value, ${pick('f')} AS own_flag, win AS ord, win, ${lost} AS lost
    FROM (SELECT ${KEY}, month, max(ord) AS win, ${per} FROM (${ordered(s)}) o GROUP BY ${KEY}, month) p`
}

/**
 * Each row against the latest load holding its cell, by grouping on the cell and joining back:
 * any number of datasets, and annual beside monthly data. A monthly row meets the same month and
 * any annual row of its year (month 0 here); an annual row meets the whole year.
 */
export function winner(s: CellSource): string {
  return s.dialect.shared('r', ordered(s), (rows) => {
    const same = `SELECT ord, reporter, partner, year, month, mo, hs, value, own_flag, same FROM ${rows} r
      JOIN (SELECT ${KEY}, mo, max(ord) AS same FROM ${rows} rm GROUP BY ${KEY}, mo) m USING (${KEY}, mo)`
    const out = 'ord, reporter, partner, year, month, hs, value, own_flag'
    if (!s.overlap.mixedGrain) return `SELECT ${out}, same AS win, 0 AS lost FROM (${same}) rs`
    // The latest annual row of the year beats a month's own winner when it is the later load.
    const year = `SELECT ${KEY}, max(ord) AS any_month, max(CASE WHEN mo = 0 THEN ord END) AS annual FROM ${rows} ry GROUP BY ${KEY}`
    return `SELECT ${out}, CASE WHEN mo = 0 THEN any_month WHEN annual > same THEN annual ELSE same END AS win, 0 AS lost
      FROM (${same}) rs JOIN (${year}) y USING (${KEY})`
  })
}

/**
 * The same when one dataset has a heading and another codes under it (8457 and 84571010): rows
 * are summed per dataset and cell, then meet on the product key (the shortest level read) and a
 * prefix test by a self-join; an annual row stands for each month of its year so it meets
 * monthly rows on an equal key. Cells with no later load holding them keep their own dataset.
 */
export function nested(s: CellSource): string {
  const sums = `SELECT ord, reporter, partner, year, month, mo, hs, pk, ${exactSum(s.dialect, 'value', s.datasets)} AS cell_value, max(own_flag) AS cell_flag
      FROM (${ordered(s, `${s.overlap.productKey} AS pk,`)}) o GROUP BY ord, reporter, partner, year, month, mo, hs, pk`
  return s.dialect.shared('cell', sums, (cells) => matchPrefixes(s, cells))
}

/** Each cell's sums with the latest later load that holds an overlapping cell (see nested). */
function matchPrefixes(s: CellSource, cells: string): string {
  const a = `(SELECT ord, reporter, partner, year, mo, hs, pk, ${s.dialect.eachMonth('month')} AS m FROM ${cells} c)`
  const b = `(SELECT ord AS b_ord, reporter, partner, year, hs AS b_hs, pk, ${s.dialect.eachMonth('month')} AS m FROM ${cells} c)`
  const prefix = (x: string, y: string) => `substring(${x}, 1, length(${y})) = ${y}`
  // The latest later load, plus one: 0 (ClickHouse's default for an unmatched row) or NULL means none.
  const later = `SELECT ord, reporter, partner, year, mo, hs, max(b_ord) + 1 AS later
      FROM ${a} a JOIN ${b} b USING (reporter, partner, year, m, pk)
      WHERE b_ord > ord AND (${prefix('hs', 'b_hs')} OR ${prefix('b_hs', 'hs')})
      GROUP BY ord, reporter, partner, year, mo, hs`
  return `SELECT ord, reporter, partner, year, month, hs, cell_value AS value, cell_flag AS own_flag, CASE WHEN later > 0 THEN later - 1 ELSE ord END AS win, 0 AS lost
    FROM ${cells} c LEFT JOIN (${later}) s USING (ord, reporter, partner, year, mo, hs)`
}
