import { AppError } from '../../errors.js'
import { fxRate } from '../../trade/fx/rates.js'
import type { Reason, Shipment } from '../model.js'
import type { Weights } from '../weights.js'

/** The spread of a group of log unit values: median and median absolute deviation. */
export interface Spread {
  median: number
  mad: number
  n: number
}

// The MAD of a normal distribution is 0.6745 sigma: 1.4826 x MAD estimates sigma robustly.
const MAD_TO_SIGMA = 1.4826
// Unit values of one HS6 rarely agree to within 2% (log 0.02): a floor keeps a group of near
// identical prices from calling a 3% difference "far".
const MIN_MAD = 0.02

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Median and MAD of the values (log unit values here): a few wild prices do not move them. */
export function spread(xs: number[]): Spread {
  const m = median(xs)
  return { median: m, mad: median(xs.map((x) => Math.abs(x - m))), n: xs.length }
}

/** How many robust standard deviations `x` lies from the group's median (signed). */
export function robustZ(x: number, g: Spread): number {
  return (x - g.median) / (MAD_TO_SIGMA * Math.max(g.mad, MIN_MAD))
}

const rowsText = (n: number) => `${n} row${n === 1 ? '' : 's'}`
const money = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3))

/**
 * Unit value (USD per unit of quantity) far from the median of the file's shipments of the same
 * HS6 and unit, on a log scale: robust z beyond `robust_z`. Values are converted to USD at the
 * ECB monthly average of the shipment's month (annual when the month is missing). Rows without
 * a quantity, a rate, or enough peers are not judged (`notes` count them).
 */
export function unitValueFactor(
  rows: Shipment[],
  w: Weights
): { reasons: (s: Shipment) => Reason | undefined; notes: string[] } {
  const { robust_z, min_rows } = w.settings.unit_value
  const rates = new Map<string, number | undefined>()
  const usd = (s: Shipment) => {
    const key = `${s.currency}|${s.date.slice(0, 7)}`
    if (!rates.has(key)) rates.set(key, usdRate(s.currency, s.date))
    const r = rates.get(key)
    return r === undefined ? undefined : s.value * r
  }
  const logs = new Map<Shipment, number>()
  const groups = new Map<string, number[]>()
  let noQty = 0
  let noRate = 0
  for (const s of rows) {
    if (!s.quantity || s.hs.length < 6) {
      noQty++
      continue
    }
    const v = usd(s)
    if (v === undefined) {
      noRate++
      continue
    }
    const x = Math.log(v / s.quantity)
    logs.set(s, x)
    const g = `${s.hs.slice(0, 6)}|${s.unit}`
    if (!groups.has(g)) groups.set(g, [])
    groups.get(g)!.push(x)
  }
  const spreads = new Map(
    [...groups].filter(([, xs]) => xs.length >= min_rows).map(([g, xs]) => [g, spread(xs)])
  )
  const few = [...groups].filter(([g]) => !spreads.has(g)).reduce((n, [, xs]) => n + xs.length, 0)
  const notes = [
    `unit values compared with the file's own shipments of the same HS6 and unit (at least ${min_rows}); flagged beyond a robust z of ${robust_z}`,
    ...(noQty
      ? [
          `${rowsText(noQty)} not judged: no quantity or net weight, or an HS code shorter than 6 digits`,
        ]
      : []),
    ...(noRate ? [`${rowsText(noRate)} not judged: no ECB rate for the currency and month`] : []),
    ...(few
      ? [`${rowsText(few)} not judged: fewer than ${min_rows} shipments of the same HS6 and unit`]
      : []),
  ]
  const reasons = (s: Shipment): Reason | undefined => {
    const x = logs.get(s)
    const g = x === undefined ? undefined : spreads.get(`${s.hs.slice(0, 6)}|${s.unit}`)
    if (x === undefined || !g) return undefined
    const z = robustZ(x, g)
    if (Math.abs(z) < robust_z) return undefined
    const ratio = Math.exp(Math.abs(x - g.median))
    return {
      factor: 'unit_value',
      points: w.points.unit_value,
      why: `unit value ${money(Math.exp(x))} USD/${s.unit} is ${ratio.toFixed(1)}x ${z < 0 ? 'below' : 'above'} the median ${money(Math.exp(g.median))} USD/${s.unit} of ${g.n} shipments of HS ${s.hs.slice(0, 6)} in this file (robust z ${z.toFixed(1)}; flagged beyond ±${robust_z})`,
    }
  }
  return { reasons, notes }
}

function usdRate(currency: string, date: string): number | undefined {
  for (const period of [date.slice(0, 7), date.slice(0, 4)]) {
    try {
      return fxRate(currency, 'USD', period).rate
    } catch (err) {
      if (!(err instanceof AppError)) throw err
    }
  }
  return undefined
}
