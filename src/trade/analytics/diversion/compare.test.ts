import { describe, expect, test } from 'vitest'
import { compareCorridor, excessOf, fallOf, offsetOf } from './compare.js'
import { checkWindows, monthIndex, parseWindow, type Series } from './windows.js'

const series = (year: number, values: (number | null)[], first = 1): Series =>
  new Map(values.flatMap((v, i) => (v == null ? [] : [[monthIndex(year, first + i), v] as [number, number]])))
const merge = (...s: Series[]): Series => new Map(s.flatMap((x) => [...x]))
const Q1_21 = parseWindow('2021-Q1', 'baseline')
const Q1_23 = parseWindow('2023-Q1', 'period')

describe('windows', () => {
  test('years, quarters and months', () => {
    expect(parseWindow('2021', 'baseline')).toEqual({ label: '2021', start: monthIndex(2021, 1), months: 12 })
    expect(parseWindow('2021-Q3', 'baseline')).toEqual({ label: '2021-Q3', start: monthIndex(2021, 7), months: 3 })
    expect(parseWindow('2023-05', 'period')).toEqual({ label: '2023-05', start: monthIndex(2023, 5), months: 1 })
    expect(() => parseWindow('2023-13', 'period')).toThrow('invalid period: "2023-13" (expected a year 2021, a quarter 2021-Q3 or a month 2023-05)')
  })
  test('windows of unequal length or overlapping are refused', () => {
    expect(() => checkWindows(parseWindow('2021', 'b'), Q1_23)).toThrow('invalid period: "2023-Q1" (3 months) is not as long as baseline "2021" (12 months)')
    expect(() => checkWindows(parseWindow('2021', 'b'), parseWindow('2021', 'p'))).toThrow('overlaps baseline')
  })
})

describe('one corridor, month for month', () => {
  test('ratio, change, excess and offset (hand-checked)', () => {
    const s = merge(series(2021, [10, 10, 10]), series(2023, [15, 15, 15]))
    const c = compareCorridor('ARM', s, s, Q1_21, Q1_23)
    expect(c).toMatchObject({ baseline: 30, period: 45, ratio: 1.5, change: 15, months: 3, of: 3, note: null })
    const t = merge(series(2021, [100, 100, 100]), series(2023, [20, 20, 20]))
    const target = compareCorridor('RUS', t, t, Q1_21, Q1_23)
    expect(fallOf(target)).toBe(240)
    expect(excessOf(c)).toBe(15)
    expect(offsetOf(excessOf(c), fallOf(target))).toBe(0.0625)
    // With a growth g = 1.2 expected anyway: excess = 45 - 1.2 * 30 = 9; a fall of a rising corridor is 0.
    expect(excessOf(c, 1.2)).toBeCloseTo(9)
    expect(fallOf(c)).toBe(0)
    expect(offsetOf(15, 0)).toBeNull()
  })
  test('11 months against 12: the same 11 months of both, and the note says so', () => {
    const s = merge(series(2021, Array(12).fill(10)), series(2023, [...Array(11).fill(20), null]))
    const c = compareCorridor('KGZ', s, s, parseWindow('2021', 'b'), parseWindow('2023', 'p'))
    expect(c).toMatchObject({ baseline: 110, period: 220, ratio: 2, change: 110, months: 11, of: 12 })
    expect(c.note).toBe('compared month for month over the 11 of 12 months both have: 2021-01..2021-11 vs 2023-01..2023-11')
  })
  test('a missing baseline is missing with its reason, never zero growth or infinity', () => {
    const s = series(2023, [7, 7, 7])
    expect(compareCorridor('GEO', s, s, Q1_21, Q1_23)).toEqual({ baseline: null, period: null, ratio: null, change: null, months: 0, of: 3, compared: null, note: 'missing: no data for exports to GEO in baseline 2021-Q1' })
    expect(excessOf(compareCorridor('GEO', s, s, Q1_21, Q1_23))).toBeNull()
  })
  test('a zero baseline gives no ratio, and says why', () => {
    const s = merge(series(2021, [0, 0, 0]), series(2023, [5, 5, 5]))
    expect(compareCorridor('GEO', s, s, Q1_21, Q1_23)).toMatchObject({ baseline: 0, period: 15, ratio: null, change: 15, note: 'no ratio: exports to GEO were zero in baseline 2021-Q1' })
  })
})
