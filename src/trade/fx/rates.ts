import { AppError } from '../../errors.js'
import table from './ecb-averages.json' with { type: 'json' }
import type { FxTable } from './derive.js'

/** A rate used for one conversion: `rate` units of `to` per 1 unit of `from`. */
export interface FxRate {
  pair: string
  period: string
  kind: 'monthly average' | 'annual average'
  rate: number
}

export const FX_TABLE = table as FxTable

/** Units of `currency` per 1 EUR in a period's average, if the table has it. */
function perEuro(t: FxTable, currency: string, period: string): number | undefined {
  if (currency === 'EUR') return 1
  const row = period.length === 4 ? t.annual[period] : t.monthly[period]
  return row?.[currency]
}

/**
 * The rate that turns `from` into `to` for a period: the monthly average for a month (2022-03),
 * the annual average for a year (2022), crossed through the euro (the ECB quotes per 1 EUR).
 * No rate is an error naming the pair and period: a figure is never converted with a guess.
 */
export function fxRate(from: string, to: string, period: string, t: FxTable = FX_TABLE): FxRate {
  const kind = period.length === 4 ? 'annual average' : 'monthly average'
  const pair = `${from}/${to}`
  if (from === to) return { pair, period, kind, rate: 1 }
  const a = perEuro(t, from, period)
  const b = perEuro(t, to, period)
  if (a === undefined || b === undefined) throw noRate(t, pair, period, kind)
  return { pair, period, kind, rate: Math.round((b / a) * 1e9) / 1e9 }
}

function noRate(t: FxTable, pair: string, period: string, kind: string): AppError {
  const keys = Object.keys(period.length === 4 ? t.annual : t.monthly).sort()
  const span = keys.length ? `${kind}s cover ${keys[0]} to ${keys.at(-1)} for ${t.currencies.join(', ')} per EUR` : 'the table is empty'
  return new AppError(409, `no fx rate for ${pair} in ${period} (the fx table's ${span}; source: ECB reference rates)`)
}
