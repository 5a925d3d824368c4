import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { sharedData } from '../test-support/files.js'
import { articleDate } from './article-date.js'
import { extractClaims, type ExtractedClaim } from './extract.js'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const brief = (c: ExtractedClaim) => ['importer' in c ? c.importer : `exporter ${c.exporter}`, c.partner, c.basket, c.period, c.measure, c.comparator, c.figure, c.figure_high ?? null]
const seed = sharedData('articles/china-russia-military-expansion-2024-07.txt')

describe('claims extract', () => {
  test.skipIf(!seed.present)('the seed article: both figures, mapped to RUS, CHN, basket, period, comparator (date from its date line)', () => {
    const text = readFileSync(seed.path, 'utf8')
    expect(articleDate(text)).toEqual({ year: 2024, month: 7, day: 6 })
    const claims = extractClaims(text, { date: articleDate(text) })
    expect(claims.map(brief)).toEqual([
      ['RUS', 'CHN', 'machine-tools', '2023-Q4', 'share', 'over', 0.7, null],
      ['RUS', 'CHN', 'microelectronics', '2023', 'share', 'about', 0.9, null],
    ])
    expect(claims[0].words).toEqual({ figure: '70%', comparator: 'over', importer: 'Russia (imported by)', partner: 'China (provided)', basket: 'machine tools', period: 'the last quarter of 2023' })
    expect(claims[1].words.period).toBe('last year')
    expect(claims.every((c) => c.unmapped.length === 0)).toBe(true)
  })

  test('a chips report: demonyms, a group, each comparator, a quarter without its year read from the article date', () => {
    const text = fixture('chips-report.txt')
    expect(extractClaims(text, { date: articleDate(text) }).map(brief)).toEqual([
      ['RUS', 'CHN', 'integrated-circuits', '2023', 'share', 'over', 0.6, null],
      ['RUS', 'CHN+HKG', 'integrated-circuits', '2023-Q4', 'share', 'about', 0.85, null],
      ['RUS', 'TUR', 'microelectronics', '2023', 'share', 'under', 0.05, null],
      ['RUS', 'IRN', 'drones', '2023-Q1', 'share', 'between', 0.1, 0.15],
    ])
  })

  test('a goods report: levels of a rise, a value, a change, an exporter, a fraction word; unmapped fields say why', () => {
    const text = fixture('goods-report.txt')
    const claims = extractClaims(text, { date: articleDate(text) })
    expect(claims.map(brief)).toEqual([
      ['RUS', 'CHN', 'total', '2021', 'share', 'about', 0.25, null],
      ['RUS', 'CHN', 'total', '2023', 'share', 'about', 0.45, null],
      ['RUS', 'WLD', 'chpl', '2023', 'value', 'about', 12500000000, null],
      ['RUS', 'CHN', 'bearings', '2023', 'change', 'about', 0.4, null],
      [null, 'CHN', 'microelectronics', null, 'share', 'about', 0.9, null],
      ['exporter RUS', 'KAZ', 'total', '2022', 'share', 'about', 0.03, null],
      ['RUS', 'CHN', 'machine-tools', '2022', 'share', 'about', 0.5, null],
      ['RUS', 'CHN', null, '2023', 'share', 'about', 0.3, null],
    ])
    expect(claims[4].unmapped).toEqual([
      { field: 'importer', reason: '"its" refers to a country named outside the sentence' },
      { field: 'period', reason: 'no period named' },
    ])
    expect(claims[7].unmapped).toEqual([{ field: 'basket', reason: `"car" is not a basket in the project's data (see: chokepoint baskets)` }])
  })

  test.each([
    ['last year', '2024-03-15', '2023'],
    ['last quarter', '2024-03-15', '2023-Q4'],
    ['the first quarter', '2024-03-15', '2023-Q1'],
    ['the first quarter', '2024-07-06', '2024-Q1'],
    ['this year', '2024-07-06', '2024'],
    ['in May', '2024-07-06', '2024-05'],
    ['the first ten months of 2023', '2024-07-06', '2023-01..2023-10'],
    ['the first half of 2023', '2024-07-06', '2023-01..2023-06'],
  ])('"%s" written on %s is %s', (phrase, day, period) => {
    const [year, month, d] = day.split('-').map(Number)
    const [c] = extractClaims(`China supplied 60% of the chips Russia imported ${phrase}.`, { date: { year, month, day: d } })
    expect(c.period).toBe(period)
  })

  test('a relative period without the article date is null, with the reason', () => {
    const [c] = extractClaims('China supplied 60% of the chips Russia imported last year.')
    expect(c.period).toBeNull()
    expect(c.unmapped).toEqual([{ field: 'period', reason: "a relative period needs the article's date (give --date YYYY-MM-DD)" }])
  })

  test('an article with no claims is an empty list, not an error', () => {
    expect(extractClaims('')).toEqual([])
    expect(extractClaims('Officials met in Capri. Inflation was 7.4% last year. The firm has 4,000 staff in 30 countries.')).toEqual([])
  })
})
