import { AppError } from '../../../errors.js'
import type { Store } from '../../../store/store.js'
import { getBasket, type Basket } from '../../baskets/baskets.js'
import { resolveExporters, type Exporter } from '../../countries/groups.js'
import { resolveCountry } from '../../countries/resolve.js'
import { shadowWarnings } from '../notes.js'
import type { Shadowed } from '../combine.js'
import type { DatasetInfo } from '../selection.js'
import { analyseBreak, type BreakAnalysis } from './breaks.js'
import { compareCorridor, excessOf, fallOf, offsetOf, type Comparison } from './compare.js'
import { ALL_CHAPTERS, hsNames, productBreakdown, type ProductRow } from './products.js'
import { corridorSeries, type Corridor } from './series.js'
import { checkWindows, commonMonths, parseWindow, type Window } from './windows.js'
import { EXCESS_METHOD, partialWarnings } from './notes.js'

export interface DiversionQuery {
  exporter: string
  target: string
  via: string
  baseline: string
  period: string
  basket?: string
  by?: 'corridor' | 'product'
  /** The month the series are split at (default 2022-03, the first month of the EU's 2022 export bans). */
  break?: string
  top?: number
}

export interface CorridorRow extends Comparison {
  country: string
  name: string
  /** The rise beyond the baseline (target: null); see compare.ts excessOf. */
  excess: number | null
  /** excess / the target's fall: the share of the fall this corridor's rise would make up. */
  offset: number | null
  sources: string[]
  breaks: BreakAnalysis
  products?: ProductRow[]
}

export interface TargetRow extends Omit<CorridorRow, 'excess' | 'offset'> {
  /** How far exports to the target fell below the baseline (0 when they rose). */
  fall: number | null
}

export interface DiversionResult {
  query: { exporter: string; target: string; via: string[]; baseline: string; period: string; basket: string; by: 'corridor' | 'product'; break: string }
  exporters: { id: string; kind: 'country' | 'group'; name: string; members?: string[]; aggregate?: string | null; source?: string }[]
  basket: Basket
  currency: string
  comparison: string
  excess_method: string
  target: TargetRow
  /** The transit countries, ranked by ratio (largest first; missing ratios last). */
  rows: CorridorRow[]
  datasets: Pick<DatasetInfo, 'id' | 'file' | 'format' | 'synthetic'>[]
  synthetic: boolean
  shadowed: Shadowed[]
  warnings: string[]
}

export const DEFAULT_BREAK = '2022-03'

/**
 * Exports from an exporter (country, group or list) to a target and to transit countries, in a
 * baseline and a period compared month for month: ratio, change, and the transit rise set
 * against the target's fall. See docs/diversion.md for every definition.
 */
export async function diversion(store: Store, q: DiversionQuery): Promise<DiversionResult> {
  const exporters = resolveExporters(q.exporter)
  const target = resolveCountry(q.target, 'target')
  const via = q.via.split(',').map((s) => s.trim()).filter(Boolean).map((v) => resolveCountry(v, 'via'))
  const bw = parseWindow(q.baseline, 'baseline')
  const pw = parseWindow(q.period, 'period')
  checkWindows(bw, pw)
  const breakAt = parseWindow(q.break ?? DEFAULT_BREAK, 'break').start
  const by = q.by ?? 'corridor'
  const basket = getBasket(q.basket ?? 'total')
  const places = [target, ...via.filter((v) => v.code !== target.code)]
  const corridors: Corridor[] = []
  for (const p of places) corridors.push(await corridorSeries(store, exporters, p.code, basket))
  const rows = places.map((p, i) => row(p, corridors[i], bw, pw, breakAt))
  const fall = fallOf(rows[0])
  const transit = rows.slice(1).map((r) => ({ ...r, offset: offsetOf(r.excess, fall) }))
  transit.sort((a, b) => (b.ratio ?? -Infinity) - (a.ratio ?? -Infinity) || a.country.localeCompare(b.country))
  const { excess: _e, offset: _o, ...t } = rows[0]
  const result = assemble(q, exporters, basket, corridors, { ...t, fall }, transit, bw, pw)
  if (by === 'product') await addProducts(store, result, corridors, places.map((p) => p.code), bw, pw, q.top ?? 10)
  return result
}

function row(place: { code: string; name: string }, c: Corridor, bw: Window, pw: Window, breakAt: number): CorridorRow {
  const cmp = compareCorridor(place.code, c.series, c.series, bw, pw)
  const breaks = analyseBreak(c.series, breakAt)
  // The chart's index: each month against the baseline's average month (baseline = 100).
  const perMonth = cmp.baseline != null && cmp.months ? cmp.baseline / cmp.months : 0
  for (const p of breaks.points) p.index = perMonth > 0 ? (100 * p.value) / perMonth : null
  return { country: place.code, name: place.name, ...cmp, excess: excessOf(cmp), offset: null, sources: c.sources, breaks }
}

function assemble(q: DiversionQuery, exporters: Exporter[], basket: Basket, corridors: Corridor[], target: TargetRow, rows: CorridorRow[], bw: Window, pw: Window): DiversionResult {
  const datasets = new Map(corridors.flatMap((c) => c.datasets).map((d) => [d.id, d]))
  const currencies = [...new Set(corridors.filter((c) => c.datasets.length).map((c) => c.currency))]
  if (currencies.length > 1) throw new AppError(409, `corridors mix currencies (${currencies.join(', ')}): load one currency per figure`)
  const kinds = new Set([...datasets.values()].map((d) => d.synthetic))
  const shadowed = corridors.flatMap((c) => c.shadowed)
  const warnings = [
    ...(kinds.size > 1 ? ['some corridors come from synthetic data and others from real data: do not compare them'] : []),
    ...partialWarnings(corridors.map((c) => c.series), bw, pw),
    ...[target, ...rows].filter((r) => r.note).map((r) => `${r.country}: ${r.note}`),
    ...new Set(corridors.flatMap((c) => c.warnings)),
    ...shadowWarnings(shadowed, [...datasets.values()]),
  ]
  return {
    query: { exporter: q.exporter, target: target.country, via: rows.map((r) => r.country), baseline: bw.label, period: pw.label, basket: basket.id, by: q.by ?? 'corridor', break: q.break ?? DEFAULT_BREAK },
    exporters: exporters.map((e) => (e.kind === 'group' ? { id: e.id, kind: e.kind, name: e.name, members: e.members, aggregate: e.aggregate, source: e.source } : { id: e.code, kind: e.kind, name: e.name })),
    basket,
    currency: currencies[0] ?? 'none (no data)',
    comparison: `baseline ${bw.label} and period ${pw.label} compared month for month (the i-th month of one with the i-th of the other), over the months both have for each corridor`,
    excess_method: EXCESS_METHOD,
    target,
    rows,
    datasets: [...datasets.values()].map(({ id, file, format, synthetic }) => ({ id, file, format, synthetic })),
    synthetic: [...datasets.values()].some((d) => d.synthetic),
    shadowed,
    warnings,
  }
}

async function addProducts(store: Store, r: DiversionResult, corridors: Corridor[], codes: string[], bw: Window, pw: Window, top: number) {
  const basket = r.basket.codes.includes('TOTAL') ? ALL_CHAPTERS : r.basket
  const { note } = hsNames()
  if (note) r.warnings.push(note)
  for (const [i, row] of [r.target, ...r.rows].entries()) {
    const c = corridors[codes.indexOf(row.country)]
    const pairs = commonMonths(c.series, c.series, bw, pw)
    const found = await productBreakdown(store, { partner: row.country, reporters: c.reporters, basket, pairs, falling: i === 0, top })
    row.products = found.rows
    for (const d of found.datasets) if (!r.datasets.some((x) => x.id === d.id)) r.datasets.push({ id: d.id, file: d.file, format: d.format, synthetic: d.synthetic })
  }
  if ([r.target, ...r.rows].every((x) => !x.products?.length)) r.warnings.push(`no product detail: the loaded data for these corridors has no HS-level rows under basket "${r.basket.id}" (only totals)`)
}

