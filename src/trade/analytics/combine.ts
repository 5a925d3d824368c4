import type { Store } from '../../store/store.js'
import { asBoolean, asNumber } from '../../store/values.js'
import { periodPart, type Grain } from './periods.js'
import { PIVOT_MAX, exactSum, nested, pivot, winner } from './cells.js'
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
  /** The column holding the figure's partners (the reporters, for mirror figures; the HS code, for a product breakdown). */
  who: 'reporter' | 'partner' | 'hs'
  /** SQL condition that flags a row itself as an aggregate (none when `who` is the reporter). */
  flagged?: string
}

/**
 * Flow rows of the selected datasets summed by period and partner, each cell (reporter, partner,
 * flow, product, period) counted once. When metadata shows no two datasets can share a cell
 * (one download per destination, one per product), that is one plain scan. Otherwise a row is
 * dropped when a later load holds an overlapping cell: the same reporter, partner and year, the
 * same month or an annual figure of that year, and the same code or one under the other
 * (cells.ts). What was dropped is counted in `shadowed`.
 */
export async function combine(store: Store, sel: Selection, q: CombineQuery): Promise<{ rows: CombinedRow[]; used: Set<string>; shadowed: Shadowed[] }> {
  const flagged = q.flagged ? `CASE WHEN ${q.flagged} THEN 1 ELSE 0 END` : '0'
  if (!sel.overlap) {
    const rows = await store.all<Row>(named(store, sel, q, `flow WHERE ${q.where} AND ${sel.sql}`, flagged))
    return { rows: rows.map(combinedRow), used: new Set(sel.datasets.map((d) => d.id)), shadowed: [] }
  }
  const source = { dialect: store.dialect, datasets: sel.datasets, overlap: sel.overlap, where: `${q.where} AND ${sel.sql}`, flagged }
  const judged = sel.overlap.nested ? nested(source) : !sel.overlap.mixedGrain && sel.datasets.length <= PIVOT_MAX ? pivot(source) : winner(source)
  // One grouping by period, partner, dataset and winner gives the kept sums, the shadowed counts
  // and the datasets used at once (a few hundred rows); JS splits them.
  const out = (await store.all<Row>(named(store, sel, q, `(${judged}) j`, 'own_flag', ['ord', 'win', 'lost']))).map((r) => ({
    ...combinedRow(r),
    ...{ ord: asNumber(r.ord), win: asNumber(r.win), lost: asNumber(r.lost), cells: asNumber(r.cells) },
  }))
  const rows = new Map<string, CombinedRow>()
  const shadow = new Map<string, Shadowed>()
  const used = new Set<string>()
  const shadowedBy = (ord: number, win: number, cells: number) => {
    const s = shadow.get(`${ord}:${win}`) ?? { dataset: sel.datasets[ord].id, by: sel.datasets[win].id, cells: 0 }
    shadow.set(`${ord}:${win}`, { ...s, cells: s.cells + cells })
  }
  // Rows arrive in whatever order the threads finish: sorted, the sums below are the same bits each run.
  out.sort((a, b) => a.year - b.year || a.part - b.part || a.partner.localeCompare(b.partner) || a.ord - b.ord || a.win - b.win || a.lost - b.lost)
  for (const r of out) {
    if (r.win !== r.ord) {
      shadowedBy(r.ord, r.win, r.cells)
      continue
    }
    for (let k = 0; 2 ** k <= r.lost; k++) if (Math.floor(r.lost / 2 ** k) % 2) shadowedBy(k, r.win, r.cells)
    used.add(sel.datasets[r.ord].id)
    const key = `${r.year}:${r.part}:${r.partner}`
    const cur = rows.get(key)
    rows.set(key, cur ? { ...cur, value: cur.value + r.value, aggregate: cur.aggregate || r.aggregate } : { year: r.year, part: r.part, partner: r.partner, value: r.value, name: r.name, aggregate: r.aggregate })
  }
  const shadowed = [...shadow.values()].sort((a, b) => b.cells - a.cells || a.dataset.localeCompare(b.dataset))
  return { rows: [...rows.values()], used, shadowed }
}

type Row = Record<string, unknown>

/**
 * Sums by period and partner (and by `extra` columns, with the count of cells), named from `place`. The names `who` and
 * `v` differ from every flow column: ClickHouse lets an alias shadow a column of its SELECT,
 * WHERE included. The join runs over a subquery on each side, so on a cluster it runs once on
 * the whole sums; `name` is NULL where `place` lacks the code, on either engine.
 */
function named(store: Store, sel: Selection, q: CombineQuery, rel: string, flagged: string, extra: string[] = []): string {
  const part = periodPart(q.by)
  // A constant part (by year) stays out of GROUP BY: DuckDB reads a number there as a column position.
  const keys = ['year', ...(q.by === 'year' ? [] : [part]), q.who, ...extra].join(', ')
  const more = extra.length ? `${extra.join(', ')}, count(*) AS cells, ` : ''
  return `SELECT g.year AS year, g.part AS part, g.who AS partner, ${[...extra, ...(extra.length ? ['cells'] : [])].map((c) => `g.${c} AS ${c}, `).join('')}g.v AS value,
      CASE WHEN p.code = g.who THEN p.name END AS name, CASE WHEN p.kind = 'aggregate' OR g.flagged = 1 THEN 1 ELSE 0 END AS aggregate
    FROM (SELECT year, ${part} AS part, ${q.who} AS who, ${more}${exactSum(store.dialect, 'value', sel.datasets)} AS v, max(${flagged}) AS flagged
      FROM ${rel} GROUP BY ${keys}) g
    LEFT JOIN (SELECT code, name, kind FROM place) p ON p.code = g.who`
}

function combinedRow(r: Row): CombinedRow {
  return { year: asNumber(r.year), part: asNumber(r.part), partner: r.partner as string, value: r.value as number, name: (r.name as string | null) ?? null, aggregate: asBoolean(r.aggregate) }
}
