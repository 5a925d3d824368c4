import type { Store } from '../../../store/store.js'
import type { Basket } from '../../baskets/baskets.js'
import type { Exporter } from '../../countries/groups.js'
import { combine, type Shadowed } from '../combine.js'
import { selectFlows, settle, type DatasetInfo } from '../selection.js'
import { stableSum } from '../sum.js'
import { monthIndex, monthsText, type Series } from './windows.js'

/** Why diversion takes monthly datasets only (said when an annual one is left out). */
export const MONTHLY = 'diversion compares month by month'

/** One reporter's exports to the corridor country, by month index. */
export type ByReporter = Map<string, Series>

export interface Corridor {
  series: Series
  /** How each exporter's figure was made: "EU27: its aggregate row" or "EU27: sum of members". */
  sources: string[]
  /** The reporter codes the figure was taken from (for a product breakdown with the same rule). */
  reporters: string[]
  datasets: DatasetInfo[]
  currency: string | null
  shadowed: Shadowed[]
  warnings: string[]
}

/** Every reporter code the exporters could appear under: members and the groups' own codes. */
export function reporterCodes(exporters: Exporter[]): string[] {
  return [...new Set(exporters.flatMap((e) => (e.kind === 'group' ? [...(e.aggregate ? [e.aggregate] : []), ...e.members] : [e.code])))].sort()
}

/**
 * Which rows make each exporter's figure: a group's aggregate row when the data has it for this
 * corridor, else the sum of its members, never both (the aggregate already holds the members).
 * The choice is made per corridor, so a file with an EU27 row for Georgia but not for Armenia
 * still answers Armenia from the members; the answer names the choice.
 */
export function pickReporters(exporters: Exporter[], rows: ByReporter): { reporters: string[]; sources: string[]; warnings: string[] } {
  const reporters: string[] = []
  const sources: string[] = []
  const warnings: string[] = []
  for (const e of exporters) {
    if (e.kind === 'country') {
      reporters.push(e.code)
      sources.push(`${e.code}: its own rows`)
      continue
    }
    const agg = e.aggregate ? rows.get(e.aggregate) : undefined
    const members = e.members.filter((m) => rows.has(m))
    if (agg) {
      reporters.push(e.aggregate!)
      sources.push(`${e.id}: its aggregate row ${e.aggregate}${members.length ? ` (the rows of ${members.length} members not added)` : ''}`)
      const gaps = [...new Set(members.flatMap((m) => [...rows.get(m)!.keys()]))].filter((i) => !agg.has(i)).sort((a, b) => a - b)
      if (gaps.length) warnings.push(`${e.id}: the aggregate row has no data for ${monthsText(gaps)} where members have some; those months are missing, not filled from members`)
    } else if (!members.length) {
      sources.push(`${e.id}: no rows for it or its members in the loaded data`)
    } else {
      reporters.push(...members)
      sources.push(`${e.id}: sum of ${members.length} of ${e.members.length} members (no aggregate row${e.aggregate ? ` ${e.aggregate}` : ''} in the data)`)
    }
  }
  return { reporters, sources, warnings }
}

/** The sum over the chosen reporters, month by month (smallest first, order-free). */
export function sumReporters(rows: ByReporter, reporters: string[]): Series {
  const byMonth = new Map<number, number[]>()
  for (const r of reporters) for (const [i, v] of rows.get(r) ?? []) byMonth.set(i, [...(byMonth.get(i) ?? []), v])
  return new Map([...byMonth].sort(([a], [b]) => a - b).map(([i, vs]) => [i, stableSum(vs)]))
}

/**
 * The exporters' monthly exports of a basket to one country, every month the data has: the
 * datasets chosen and combined per cell as for shares (selection.ts, combine.ts), one sum per
 * reporter and month, then the aggregate-or-members rule above.
 */
export async function corridorSeries(store: Store, exporters: Exporter[], partner: string, basket: Basket): Promise<Corridor> {
  const codes = reporterCodes(exporters)
  const sel = await selectFlows(store, { flow: 'export', reporter: codes, partner, basket, monthly: MONTHLY })
  const literal = store.dialect.literal
  const combined = await combine(store, sel, {
    where: `partner = ${literal(partner)} AND flow = 'export' AND reporter IN (${codes.map(literal).join(', ')})`,
    by: 'month',
    who: 'reporter',
  })
  const used = settle(sel, combined.used, 'month')
  const rows: ByReporter = new Map()
  for (const r of combined.rows) {
    if (!rows.has(r.partner)) rows.set(r.partner, new Map())
    rows.get(r.partner)!.set(monthIndex(r.year, r.part), r.value)
  }
  const pick = pickReporters(exporters, rows)
  return {
    series: sumReporters(rows, pick.reporters),
    sources: pick.sources,
    reporters: pick.reporters,
    datasets: used.datasets,
    currency: used.currency,
    shadowed: combined.shadowed,
    warnings: [...sel.warnings.filter((w) => !w.startsWith('no loaded dataset')), ...pick.warnings],
  }
}
