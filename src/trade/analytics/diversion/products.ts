import type { Store } from '../../../store/store.js'
import { HS_FILE, loadHsDescriptions, type Basket } from '../../baskets/baskets.js'
import { combine } from '../combine.js'
import { selectFlows, type DatasetInfo } from '../selection.js'
import { MONTHLY } from './series.js'
import { stableSum } from '../sum.js'
import { monthIndex } from './windows.js'

export interface ProductRow {
  hs: string
  name: string | null
  baseline: number
  period: number
  change: number
  ratio: number | null
}

/** Every chapter: `--by product` on the total basket reads each file at the finest level it has under them. */
export const ALL_CHAPTERS: Basket = {
  id: 'all-products',
  name: 'all products, by HS code',
  source: 'HS2022 chapters 01-99',
  codes: Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')),
}

let names: Map<string, string> | undefined
/** HS descriptions when the nomenclature is beside the repo; an empty map (codes only) when not. */
export function hsNames(): { names: Map<string, string>; note: string | null } {
  names ??= loadHsDescriptions(HS_FILE)
  return { names, note: names.size ? null : `product names unavailable: ${HS_FILE} not found; codes only` }
}

/**
 * The products behind one corridor's change: each code's exports summed over the same month pairs
 * as the corridor's figure and from the same reporters (aggregate or members), ranked by change,
 * largest rise first (the target: largest fall first). CN8 codes keep their 8 digits and take
 * their HS6 name.
 */
export async function productBreakdown(
  store: Store,
  { partner, reporters, basket, pairs, falling = false, top = 10 }: { partner: string; reporters: string[]; basket: Basket; pairs: [number, number][]; falling?: boolean; top?: number }
): Promise<{ rows: ProductRow[]; datasets: DatasetInfo[] }> {
  if (!pairs.length || !reporters.length) return { rows: [], datasets: [] }
  const sel = await selectFlows(store, { flow: 'export', reporter: reporters, partner, basket, monthly: MONTHLY })
  const literal = store.dialect.literal
  const combined = await combine(store, sel, {
    where: `partner = ${literal(partner)} AND flow = 'export' AND reporter IN (${reporters.map(literal).join(', ')}) AND hs <> 'TOTAL'`,
    by: 'month',
    who: 'hs',
  })
  const byCode = new Map<string, Map<number, number>>()
  for (const r of combined.rows) {
    if (!byCode.has(r.partner)) byCode.set(r.partner, new Map())
    byCode.get(r.partner)!.set(monthIndex(r.year, r.part), r.value)
  }
  const { names: desc } = hsNames()
  const rows = [...byCode].map(([hs, s]): ProductRow => {
    const baseline = stableSum(pairs.map(([b]) => s.get(b) ?? 0))
    const period = stableSum(pairs.map(([, p]) => s.get(p) ?? 0))
    return { hs, name: desc.get(hs) ?? desc.get(hs.slice(0, 6)) ?? null, baseline, period, change: period - baseline, ratio: baseline > 0 ? period / baseline : null }
  })
  rows.sort((a, b) => (falling ? a.change - b.change : b.change - a.change) || a.hs.localeCompare(b.hs))
  return { rows: rows.slice(0, top), datasets: sel.datasets.filter((d) => combined.used.has(d.id)) }
}
