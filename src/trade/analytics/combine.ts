import { literal } from '../../store/sql.js'
import type { Store } from '../../store/store.js'
import { periodPart, type Grain } from './periods.js'
import type { Selection } from './selection.js'

export interface CombinedRow {
  year: number
  part: number
  partner: string
  value: number
  name: string | null
  aggregate: boolean
}

/** Cells of `dataset` left out because a later load, `by`, holds them too. */
export interface Shadowed {
  dataset: string
  by: string
  cells: number
}

export interface CombineQuery {
  /** Condition on flow rows besides the selection: focal country, flow, period range. */
  where: string
  by: Grain
  /** The column holding the figure's partners (the reporters, for mirror figures). */
  who: 'reporter' | 'partner'
  /** SQL for a row's own aggregate flag (FALSE when `who` is the reporter). */
  flagged: string
}

/**
 * Flow rows of the selected datasets summed by period and partner, each cell (reporter, partner,
 * flow, product, period) counted once. When metadata shows no two datasets can share a cell
 * (one download per destination, one per product), that is one plain scan. Otherwise rows are
 * first summed per dataset and cell, and a row is dropped when a later load holds an overlapping
 * cell: the same reporter, partner and year, the same month or an annual figure of that year,
 * and the same code or one under the other. What was dropped is counted in `shadowed`.
 */
export async function combine(store: Store, sel: Selection, q: CombineQuery): Promise<{ rows: CombinedRow[]; used: Set<string>; shadowed: Shadowed[] }> {
  const named = (rel: string, flagged: string) => `SELECT g.year, g.part, g.partner, g.value, p.name, COALESCE(p.kind = 'aggregate', FALSE) OR g.flagged AS aggregate
    FROM (SELECT year, ${periodPart(q.by)} AS part, ${q.who} AS partner, sum(value) AS value, bool_or(${flagged}) AS flagged
      FROM ${rel} GROUP BY ALL) g
    LEFT JOIN place p ON p.code = g.partner`
  if (!sel.productKey) {
    const rows = await store.all<CombinedRow>(named(`flow WHERE ${q.where} AND ${sel.sql}`, q.flagged))
    return { rows, used: new Set(sel.datasets.map((d) => d.id)), shadowed: [] }
  }
  const order = sel.datasets.map((d, i) => `(${literal(d.id)}, ${i})`).join(', ')
  type Out = CombinedRow & { kind: string; dataset: string | null; winner: string | null; cells: number | null }
  const out = await store.all<Out>(
    `WITH cell AS MATERIALIZED (
       SELECT dataset, ord, reporter, partner, year, month, COALESCE(month, 0) AS mo, hs, ${sel.productKey} AS pk,
         sum(value) AS value, bool_or(${q.flagged}) AS own_flag
       FROM flow JOIN (VALUES ${order}) k(dataset, ord) USING (dataset)
       WHERE ${q.where} AND ${sel.sql} GROUP BY ALL),
     -- An annual row stands for each month of its year, so it meets monthly rows on an equal key.
     by_month AS (SELECT *, unnest(CASE WHEN month IS NULL THEN range(1, 13) ELSE [month::BIGINT] END) AS m FROM cell),
     shadow AS MATERIALIZED (
       SELECT a.dataset, a.reporter, a.partner, a.year, a.mo, a.hs, arg_max(b.dataset, b.ord) AS winner
       FROM by_month a JOIN by_month b
         ON a.reporter = b.reporter AND a.partner = b.partner AND a.year = b.year AND a.m = b.m AND a.pk = b.pk
       WHERE b.ord > a.ord AND (starts_with(a.hs, b.hs) OR starts_with(b.hs, a.hs))
       GROUP BY ALL),
     kept AS MATERIALIZED (
       SELECT c.* FROM cell c ANTI JOIN shadow s USING (dataset, reporter, partner, year, mo, hs))
     SELECT 'row' AS kind, *, NULL AS dataset, NULL AS winner, NULL AS cells FROM (${named('kept', 'own_flag')})
     UNION ALL SELECT 'shadowed', NULL, NULL, NULL, NULL, NULL, NULL, dataset, winner, count(*) FROM shadow GROUP BY ALL
     UNION ALL SELECT 'used', NULL, NULL, NULL, NULL, NULL, NULL, dataset, NULL, count(*) FROM kept GROUP BY ALL`
  )
  const rows = out.filter((r) => r.kind === 'row').map(({ year, part, partner, value, name, aggregate }) => ({ year, part, partner, value, name, aggregate }))
  const shadowed = out.filter((r) => r.kind === 'shadowed').map((r) => ({ dataset: r.dataset!, by: r.winner!, cells: r.cells! }))
  const used = new Set(out.filter((r) => r.kind === 'used').map((r) => r.dataset!))
  return { rows, used, shadowed: shadowed.sort((a, b) => b.cells - a.cells || a.dataset.localeCompare(b.dataset)) }
}
