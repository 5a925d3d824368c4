import { describe, expect, test } from 'vitest'
import { analyseBreak, median, seasonalFactors } from './breaks.js'
import { monthIndex, type Series } from './windows.js'

const monthly = (year: number, values: number[]): [number, number][] => values.map((v, i) => [monthIndex(year, 1) + i, v])

describe('monthly series around a break', () => {
  test('median', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  test('seasonal factors: each month over its year median, median per month of year (hand-checked)', () => {
    // 8 and 12 in turn, two years: year median 10, so January-type months 0.8 and February-type 1.2.
    const s: Series = new Map([...monthly(2020, Array.from({ length: 12 }, (_, i) => (i % 2 ? 12 : 8))), ...monthly(2021, Array.from({ length: 12 }, (_, i) => (i % 2 ? 12 : 8)))])
    const { factors, note } = seasonalFactors(s, monthIndex(2022, 1))
    expect(factors.map((f) => +f.toFixed(6))).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? 1.2 : 0.8)))
    expect(note).toBe('month-of-year medians over the 2 years before the break')
  })
  // Regression: a corridor without any data was said to have "fewer than two years" of it.
  test('no data: said so', () => {
    expect(seasonalFactors(new Map(), monthIndex(2022, 3)).note).toBe('none: no data')
  })
  test('levels, rise start and anomalies (hand-checked)', () => {
    // One year before the break (too short to adjust): median 10, MAD 1, so z = (x - 10) / 1.4826.
    const pre = [9, 11, 9, 11, 9, 100, 9, 11, 9, 11, 10, 10]
    const post = [10, 30, 30, 30, 10, 10]
    const s: Series = new Map([...monthly(2021, pre), ...monthly(2022, post)])
    const b = analyseBreak(s, monthIndex(2022, 1))
    expect(b).toMatchObject({ break: '2022-01', before: 10, after: 20, rise_start: '2022-02', seasonal: 'none: fewer than two years of data before the break' })
    expect(b.points.filter((p) => p.anomaly).map((p) => p.month)).toEqual(['2021-06', '2022-02', '2022-03', '2022-04'])
    expect(b.points.find((p) => p.month === '2022-02')!.z).toBeCloseTo(20 / 1.4826, 6)
    expect(b.points.find((p) => p.month === '2022-01')!.z).toBe(0)
  })
  test('no rise when the months above do not run three in a row; no z when the months before do not vary', () => {
    const s: Series = new Map([...monthly(2021, Array(12).fill(10)), ...monthly(2022, [30, 30, 10, 30])])
    const b = analyseBreak(s, monthIndex(2022, 1))
    expect(b.rise_start).toBeNull()
    expect(b.points.every((p) => p.z === null && !p.anomaly)).toBe(true)
  })
})
