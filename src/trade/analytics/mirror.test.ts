import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { ingest } from '../ingest/ingest.js'
import { mirror, type MirrorQuery } from './mirror.js'

// Hand-checked mirror fixtures. Comext relational-view lines (EUR): "Germany Kyrgyzstan EXPORT 2022 60"
// is Germany's 2022 exports to Kyrgyzstan, 60 EUR; a Comtrade+ line (USD) for Kyrgyzstan (417) itself.
const EU27 = 'European Union - 27 countries (from 2020)'
const comext = (...lines: string[]) =>
  ['REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR', ...lines.map((l) => {
    const [rep, par, flow, period, value] = l.split('|')
    return `"${rep}","${par}",TOTAL,${flow},Total,"${period}",${value}`
  })].join('\n') + '\n'
const comtrade = (...lines: string[]) =>
  ['period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue', ...lines.map((l) => {
    const [period, partner, value] = l.split(' ')
    return `${period},417,${partner},M,TOTAL,C00,0,0,${value}`
  })].join('\n') + '\n'

let store: Store
let dir: string
beforeEach(async () => {
  store = await openStore(':memory:')
  dir = tempDir()
})
afterEach(() => store.close())

async function load(name: string, text: string) {
  await ingest(store, writeFixture(dir, name, text), { format: name.endsWith('.comtrade.csv') ? 'comtrade' : 'eurostat' })
}
const Q: MirrorQuery = { reporter: 'KGZ', partner: 'EU27', by: 'year' }
const byPeriod = async (q: Partial<MirrorQuery> = {}) => {
  const r = await mirror(store, { ...Q, ...q })
  return { r, at: Object.fromEntries(r.rows.map((x) => [x.period, x])) }
}

describe('mirror', () => {
  test('CIF/FOB: imports 53 CIF are 50 FOB; exports 100 leave a gap of 50, ratio 0.5', async () => {
    await load('exports.csv', comext('Germany|Kyrgyzstan|EXPORT|2022|60', 'France|Kyrgyzstan|EXPORT|2022|40'))
    await load('imports.csv', comext(`Kyrgyzstan|${EU27}|IMPORT|Y2022|53`))
    const { at, r } = await byPeriod()
    expect(at['2022']).toMatchObject({ partner_reported_exports: 100, reporter_reported_imports: 53, imports_fob: 50, gap: 50, gap_ratio: 0.5, currency: 'EUR', notes: [] })
    expect(r.sides.exports.sources).toEqual(['sum of 2 of 27 members'])
    expect(r.sides.imports.sources).toEqual(['aggregate row EU27'])
    expect(r.datasets.map((d) => [d.file, d.side])).toEqual([['exports.csv', 'exports'], ['imports.csv', 'imports']])
  })

  // Regression guard: a group's aggregate row and its members' rows must never both be counted.
  test('a group: its aggregate row where the source has one, else its members summed, never both', async () => {
    await load('exports.csv', comext(`${EU27}|Kyrgyzstan|EXPORT|2022|100`, 'Germany|Kyrgyzstan|EXPORT|2022|60', 'France|Kyrgyzstan|EXPORT|2022|40', 'Germany|Kyrgyzstan|EXPORT|2021|7', 'France|Kyrgyzstan|EXPORT|2021|3'))
    await load('imports.csv', comext(`Kyrgyzstan|${EU27}|IMPORT|Y2022|106`, 'Kyrgyzstan|Germany|IMPORT|Y2022|50', 'Kyrgyzstan|Germany|IMPORT|Y2021|21.2'))
    const { at, r } = await byPeriod()
    expect(at['2022']).toMatchObject({ partner_reported_exports: 100, reporter_reported_imports: 106, gap: 0 })
    expect(at['2021'].partner_reported_exports).toBe(10)
    expect(at['2021'].reporter_reported_imports).toBe(21.2)
    expect(at['2021'].gap).toBeCloseTo(-10, 9)
    expect(r.sides.exports.sources.sort()).toEqual(['aggregate row EU27', 'sum of 2 of 27 members'])
  })

  test('a single partner country is compared as it is', async () => {
    await load('exports.csv', comext('Germany|Kyrgyzstan|EXPORT|2022|60', 'France|Kyrgyzstan|EXPORT|2022|40'))
    await load('imports.csv', comext('Kyrgyzstan|Germany|IMPORT|Y2022|63.6'))
    const { at } = await byPeriod({ partner: 'Germany' })
    expect(at['2022']).toMatchObject({ partner_reported_exports: 60, reporter_reported_imports: 63.6 })
    expect(at['2022'].gap).toBeCloseTo(0, 9)
  })

  test('a period one side lacks is shown missing with the reason, never as a zero gap', async () => {
    await load('exports.csv', comext('Germany|Kyrgyzstan|EXPORT|2022|60', 'Germany|Kyrgyzstan|EXPORT|2023|70'))
    await load('imports.csv', comext(`Kyrgyzstan|${EU27}|IMPORT|Y2022|53`))
    const { at, r } = await byPeriod()
    expect(at['2023']).toMatchObject({ partner_reported_exports: 70, reporter_reported_imports: null, imports_fob: null, gap: null, gap_ratio: null })
    expect(at['2023'].notes).toEqual(["reporter-reported imports missing: no loaded data of KGZ's imports from EU27 for this period"])
    expect(r.warnings).toContain("2023: reporter-reported imports missing: no loaded data of KGZ's imports from EU27 for this period")
  })

  test('fx: monthly data converts month by month at monthly averages, annual data at the annual average', async () => {
    // EUR/USD monthly averages 2022-01 1.131448, 2022-02 1.13419; annual 2022 1.053049 (the committed table).
    await load('exports.csv', comext('Germany|Kyrgyzstan|EXPORT|Jan. 2022|100', 'Germany|Kyrgyzstan|EXPORT|Feb. 2022|200'))
    await load('imports.comtrade.csv', comtrade('2022 276 1053.049'))
    const usd = (await byPeriod({ partner: 'DEU', currency: 'USD' })).at['2022']
    expect(usd.partner_reported_exports).toBeCloseTo(100 * 1.131448 + 200 * 1.13419, 6)
    expect(usd.fx.partner_reported_exports).toMatchObject({ from: 'EUR', to: 'USD', basis: '2 monthly averages 2022-01 to 2022-02, value-weighted' })
    expect(usd.reporter_reported_imports).toBe(1053.049)
    expect(usd.fx.reporter_reported_imports).toBeNull()
    const eur = (await byPeriod({ partner: 'DEU', currency: 'EUR' })).at['2022']
    expect(eur.partner_reported_exports).toBe(300)
    expect(eur.reporter_reported_imports).toBeCloseTo(1000, 6)
    expect(eur.fx.reporter_reported_imports).toEqual({ from: 'USD', to: 'EUR', basis: 'annual average 2022', rate: 0.949623 })
    // 2 months of exports against a whole year of imports: named, and no gap computed.
    expect(eur.gap).toBeNull()
    expect(eur.notes).toContain('gap not computed: the sides cover different months (exports 2, imports 12)')
  })

  test('sides in different currencies default to USD; a period without a rate is an error naming the pair and period', async () => {
    await load('exports.csv', comext('Germany|Kyrgyzstan|EXPORT|Jan. 2025|100'))
    await load('imports.comtrade.csv', comtrade('2025 276 5'))
    await expect(mirror(store, { ...Q, partner: 'DEU' })).rejects.toThrow(/^no fx rate for EUR\/USD in 2025-01 \(the fx table's monthly averages cover 2016-01 to 2024-09/)
    await expect(mirror(store, { ...Q, partner: 'DEU', currency: 'EUR' })).rejects.toThrow(/^no fx rate for USD\/EUR in 2025 \(the fx table's annual averages cover 2016 to 2023/)
  })

  test('bad input names the value', async () => {
    await expect(mirror(store, { ...Q, currency: 'XYZ' })).rejects.toThrow('invalid currency: "XYZ" (expected one of EUR, USD, GBP, CHF, JPY, CNY, TRY)')
    await expect(mirror(store, { ...Q, partner: 'EU72' })).rejects.toThrow(/^unknown country: "EU72" for partner/)
  })
})
