import { badInput } from '../../errors.js'

export type Grain = 'year' | 'quarter' | 'month'
export const GRAINS: Grain[] = ['year', 'quarter', 'month']

export function parseGrain(raw: string): Grain {
  if (!GRAINS.includes(raw as Grain)) throw badInput(`invalid period grain: "${raw}" (expected year, quarter or month)`)
  return raw as Grain
}

/** SQL for the sub-year part of a period at a grain (grouped as a number: cheaper than text). */
export function periodPart(grain: Grain): string {
  if (grain === 'year') return `0`
  // `/` divides as floating point on both engines (DuckDB's `//` and ClickHouse's intDiv differ).
  if (grain === 'quarter') return `floor((month + 2) / 3)`
  return `month`
}

/** The period label from year and part: 2023, 2023-Q4, 2023-11. */
export function periodLabel(grain: Grain, year: number, part: number): string {
  if (grain === 'year') return String(year)
  if (grain === 'quarter') return `${year}-Q${part}`
  return `${year}-${String(part).padStart(2, '0')}`
}

/** A bound of a period range as (year, first or last month), from 2023, 2023-Q4, 2023-11 or 202311. */
export function parseBound(raw: string, end: boolean): { year: number; month: number } {
  const v = raw.trim()
  let m = /^(\d{4})$/.exec(v)
  if (m) return { year: +m[1], month: end ? 12 : 1 }
  m = /^(\d{4})-?Q([1-4])$/i.exec(v)
  if (m) return { year: +m[1], month: end ? +m[2] * 3 : +m[2] * 3 - 2 }
  m = /^(\d{4})-?(\d{2})$/.exec(v)
  if (m && +m[2] >= 1 && +m[2] <= 12) return { year: +m[1], month: +m[2] }
  throw badInput(`invalid period: "${raw}" (expected 2023, 2023-Q4 or 2023-11)`)
}

/** SQL condition for a period range; monthless (annual) rows compare by year alone. */
export function rangeCondition(from?: string, to?: string): string {
  // Inlined: the bounds are integers parsed above, and constants let DuckDB prune by zone maps.
  const parts: string[] = []
  if (from) {
    const b = parseBound(from, false)
    parts.push(`(year > ${b.year} OR (year = ${b.year} AND COALESCE(month, 12) >= ${b.month}))`)
  }
  if (to) {
    const b = parseBound(to, true)
    parts.push(`(year < ${b.year} OR (year = ${b.year} AND COALESCE(month, 1) <= ${b.month}))`)
  }
  if (from && to) {
    const a = parseBound(from, false)
    const b = parseBound(to, true)
    if (a.year * 12 + a.month > b.year * 12 + b.month) throw badInput(`invalid period range: from "${from}" is after to "${to}"`)
  }
  // 1 = 1: ClickHouse 18.16 has no TRUE.
  return parts.length ? parts.join(' AND ') : '1 = 1'
}

/** Months of a period that have data, from the year's month bits; annual data (no bits) counts 12. */
export function monthsCovered(grain: Grain, year: number, part: number, masks: Map<number, number>): number {
  const mask = masks.get(year) ?? 0
  if (mask === 0) return grain === 'year' && masks.has(year) ? 12 : 0
  const first = grain === 'year' ? 1 : grain === 'quarter' ? part * 3 - 2 : part
  const last = grain === 'year' ? 12 : grain === 'quarter' ? part * 3 : part
  let months = 0
  for (let m = first; m <= last; m++) if (mask & (1 << (m - 1))) months++
  return months
}

/**
 * A from/to outside every dataset a figure would come from is an error, not an empty answer:
 * the analyst asked for data that is not there and is told what is.
 */
export function checkInRange(spans: { period_from: string | null; period_to: string | null }[], from?: string, to?: string): void {
  const known = spans.filter((s) => s.period_from && s.period_to)
  if ((!from && !to) || !known.length) return
  const first = known.map((s) => s.period_from!).sort()[0]
  const last = known.map((s) => s.period_to!).sort().at(-1)!
  const at = (p: string, end: boolean) => {
    const b = parseBound(p, end)
    return b.year * 12 + b.month
  }
  const covered = `loaded data covers ${first} to ${last}`
  if (from && at(from, false) > at(last, true)) throw badInput(`period out of range: from "${from}" (${covered})`)
  if (to && at(to, true) < at(first, false)) throw badInput(`period out of range: to "${to}" (${covered})`)
}
