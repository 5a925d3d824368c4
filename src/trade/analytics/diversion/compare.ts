import { stableSum } from '../sum.js'
import { commonMonths, monthsText, monthsWithData, type Series, type Window } from './windows.js'

/** One corridor (exports to one country) in the baseline and the period, over the months both have. */
export interface Comparison {
  baseline: number | null
  period: number | null
  /** period / baseline; null when either is missing or the baseline is zero (never Infinity). */
  ratio: number | null
  change: number | null
  /** Months compared (both windows have data) of the months a window spans. */
  months: number
  of: number
  compared: string | null
  /** Why a figure is missing, or why fewer months were compared; null when all is there. */
  note: string | null
}


/**
 * Baseline and period summed over the months both have data for, paired in order (the 11th
 * month of one with the 11th of the other), so a period with 11 months of 12 is set against the
 * same 11 months of the baseline, and the note says so. A window with no data at all is missing,
 * with the reason: never zero growth, never an infinite ratio.
 */
export function compareCorridor(country: string, base: Series, period: Series, bw: Window, pw: Window): Comparison {
  const empty = { baseline: null, period: null, ratio: null, change: null, months: 0, of: bw.months, compared: null }
  const hasBase = monthsWithData(base, bw)
  const hasPeriod = monthsWithData(period, pw)
  if (!base.size && !period.size) return { ...empty, note: `missing: the loaded data has no exports to ${country} from this exporter` }
  if (!hasBase.length) return { ...empty, note: `missing: no data for exports to ${country} in baseline ${bw.label}` }
  if (!hasPeriod.length) return { ...empty, note: `missing: no data for exports to ${country} in period ${pw.label}` }
  const pairs = commonMonths(base, period, bw, pw)
  if (!pairs.length) return { ...empty, note: `missing: baseline ${bw.label} (${monthsText(hasBase)}) and period ${pw.label} (${monthsText(hasPeriod)}) have no month in common` }
  const b = stableSum(pairs.map(([m]) => base.get(m)!))
  const p = stableSum(pairs.map(([, m]) => period.get(m)!))
  const compared = `${monthsText(pairs.map(([m]) => m))} vs ${monthsText(pairs.map(([, m]) => m))}`
  const partial = pairs.length < bw.months ? `compared month for month over the ${pairs.length} of ${bw.months} months both have: ${compared}` : null
  const zero = b === 0 ? `no ratio: exports to ${country} were zero in baseline ${bw.label}` : null
  return { baseline: b, period: p, ratio: b === 0 ? null : p / b, change: p - b, months: pairs.length, of: bw.months, compared, note: [zero, partial].filter(Boolean).join('; ') || null }
}

/**
 * The rise to a transit country set against the fall to the target. With g the growth the
 * exporter's trade would have had anyway (1: none assumed, see docs/diversion.md):
 *   excess_i = max(0, period_i - g * baseline_i)       the corridor's rise beyond g
 *   fall_T   = max(0, g * baseline_T - period_T)       the target's fall below g
 *   offset_i = excess_i / fall_T                       the share of the fall the rise would make up
 * Null where the corridor or the target is missing, or the target did not fall (offset).
 */
export function excessOf(c: Comparison, g = 1): number | null {
  if (c.baseline == null || c.period == null) return null
  return Math.max(0, c.period - g * c.baseline)
}

export function fallOf(t: Comparison, g = 1): number | null {
  if (t.baseline == null || t.period == null) return null
  return Math.max(0, g * t.baseline - t.period)
}

export function offsetOf(excess: number | null, fall: number | null): number | null {
  return excess == null || fall == null || fall === 0 ? null : excess / fall
}
