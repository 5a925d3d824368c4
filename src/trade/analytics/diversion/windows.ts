import { badInput } from '../../../errors.js'
import { parseBound } from '../periods.js'

/** A run of whole months, as asked: 2021 (12 months), 2021-Q3 (3), 2023-05 (1). */
export interface Window {
  label: string
  /** The first month as an index: year * 12 + month - 1. */
  start: number
  months: number
}

/** Monthly values keyed by month index; a month absent has no data (not zero). */
export type Series = Map<number, number>

export const monthIndex = (year: number, month: number) => year * 12 + month - 1
export const monthLabel = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`

export function parseWindow(raw: string, name: string): Window {
  let a, b
  try {
    a = parseBound(raw, false)
    b = parseBound(raw, true)
  } catch {
    throw badInput(`invalid ${name}: "${raw}" (expected a year 2021, a quarter 2021-Q3 or a month 2023-05)`)
  }
  const start = monthIndex(a.year, a.month)
  return { label: raw.trim(), start, months: monthIndex(b.year, b.month) - start + 1 }
}

/**
 * Baseline and period must span as many months, or a ratio compares a year with a quarter. Their
 * months are then paired in order (January with January for two years): month for month.
 */
export function checkWindows(baseline: Window, period: Window): void {
  if (baseline.months !== period.months) {
    throw badInput(`invalid period: "${period.label}" (${period.months} months) is not as long as baseline "${baseline.label}" (${baseline.months} months); compare a year with a year, a quarter with a quarter`)
  }
  if (period.start < baseline.start + baseline.months && baseline.start < period.start + period.months) {
    throw badInput(`invalid period: "${period.label}" overlaps baseline "${baseline.label}"`)
  }
}

/** The pairs of months (baseline month, period month) where both have data, in order. */
export function commonMonths(base: Series, period: Series, bw: Window, pw: Window): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < bw.months; i++) if (base.has(bw.start + i) && period.has(pw.start + i)) out.push([bw.start + i, pw.start + i])
  return out
}

/** Months of a window that have data. */
export function monthsWithData(s: Series, w: Window): number[] {
  const out: number[] = []
  for (let i = 0; i < w.months; i++) if (s.has(w.start + i)) out.push(w.start + i)
  return out
}

/** "2021-01..2021-11", or a list when the months are not one run. */
export function monthsText(months: number[]): string {
  if (!months.length) return 'none'
  const run = months.every((m, i) => i === 0 || m === months[i - 1] + 1)
  if (run) return months.length === 1 ? monthLabel(months[0]) : `${monthLabel(months[0])}..${monthLabel(months.at(-1)!)}`
  return months.map(monthLabel).join(', ')
}
