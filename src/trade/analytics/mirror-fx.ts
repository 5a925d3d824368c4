import { badInput } from '../../errors.js'
import { FX_TABLE, fxRate, type FxRate } from '../fx/rates.js'
import type { Point } from './mirror-side.js'
import { periodLabel, type Grain } from './periods.js'
import { stableSum } from './sum.js'

// A side's values in the answer's currency, rolled up to the asked grain: each month at its
// monthly average rate, each year of annual data at its annual average rate (converting a year's
// sum at the annual rate would weigh a busy December like a quiet January).

/** One period of one side, in the answer's currency. */
export interface Rolled {
  value: number
  /** The value in the side's own currency, before conversion. */
  original: number
  months: number
  sources: string[]
  /** How this period was converted (undefined when no conversion was needed). */
  fx?: { from: string; to: string; basis: string; rate: number }
  rates: FxRate[]
}

/** The currencies an answer may be given in: the euro and those of the FX table. */
export function checkCurrency(raw: string): string {
  const c = raw.trim().toUpperCase()
  const known = ['EUR', ...FX_TABLE.currencies]
  if (!known.includes(c)) throw badInput(`invalid currency: "${raw}" (expected one of ${known.join(', ')})`)
  return c
}

interface Acc {
  values: number[]
  originals: number[]
  months: number
  sources: string[]
  rates: FxRate[]
}

export function rollUp(points: Point[], from: string | null, to: string, by: Grain): Map<string, Rolled> {
  const acc = new Map<string, Acc>()
  for (const p of points) {
    const period = periodLabel(by, p.year, p.month === null ? 0 : by === 'quarter' ? Math.floor((p.month + 2) / 3) : p.month)
    const fine = p.month === null ? String(p.year) : `${p.year}-${String(p.month).padStart(2, '0')}`
    const rate = from && from !== to ? fxRate(from, to, fine) : undefined
    const a = acc.get(period) ?? { values: [], originals: [], months: 0, sources: [], rates: [] }
    a.values.push(p.value * (rate?.rate ?? 1))
    a.originals.push(p.value)
    a.months += p.month === null ? 12 : 1
    if (!a.sources.includes(p.source)) a.sources.push(p.source)
    if (rate) a.rates.push(rate)
    acc.set(period, a)
  }
  return new Map([...acc].map(([k, a]) => [k, finish(a, from, to)]))
}

function finish(a: Acc, from: string | null, to: string): Rolled {
  const r = { value: stableSum(a.values), original: stableSum(a.originals), months: a.months, sources: a.sources, rates: a.rates }
  if (!from || from === to || !a.rates.length) return r
  const kind = a.rates[0].kind
  // Over several months the rate in effect is the value-weighted mean of the monthly rates.
  const rate = a.rates.length === 1 ? a.rates[0].rate : r.original > 0 ? r.value / r.original : a.rates[0].rate
  const basis = a.rates.length === 1 ? `${kind} ${a.rates[0].period}` : `${a.rates.length} ${kind}s ${a.rates[0].period} to ${a.rates.at(-1)!.period}, value-weighted`
  return { ...r, fx: { from, to, basis, rate: Math.round(rate * 1e6) / 1e6 } }
}
