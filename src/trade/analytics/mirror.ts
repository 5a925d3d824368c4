import type { Store } from '../../store/store.js'
import { getBasket, type Basket } from '../baskets/baskets.js'
import { resolveCountry } from '../countries/resolve.js'
import { findGroup, type Group } from '../countries/groups.js'
import { FX_TABLE, type FxRate } from '../fx/rates.js'
import { checkCurrency, rollUp, type Rolled } from './mirror-fx.js'
import { sideValues, type Side } from './mirror-side.js'
import type { Grain } from './periods.js'
import { CIF_FOB_FACTOR } from './shares.js'
import type { DatasetInfo } from './selection.js'

export interface MirrorQuery {
  /** The country whose imports are compared with what its partner says it exported to it. */
  reporter: string
  /** A country or a group (EU27). */
  partner: string
  basket?: string
  by: Grain
  from?: string
  to?: string
  currency?: string
  datasets?: string[]
}

type SideFx = NonNullable<Rolled['fx']> | null

export interface MirrorRow {
  period: string
  partner_reported_exports: number | null
  reporter_reported_imports: number | null
  imports_fob: number | null
  gap: number | null
  gap_ratio: number | null
  currency: string
  months: { exports: number; imports: number }
  fx: { partner_reported_exports: SideFx; reporter_reported_imports: SideFx }
  /** Why a figure is missing or the gap is not computed (a side without data, a partial period). */
  notes: string[]
}

type DatasetRef = Pick<DatasetInfo, 'id' | 'file' | 'format' | 'synthetic' | 'currency'> & { side: 'exports' | 'imports' }

export interface MirrorResult {
  query: { reporter: string; partner: string; basket: string; by: Grain; from: string | null; to: string | null; currency: string }
  partner_name: string
  group: Group | null
  basket: Basket
  bases: { exports: string; imports: string; imports_fob: string; gap: string; gap_ratio: string }
  rows: MirrorRow[]
  datasets: DatasetRef[]
  sides: { exports: SideSummary; imports: SideSummary }
  fx: { source: string; derivation: string; rates: FxRate[] }
  synthetic: boolean
  warnings: string[]
}

interface SideSummary {
  currency: string | null
  sources: string[]
}

/**
 * Mirror statistics: what the partner says it exported to the reporter (FOB) against what the
 * reporter says it imported from the partner (CIF, brought to FOB with the IMF factor), per
 * period, with the gap (exports - imports FOB) and its ratio to the exports. Both sides in one
 * currency through the ECB averages table; a side without data for a period is shown missing.
 */
export async function mirror(store: Store, q: MirrorQuery): Promise<MirrorResult> {
  const reporter = resolveCountry(q.reporter, 'reporter').code
  const partnerPlace = resolveCountry(q.partner, 'partner')
  const group = findGroup(partnerPlace.code)
  const basket = getBasket(q.basket ?? 'total')
  const base = { basket, by: q.by, from: q.from, to: q.to, datasets: q.datasets, group }
  const exp = await sideValues(store, { ...base, flow: 'export', teller: partnerPlace.code, other: reporter })
  const imp = await sideValues(store, { ...base, flow: 'import', teller: reporter, other: partnerPlace.code })
  const currency = q.currency ? checkCurrency(q.currency) : answerCurrency(exp, imp)
  const e = rollUp(exp.points, exp.currency, currency, q.by)
  const i = rollUp(imp.points, imp.currency, currency, q.by)
  const full = q.by === 'year' ? 12 : q.by === 'quarter' ? 3 : 1
  const rows = [...new Set([...e.keys(), ...i.keys()])].sort().map((p) => row(p, e.get(p), i.get(p), currency, full, { reporter, partner: partnerPlace.code }))
  const datasets: DatasetRef[] = [...exp.datasets.map((d) => ref(d, 'exports' as const)), ...imp.datasets.map((d) => ref(d, 'imports' as const))]
  const sources = (m: Map<string, Rolled>) => [...new Set([...m.values()].flatMap((r) => r.sources))]
  return {
    query: { reporter, partner: partnerPlace.code, basket: basket.id, by: q.by, from: q.from ?? null, to: q.to ?? null, currency },
    partner_name: group?.name ?? partnerPlace.name,
    group: group ?? null,
    basket,
    bases: bases(reporter, partnerPlace.code),
    rows,
    datasets,
    sides: { exports: { currency: exp.currency, sources: sources(e) }, imports: { currency: imp.currency, sources: sources(i) } },
    fx: { source: FX_TABLE.source, derivation: FX_TABLE.derivation, rates: [...e.values(), ...i.values()].flatMap((r) => r.rates) },
    synthetic: datasets.some((d) => d.synthetic),
    warnings: [...exp.warnings, ...imp.warnings, ...rows.flatMap((r) => r.notes.map((n) => `${r.period}: ${n}`))],
  }
}

/** Without --currency: the sides' common currency, else USD (the unit of Comtrade and the IMF). */
function answerCurrency(exp: Side, imp: Side): string {
  const found = [...new Set([exp.currency, imp.currency].filter((c): c is string => !!c))]
  return found.length === 1 ? found[0] : 'USD'
}

const ref = ({ id, file, format, synthetic, currency }: DatasetInfo, side: 'exports' | 'imports'): DatasetRef => ({ id, file, format, synthetic, currency, side })

function row(period: string, e: Rolled | undefined, i: Rolled | undefined, currency: string, full: number, who: { reporter: string; partner: string }): MirrorRow {
  const notes: string[] = []
  if (!e) notes.push(`partner-reported exports missing: no loaded data of ${who.partner}'s exports to ${who.reporter} for this period`)
  if (!i) notes.push(`reporter-reported imports missing: no loaded data of ${who.reporter}'s imports from ${who.partner} for this period`)
  for (const [side, r] of [['exports', e], ['imports', i]] as const) if (r && r.months < full) notes.push(`partial period: ${side} cover ${r.months} of ${full} months`)
  const fob = i ? i.value / CIF_FOB_FACTOR : null
  // A gap between 8 months of exports and 12 of imports measures coverage, not trade: not computed.
  const partial = e && i && e.months !== i.months
  if (partial) notes.push(`gap not computed: the sides cover different months (exports ${e.months}, imports ${i.months})`)
  const gap = e && fob !== null && !partial ? e.value - fob : null
  return {
    period,
    partner_reported_exports: e?.value ?? null,
    reporter_reported_imports: i?.value ?? null,
    imports_fob: fob,
    gap,
    gap_ratio: gap !== null && e!.value > 0 ? gap / e!.value : null,
    currency,
    months: { exports: e?.months ?? 0, imports: i?.months ?? 0 },
    fx: { partner_reported_exports: e?.fx ?? null, reporter_reported_imports: i?.fx ?? null },
    notes,
  }
}

function bases(reporter: string, partner: string): MirrorResult['bases'] {
  return {
    exports: `${partner}'s reported exports to ${reporter} (FOB), by destination`,
    imports: `${reporter}'s reported imports from ${partner} (CIF), by origin`,
    imports_fob: `imports / ${CIF_FOB_FACTOR} (IMF convention: CIF = ${CIF_FOB_FACTOR} x FOB)`,
    gap: 'partner-reported exports - imports FOB (positive: the partner reports more than the reporter received)',
    gap_ratio: 'gap / partner-reported exports',
  }
}
