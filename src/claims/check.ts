import { AppError } from '../errors.js'
import type { Store } from '../store/store.js'
import { getBasket } from '../trade/baskets/baskets.js'
import { shares, type SharesResult } from '../trade/analytics/shares.js'
import type { Claim } from './load.js'
import { commandOf, periodBounds, periodGrain, periodLabel, periodMonths, previousPeriod, readingsOf, type ReadingKey } from './readings.js'
import { allowed, holds } from './verdict.js'

export type Verdict = 'supported' | 'contradicted' | 'not enough data'

/** One reading computed: the figure, or what is missing for it. */
export interface Reading extends ReadingKey {
  basket_name: string
  codes: string[]
  /** The computed figure in the claim's units (a share or change as a fraction, a value in currency). */
  value: number | null
  /** For a change: the values of the two periods. */
  values?: { baseline: string; from: number; period: string; to: number }
  supports: boolean | null
  missing: string | null
  currency: string | null
  datasets: string[]
  synthetic: boolean
  command: string
  notes: string[]
}

export interface ClaimCheck {
  claim: Claim
  verdict: Verdict
  summary: string
  /** What the claim allows: [low, high] in its units. */
  allowed: [number, number]
  /** The lowest and highest computed figure over the readings that count. */
  range: [number, number] | null
  supported_by: string[]
  missing: string[]
  synthetic: boolean
  readings: Reading[]
}

/** Checks each claim against the loaded data on every reading its words allow (baskets x bases). */
export async function checkClaims(store: Store, claims: Claim[], { db }: { db?: string } = {}): Promise<ClaimCheck[]> {
  const out: ClaimCheck[] = []
  for (const c of claims) out.push(await checkClaim(store, c, { db }))
  return out
}

export async function checkClaim(store: Store, c: Claim, { db }: { db?: string } = {}): Promise<ClaimCheck> {
  const range = allowed(c.comparator, c.figure, c.high, c.tolerance)
  const gaps = claimGaps(c)
  if (gaps.length) return { claim: c, verdict: 'not enough data', summary: `not enough data: ${gaps.join('; ')}`, allowed: range, range: null, supported_by: [], missing: gaps, synthetic: false, readings: [] }
  const readings: Reading[] = []
  for (const key of readingsOf(c as Claim & { basket: string })) readings.push(await computeReading(store, c, key, range, db))
  return judge(c, range, readings)
}

/** What the claim itself leaves out (the text did not say it), each with the extractor's reason. */
function claimGaps(c: Claim): string[] {
  const reason = (field: string) => c.unmapped.find((u) => u.field === field)?.reason
  const gaps: string[] = []
  const side = c.direction === 'imports' ? 'importer' : 'exporter'
  if (!c.country) gaps.push(`the claim names no ${side}${reason(side) ? ` (${reason(side)})` : ''}`)
  if (!c.partner && c.measure === 'share') gaps.push(`the claim names no partner${reason('partner') ? ` (${reason('partner')})` : ''}`)
  if (!c.basket) gaps.push(`the claim names no basket${reason('basket') ? ` (${reason('basket')})` : ''}`)
  if (!c.period) gaps.push(`the claim names no period${reason('period') ? ` (${reason('period')})` : ''}`)
  if (c.measure === 'change' && c.period?.includes('..')) gaps.push(`a change over ${c.period} is not checked (a change needs a year, quarter or month)`)
  return gaps
}

async function computeReading(store: Store, c: Claim, key: ReadingKey, range: [number, number], db?: string): Promise<Reading> {
  const basket = getBasket(key.basket)
  const period = c.period!
  const baseline = c.measure === 'change' ? (c.baseline ?? previousPeriod(period)) : undefined
  const [from, to] = baseline ? [baseline, period] : periodBounds(period)
  const base: Reading = { ...key, basket_name: basket.name, codes: basket.codes, value: null, supports: null, missing: null, currency: null, datasets: [], synthetic: false, command: commandOf(c, key, { from, to, db }), notes: [] }
  if (baseline && !c.baseline) base.notes.push(`change against ${baseline} (the period before; the claim names no baseline)`)
  let r: SharesResult
  try {
    r = await shares(store, { [c.direction === 'imports' ? 'importer' : 'exporter']: c.country!, basket: key.basket, by: periodGrain(period), from, to, basis: key.basis, ...(c.partner && c.partner !== 'WLD' ? { partner: c.partner } : {}) })
  } catch (err) {
    // The trade core says why it has no answer (a period outside the data, a grain finer than it).
    if (err instanceof AppError) return { ...base, missing: err.message }
    throw err
  }
  if (!r.datasets.length) return { ...base, missing: noData(c, key, basket.codes) }
  const info = { datasets: r.datasets.map((d) => `${d.id} ${d.file} (${d.format}${d.synthetic ? ', synthetic' : ''})`), synthetic: r.synthetic, currency: r.currency, notes: [...base.notes, ...r.warnings, r.basis_note] }
  const at = (p: string) => pointOf(r, c, p)
  const now = at(period)
  if (typeof now === 'string') return { ...base, ...info, missing: now }
  if (c.measure === 'value' && info.currency && info.currency !== c.currency) return { ...base, ...info, missing: `the data is in ${info.currency}, the claim in ${c.currency}` }
  if (c.measure !== 'change') {
    const value = c.measure === 'share' ? now.share : now.value
    if (c.measure === 'value' && key.basis === 'mirror') info.notes.push("a mirror value is the partners' exports (FOB); the importer's own figure (CIF) is about 6% higher")
    return { ...base, ...info, value, supports: holds(value, range) }
  }
  const before = at(baseline!)
  if (typeof before === 'string') return { ...base, ...info, missing: before }
  if (before.value === 0) return { ...base, ...info, missing: `no trade in ${baseline}: a change from zero has no rate` }
  const value = now.value / before.value - 1
  return { ...base, ...info, value, values: { baseline: baseline!, from: before.value, period, to: now.value }, supports: holds(value, range) }
}

/** "basket machine-tools (HS 8456 8457 ...) is not in the data as RUS's own imports": names what a reading lacks. */
function noData(c: Claim, key: ReadingKey, codes: string[]): string {
  const list = codes.length > 6 ? `${codes.slice(0, 6).join(' ')} ... (${codes.length} codes)` : codes.join(' ')
  return `basket ${key.basket} (HS ${list}) is not in the loaded data as ${sideText(c, key.basis)}`
}

/** Whose statistics a reading is: "RUS's own imports", "partners' exports to RUS". */
const sideText = (c: Claim, basis: string) => (basis === 'reported' ? `${c.country}'s own ${c.direction}` : `partners' ${c.direction === 'imports' ? 'exports to' : 'imports from'} ${c.country}`)

/** The partner's value and share in one period, or what is missing for it. */
function pointOf(r: SharesResult, c: Claim, period: string): { value: number; share: number } | string {
  const label = periodLabel(period)
  const p = r.periods.find((x) => x.period === label)
  if (!p || p.total <= 0) return `no data for ${period} as ${sideText(c, r.query.basis)}`
  const need = periodMonths(period)
  if (p.months < need) return `the data covers ${p.months} of the ${need} months of ${period}`
  if (p.months > need) return `the data is annual: ${period} is part of a year`
  if (!c.partner || c.partner === 'WLD') return { value: p.total, share: 1 }
  const row = r.rows.find((x) => x.period === label)
  return { value: row?.value ?? 0, share: row?.share ?? 0 }
}

/** The verdict over the readings that count: the claim's basis when it states one, else all. */
function judge(c: Claim, range: [number, number], readings: Reading[]): ClaimCheck {
  const counted = readings.filter((r) => !c.basis || r.basis === c.basis)
  const computed = counted.filter((r) => r.value !== null)
  const name = (r: Reading) => `${r.basket}, ${r.basis}`
  const supported = computed.filter((r) => r.supports)
  const missing = [...new Set(counted.filter((r) => r.missing).map((r) => `${name(r)}: ${r.missing}`))]
  const values = computed.map((r) => r.value!)
  const spread: [number, number] | null = values.length ? [Math.min(...values), Math.max(...values)] : null
  const synthetic = computed.some((r) => r.synthetic)
  const verdict: Verdict = !computed.length ? 'not enough data' : supported.length ? 'supported' : 'contradicted'
  const fmt = (v: number) => formatFigure(c, v)
  const on = `${computed.length} of ${counted.length} reading${counted.length === 1 ? '' : 's'} computed`
  const summary =
    verdict === 'not enough data'
      ? `not enough data: ${missing.join('; ')}`
      : `${verdict}: computed ${spread![0] === spread![1] ? fmt(spread![0]) : `${fmt(spread![0])} to ${fmt(spread![1])}`} (${on}); the claim allows ${fmt(range[0])} to ${fmt(range[1])}` +
        (supported.length ? `; supported by ${supported.map(name).join('; ')}` : '') +
        (synthetic ? '; computed from SYNTHETIC data' : '')
  return { claim: c, verdict, summary, allowed: range, range: spread, supported_by: supported.map(name), missing, synthetic, readings }
}

/** A figure as people write it: 45.2%, +64.0%, $900.0m. */
export function formatFigure(c: Pick<Claim, 'measure' | 'currency'>, v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? 'any higher value' : 'any lower value'
  const sign = c.currency === 'USD' ? '$' : `${c.currency} `
  if (c.measure === 'value' && Math.abs(v) >= 1e9) return `${sign}${(v / 1e9).toFixed(2)}bn`
  if (c.measure === 'value') return `${sign}${(v / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}m`
  return `${c.measure === 'change' && v > 0 ? '+' : ''}${(100 * v).toFixed(1)}%`
}
