import { badInput } from '../../errors.js'
import type { Store } from '../../store/store.js'
import { getBasket, type Basket } from '../baskets/baskets.js'
import { resolvePartner, type PartnerSet } from '../countries/groups.js'
import { resolveCountry } from '../countries/resolve.js'
import { partnerRows } from './partner.js'
import { checkInRange, monthsCovered, periodLabel, rangeCondition, type Grain } from './periods.js'
import { combine, type Shadowed } from './combine.js'
import { mirrorCoverage, mirrorSubject, reporterList, shadowWarnings, type MirrorCoverage } from './notes.js'
import { selectFlows, settle, type DatasetInfo } from './selection.js'
import { stableSum } from './sum.js'
import { othersName, topOfPeriod } from './top.js'

export type Basis = 'reported' | 'mirror'

export interface SharesQuery {
  /** The focal country: the importer whose suppliers we want, or the exporter whose buyers we want. */
  importer?: string
  exporter?: string
  basket: string
  by: Grain
  from?: string
  to?: string
  basis?: Basis
  top?: number
  /** A period whose shares each row is compared with (change in points). */
  baseline?: string
  /** Only this partner's rows: a country, or a group (CHN+HKG) whose members are summed into one row. */
  partner?: string
  datasets?: string[]
}

export interface ShareRow {
  period: string
  partner: string
  partner_name: string
  value: number
  currency: string
  share: number | null
  baseline_share?: number | null
  change_pts?: number | null
}

export interface PeriodTotal {
  period: string
  total: number
  countries_total: number
  denominator: 'world row' | 'sum of countries'
  months: number
  hhi: number
}

export interface SharesResult {
  /** The question as answered; `top` is per period (null: every partner shown). */
  query: Required<Pick<SharesQuery, 'basket' | 'by'>> & { direction: 'imports' | 'exports'; country: string; basis: Basis; top: number | null; from: string | null; to: string | null }
  basket: Basket
  basis_note: string
  rows: ShareRow[]
  periods: PeriodTotal[]
  datasets: Pick<DatasetInfo, 'id' | 'file' | 'format' | 'synthetic'>[]
  synthetic: boolean
  /** Mirror figures only: the reporters whose statistics the figure is made of. */
  coverage?: MirrorCoverage
  /** Cells a dataset held that a later load also holds, and so were taken from that one. */
  shadowed: Shadowed[]
  /** The datasets' one currency; null when no dataset answered. Rows carry it too, but a partner's trend may have none. */
  currency: string | null
  warnings: string[]
}

/** IMF convention for comparing partner exports (FOB) with imports (CIF): CIF = 1.06 x FOB. */
export const CIF_FOB_FACTOR = 1.06
const WORLD = 'WLD'

interface Grouped {
  period: string
  partner: string
  value: number
  months: number
  aggregate: boolean
}

/**
 * Who supplies a country's imports of a basket (or buys its exports), per period, with each
 * partner's share. The denominator is the World row where the source gives one, else the sum of
 * countries; aggregates (World, EU27, regions) are never counted as partners.
 */
export async function shares(store: Store, q: SharesQuery): Promise<SharesResult> {
  const { country, direction, partner } = focus(q)
  const basis = q.basis ?? 'reported'
  const basket = getBasket(q.basket)
  const mirror = basis === 'mirror'
  const flow = (direction === 'imports') !== mirror ? 'import' : 'export'
  const sel = await selectFlows(store, { flow, basket, only: q.datasets, ...(mirror ? { partner: country } : { reporter: country }) })
  checkInRange(sel.datasets, q.from, q.to)
  const literal = store.dialect.literal
  const c = literal(country)
  const focal = mirror ? `partner = ${c} AND reporter <> ${c}` : `reporter = ${c}`
  const combined = await combine(store, sel, {
    where: `${focal} AND flow = ${literal(flow)} AND ${rangeCondition(q.from, q.to)}`,
    by: q.by,
    who: mirror ? 'reporter' : 'partner',
    flagged: mirror ? undefined : 'partner_aggregate',
  })
  // A fixed order (period, partner), so every sum in JS adds in the same order each run.
  const raw = combined.rows.sort((a, b) => a.year - b.year || a.part - b.part || a.partner.localeCompare(b.partner))
  const used = settle(sel, combined.used, q.by)
  const coverage = mirror ? mirrorCoverage(raw) : undefined
  const months = new Map<string, number>()
  const rows: Grouped[] = raw.map(({ year, part, ...g }) => {
    const period = periodLabel(q.by, year, part)
    if (!months.has(period)) months.set(period, monthsCovered(q.by, year, part, used.monthMasks))
    return { ...g, period, months: months.get(period)! }
  })
  const names = new Map(raw.map((r) => [r.partner, { name: r.name ?? r.partner }]))
  const periods = totals(rows)
  // Rows exist only where a dataset answered, so only with a currency.
  let out = shareRows(rows, periods, names, used.currency ?? '', q)
  if (q.baseline) out = compareWithBaseline(out, q.baseline)
  if (partner) out = partnerRows(out, partner)
  return {
    query: { basket: basket.id, by: q.by, direction, country, basis, top: q.top && !q.partner ? q.top : null, from: q.from ?? null, to: q.to ?? null },
    basket,
    basis_note: basisNote(direction, country, basis, flow, coverage),
    rows: out,
    periods,
    datasets: used.datasets.map(({ id, file, format, synthetic }) => ({ id, file, format, synthetic })),
    synthetic: used.datasets.some((d) => d.synthetic),
    ...(coverage ? { coverage } : {}),
    shadowed: combined.shadowed,
    currency: used.currency,
    warnings: [...sel.warnings, ...shadowWarnings(combined.shadowed, sel.datasets)],
  }
}

function focus(q: SharesQuery): { country: string; direction: 'imports' | 'exports'; partner?: PartnerSet } {
  if (!!q.importer === !!q.exporter) throw badInput('give exactly one of importer or exporter')
  const country = resolveCountry((q.importer ?? q.exporter)!, q.importer ? 'importer' : 'exporter').code
  const partner = q.partner === undefined ? undefined : resolvePartner(q.partner)
  return { country, direction: q.importer ? 'imports' : 'exports', partner }
}

function totals(rows: Grouped[]): PeriodTotal[] {
  const byPeriod = new Map<string, Grouped[]>()
  for (const r of rows) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r])
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, list]) => {
      const world = stableSum(list.filter((r) => r.partner === WORLD).map((r) => r.value))
      const countries = list.filter((r) => !r.aggregate)
      const countriesTotal = stableSum(countries.map((r) => r.value))
      const total = world > 0 ? world : countriesTotal
      const hhi = countries.reduce((s, r) => s + (total > 0 ? ((100 * r.value) / total) ** 2 : 0), 0)
      const months = Math.max(0, ...list.map((r) => r.months))
      return { period, total, countries_total: countriesTotal, denominator: world > 0 ? 'world row' : 'sum of countries', months, hhi: Math.round(hhi) }
    })
}

function shareRows(rows: Grouped[], periods: PeriodTotal[], names: Map<string, { name: string }>, currency: string, q: SharesQuery): ShareRow[] {
  const total = new Map(periods.map((p) => [p.period, p.total]))
  const partners = rows.filter((r) => !r.aggregate)
  const n = q.top && q.top > 0 && !q.partner ? q.top : undefined
  const out: ShareRow[] = []
  for (const p of periods) {
    const { shown, rest } = topOfPeriod(partners.filter((r) => r.period === p.period), n, p.total)
    for (const r of shown) out.push(row(p.period, r.partner, names.get(r.partner)?.name ?? r.partner, r.value, total.get(p.period)!, currency))
    if (n && rest! > 0) out.push(row(p.period, 'OTHERS', othersName(n), rest!, p.total, currency))
  }
  return out
}

function row(period: string, partner: string, name: string, value: number, total: number, currency: string): ShareRow {
  return { period, partner, partner_name: name, value, currency, share: total > 0 ? value / total : null }
}

function compareWithBaseline(rows: ShareRow[], baseline: string): ShareRow[] {
  // No rows at all: the answer is "no data" (its warnings say why), not a baseline error.
  if (!rows.length) return rows
  const base = new Map(rows.filter((r) => r.period === baseline).map((r) => [r.partner, r.share]))
  if (!base.size) throw badInput(`baseline period not in the result: "${baseline}" (it must be one of the periods shown)`)
  return rows.map((r) => {
    const b = base.get(r.partner) ?? 0
    return { ...r, baseline_share: b, change_pts: r.share == null || b == null ? null : 100 * (r.share - b) }
  })
}

function basisNote(direction: 'imports' | 'exports', country: string, basis: Basis, flow: string, coverage?: MirrorCoverage): string {
  if (basis === 'reported' || !coverage) {
    return direction === 'imports'
      ? `${country}'s own reported imports (CIF), by partner of origin`
      : `${country}'s own reported exports (FOB), by partner of destination`
  }
  // Never "GEO imports": the figure is only as wide as the reporters loaded.
  const subject = `share of ${mirrorSubject(flow, country, coverage)}: ${reporterList(coverage)}`
  return flow === 'export'
    ? `mirror: partners' reported exports to ${country} (FOB), ${subject}; CIF ~= FOB x ${CIF_FOB_FACTOR} (IMF factor); shares are unaffected by the factor`
    : `mirror: partners' reported imports from ${country} (CIF), ${subject}`
}

/** What a figure is a share of, for titles: "RUS imports", or a mirror figure's reporters. */
export function figureSubject(r: SharesResult): string {
  if (!r.coverage) return `${r.query.country} ${r.query.direction}`
  const flow = (r.query.direction === 'imports') !== (r.query.basis === 'mirror') ? 'import' : 'export'
  return mirrorSubject(flow, r.query.country, r.coverage)
}
