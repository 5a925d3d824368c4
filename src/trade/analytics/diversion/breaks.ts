import { monthLabel, type Series } from './windows.js'

// The monthly view of a corridor: levels before and after a break date, when the rise starts,
// and which months stand out. Medians and the MAD rather than means and standard deviations:
// trade series have single huge months (an aircraft, a turbine) that would otherwise move the
// level and hide every other anomaly. Method and reasons: docs/diversion.md.

/** Iglewicz and Hoaglin's cut-off for a modified z-score: |z| above it is an outlier. */
export const ANOMALY_Z = 3.5
/** A rise starts at the first of RISE_RUN months in a row whose z-score exceeds RISE_Z. */
export const RISE_Z = 2
export const RISE_RUN = 3
/** 1.4826 x MAD estimates the standard deviation of normal data (so z reads as usual). */
const MAD_SCALE = 1.4826

export interface MonthPoint {
  month: string
  value: number
  /** The value divided by its month-of-year seasonal factor. */
  adjusted: number
  /** Robust z-score of `adjusted` against the months before the break; null when they do not vary. */
  z: number | null
  anomaly: boolean
  /** The value as a percentage of the baseline's average month (set by diversion.ts; null without a baseline). */
  index?: number | null
}

export interface BreakAnalysis {
  break: string
  /** Median monthly value of the 12 months before the break, and of the 12 from it (null under 6 months). */
  before: number | null
  after: number | null
  rise_start: string | null
  seasonal: string
  points: MonthPoint[]
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const h = Math.floor(s.length / 2)
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2
}

/**
 * Multiplicative month-of-year factors from the months before the break: each month over its
 * year's median, then the median of those per month of the year, scaled to average 1. Needs
 * two years before the break (else no adjustment, said so); after the break the pattern may
 * itself have changed, so it is not used.
 */
export function seasonalFactors(series: Series, breakAt: number): { factors: number[]; note: string } {
  const pre = [...series].filter(([i]) => i < breakAt)
  const years = new Map<number, number[]>()
  for (const [i, v] of pre) years.set(Math.floor(i / 12), [...(years.get(Math.floor(i / 12)) ?? []), v])
  const yearMedian = new Map([...years].map(([y, vs]) => [y, median(vs)]))
  const ratios: number[][] = Array.from({ length: 12 }, () => [])
  for (const [i, v] of pre) {
    const m = yearMedian.get(Math.floor(i / 12))!
    if (m > 0) ratios[i % 12].push(v / m)
  }
  if (!series.size) return { factors: Array(12).fill(1), note: 'none: no data' }
  if (pre.length < 24 || ratios.some((r) => r.length < 2)) return { factors: Array(12).fill(1), note: 'none: fewer than two years of data before the break' }
  const raw = ratios.map(median)
  const mean = raw.reduce((s, v) => s + v, 0) / 12
  if (!(mean > 0)) return { factors: Array(12).fill(1), note: 'none: no exports before the break' }
  return { factors: raw.map((f) => (f > 0 ? f / mean : 1)), note: `month-of-year medians over the ${years.size} years before the break` }
}

/** Levels, rise start and anomaly flags of one corridor's monthly series around a break month. */
export function analyseBreak(series: Series, breakAt: number): BreakAnalysis {
  const { factors, note } = seasonalFactors(series, breakAt)
  const months = [...series.keys()].sort((a, b) => a - b)
  const adjusted = new Map(months.map((i) => [i, series.get(i)! / factors[i % 12]]))
  const reference = months.filter((i) => i < breakAt).map((i) => adjusted.get(i)!)
  const centre = reference.length ? median(reference) : 0
  const spread = reference.length ? MAD_SCALE * median(reference.map((v) => Math.abs(v - centre))) : 0
  const points = months.map((i): MonthPoint => {
    const z = spread > 0 ? (adjusted.get(i)! - centre) / spread : null
    return { month: monthLabel(i), value: series.get(i)!, adjusted: adjusted.get(i)!, z, anomaly: z != null && Math.abs(z) > ANOMALY_Z }
  })
  const level = (from: number, to: number) => {
    const vs = months.filter((i) => i >= from && i < to).map((i) => series.get(i)!)
    return vs.length >= 6 ? median(vs) : null
  }
  return { break: monthLabel(breakAt), before: level(breakAt - 12, breakAt), after: level(breakAt, breakAt + 12), rise_start: riseStart(points, months, breakAt), seasonal: note, points }
}

/** The first month from the break on that opens RISE_RUN consecutive months with z above RISE_Z. */
function riseStart(points: MonthPoint[], months: number[], breakAt: number): string | null {
  for (let k = 0; k + RISE_RUN <= points.length; k++) {
    if (months[k] < breakAt) continue
    const run = points.slice(k, k + RISE_RUN)
    const consecutive = months[k + RISE_RUN - 1] - months[k] === RISE_RUN - 1
    if (consecutive && run.every((p) => p.z != null && p.z > RISE_Z)) return points[k].month
  }
  return null
}
