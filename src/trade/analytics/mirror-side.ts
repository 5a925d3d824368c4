import { stableSum } from './sum.js'
import type { Store } from '../../store/store.js'
import type { Basket } from '../baskets/baskets.js'
import type { Group } from '../countries/groups.js'
import { combine, type Shadowed } from './combine.js'
import { rangeCondition, type Grain } from './periods.js'
import { selectFlows, settle, type DatasetInfo } from './selection.js'
import { shadowWarnings } from './notes.js'

// One side of a mirror comparison: the partner's reported exports to the reporter, or the
// reporter's reported imports from the partner, as values per period of the data's own grain
// (months where the data is monthly, so each month converts at its own average rate).

export interface SideQuery {
  flow: 'export' | 'import'
  /** The country whose statistics these are (a group's members, for a group). */
  teller: string
  /** The country the flows go to (exports) or come from (imports). */
  other: string
  group?: Group
  basket: Basket
  by: Grain
  from?: string
  to?: string
  datasets?: string[]
}

/** A value of one period at the data's grain: a month (part 1-12) or a year (part 0). */
export interface Point {
  year: number
  month: number | null
  value: number
  /** "aggregate row EU27" or "sum of 12 of 27 members". */
  source: string
}

export interface Side {
  currency: string | null
  points: Point[]
  datasets: DatasetInfo[]
  shadowed: Shadowed[]
  warnings: string[]
}

/**
 * The side's values per month (monthly data) or year (annual data). For a group, per period,
 * the aggregate row where the source has one, else the sum of the members' rows: never both.
 */
export async function sideValues(store: Store, q: SideQuery): Promise<Side> {
  // A group's own aggregate code (EU27), where sources have one, beside its members' codes.
  const codes = (g: Group) => [...(g.aggregate ? [g.aggregate] : []), ...g.members]
  const tellers = q.group && q.flow === 'export' ? codes(q.group) : [q.teller]
  const others = q.group && q.flow === 'import' ? codes(q.group) : [q.other]
  // The teller reports: exporters' rows for exports, the importer's rows for imports.
  const [reporters, partners] = [tellers, others]
  const focal = q.flow === 'export' ? { partner: q.other } : { reporter: q.teller }
  let sel = await selectFlows(store, { flow: q.flow, basket: q.basket, only: q.datasets, ...focal })
  // Only datasets holding this pair count (their currency and grain decide the side's): an
  // exports file of China to KGZ says nothing of the EU's exports to KGZ.
  const pair = new Set(sel.cover.filter((c) => reporters.includes(c.reporter) && partners.includes(c.partner)).map((c) => c.dataset))
  if (pair.size < sel.datasets.length) sel = await selectFlows(store, { flow: q.flow, basket: q.basket, only: [...pair], ...focal })
  const monthly = sel.datasets.length > 0 && sel.datasets.every((d) => d.grain === 'month')
  const grain: Grain = monthly ? 'month' : 'year'
  const literal = store.dialect.literal
  const inList = (col: string, codes: string[]) => `${col} IN (${codes.map(literal).join(', ')})`
  const who = q.flow === 'export' ? 'reporter' : 'partner'
  const combined = await combine(store, sel, {
    where: `${inList('reporter', reporters)} AND ${inList('partner', partners)} AND flow = ${literal(q.flow)} AND ${rangeCondition(q.from, q.to)}`,
    by: grain,
    who,
  })
  // Checks the asked grain against the data (a monthly answer from annual data is refused) and one currency.
  const used = settle(sel, combined.used, q.by)
  const points = pickGroupRows(combined.rows, q.group, grain)
  return {
    currency: used.datasets.length ? used.currency : null,
    points,
    datasets: used.datasets,
    shadowed: combined.shadowed,
    warnings: [...sel.warnings, ...shadowWarnings(combined.shadowed, sel.datasets)],
  }
}

/** Per period: the group's aggregate row if there is one, else the sum of its members (never both). */
export function pickGroupRows(rows: { year: number; part: number; partner: string; value: number }[], group: Group | undefined, grain: Grain): Point[] {
  const byPeriod = new Map<string, typeof rows>()
  for (const r of rows) byPeriod.set(`${r.year}:${r.part}`, [...(byPeriod.get(`${r.year}:${r.part}`) ?? []), r])
  const out: Point[] = []
  for (const list of byPeriod.values()) {
    const { year, part } = list[0]
    const month = grain === 'month' ? part : null
    const agg = group?.aggregate ? list.find((r) => r.partner === group.aggregate) : undefined
    if (!group) out.push({ year, month, value: stableSum(list.map((r) => r.value)), source: 'reported' })
    else if (agg) out.push({ year, month, value: agg.value, source: `aggregate row ${group.aggregate}` })
    else {
      const members = list.filter((r) => group.members.includes(r.partner))
      out.push({ year, month, value: stableSum(members.map((r) => r.value)), source: `sum of ${members.length} of ${group.members.length} members` })
    }
  }
  return out.sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0))
}

