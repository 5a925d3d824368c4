import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { sharedData } from '../../test-support/files.js'
import { deriveRates, tableText, TABLE_FILE } from './derive.js'
import { FX_TABLE, fxRate } from './rates.js'

// The ECB's published annual averages (../shared/data/ecb-fx/SOURCE.txt): USD per EUR.
const ECB_ANNUAL_USD: [string, number][] = [['2021', 1.1827], ['2022', 1.053], ['2023', 1.0813]]

// Three days of a made-up daily file in the ECB's layout (newest first, trailing comma, N/A).
const DAILY = `Date,USD,JPY,GBP,CHF,CNY,TRY,RUB,
2021-02-01,1.2,130,0.9,1.1,7.8,8.8,N/A,
2021-01-29,1.3,131,0.8,1.0,7.7,8.7,90,
2021-01-04,1.1,129,0.7,1.2,7.9,8.9,91,
`

describe('fx table', () => {
  test.each(ECB_ANNUAL_USD)('committed annual average USD per EUR %s matches the ECB (%s)', (year, ecb) => {
    expect(Math.round(FX_TABLE.annual[year].USD * 1e4) / 1e4).toBe(ecb)
  })

  test('names its source and derivation, and covers EUR/USD monthly from 2016-01', () => {
    expect(FX_TABLE.source).toMatch(/European Central Bank/)
    expect(FX_TABLE.derivation).toMatch(/npm run fx:derive/)
    expect(FX_TABLE.monthly['2016-01'].USD).toBeGreaterThan(1)
    expect(Object.keys(FX_TABLE.annual)[0]).toBe('2016')
  })

  test('monthly means; a month and a year the file does not cover to the end are left out', () => {
    const t = deriveRates(DAILY, { fromYear: 2021 })
    expect(t.monthly['2021-01'].USD).toBe(1.2) // (1.1 + 1.3) / 2
    expect(t.monthly['2021-01'].GBP).toBe(0.75)
    expect(t.monthly['2021-02']).toBeUndefined() // the file stops on 1 February
    expect(t.annual['2021']).toBeUndefined()
    expect(t.days).toEqual({ first: '2021-01-04', last: '2021-02-01', count: 3 })
  })

  test('a file without the Date column or a currency is refused by name', () => {
    expect(() => deriveRates('Day,USD\n2021-01-04,1.1\n')).toThrow('not an ECB reference-rate file: first column "Day" (expected Date)')
    expect(() => deriveRates('Date,USD\n2021-01-04,1.1\n')).toThrow('ECB file has no column for currency: "GBP"')
  })

  const daily = sharedData('ecb-fx/eurofxref-hist.csv')
  test.skipIf(!daily.present)('the committed table is what the real ECB file derives to', () => {
    const derived = deriveRates(readFileSync(daily.path, 'utf8'))
    for (const [year, ecb] of ECB_ANNUAL_USD) expect(Math.round(derived.annual[year].USD * 1e4) / 1e4).toBe(ecb)
    expect(tableText(derived)).toBe(readFileSync(TABLE_FILE, 'utf8'))
  })
})

describe('fx rates', () => {
  test('monthly rate for a month, annual for a year, inverse and crossed through the euro', () => {
    expect(fxRate('EUR', 'USD', '2022-01')).toEqual({ pair: 'EUR/USD', period: '2022-01', kind: 'monthly average', rate: 1.131448 })
    expect(fxRate('EUR', 'USD', '2022')).toMatchObject({ kind: 'annual average', rate: 1.053049 })
    expect(fxRate('USD', 'EUR', '2022').rate).toBeCloseTo(1 / 1.053049, 9)
    expect(fxRate('USD', 'GBP', '2022').rate).toBeCloseTo(0.852761 / 1.053049, 9)
    expect(fxRate('USD', 'USD', '2030').rate).toBe(1)
  })

  test('no rate is an error naming the pair and the period', () => {
    expect(() => fxRate('EUR', 'USD', '2024')).toThrow(/^no fx rate for EUR\/USD in 2024 \(the fx table's annual averages cover 2016 to 2023/)
    expect(() => fxRate('EUR', 'USD', '2015-06')).toThrow(/^no fx rate for EUR\/USD in 2015-06 \(the fx table's monthly averages cover 2016-01 to 2024-09/)
    expect(() => fxRate('EUR', 'KZT', '2022')).toThrow(/^no fx rate for EUR\/KZT in 2022/)
  })
})
