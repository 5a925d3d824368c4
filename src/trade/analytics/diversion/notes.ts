import { monthsText, monthsWithData, type Series, type Window } from './windows.js'

/** How `excess` is defined, stated in every answer (docs/diversion.md explains the choice). */
export const EXCESS_METHOD =
  'excess = max(0, period - baseline) for a transit country (its rise, with g = 1: no growth assumed for trade elsewhere); fall = max(0, baseline - period) for the target; offset = excess / fall'

/**
 * A window the data covers only in part is named: "period 2024 is partial: data for 8 of 12
 * months (2024-01..2024-08)". Judged on all corridors together, so one thin corridor does not
 * make the whole period partial (its own row says so).
 */
export function partialWarnings(series: Series[], bw: Window, pw: Window): string[] {
  const out: string[] = []
  for (const [name, w] of [['baseline', bw], ['period', pw]] as const) {
    const months = [...new Set(series.flatMap((s) => monthsWithData(s, w)))].sort((a, b) => a - b)
    if (months.length && months.length < w.months) out.push(`${name} ${w.label} is partial: data for ${months.length} of ${w.months} months (${monthsText(months)}); compared month for month with the same months of the other window`)
  }
  return out
}
