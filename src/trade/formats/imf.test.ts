import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { shares } from '../analytics/shares.js'
import {
  fixture,
  hasSharedData,
  load,
  loadError,
  sharedData,
  tempFile,
} from './test-support/load.js'

const opts = { format: 'imf' }
const wide = readFileSync(fixture('imf-wide.csv'), 'utf8')

describe('imf wide (years as columns)', () => {
  test('unpivots years, scales to USD, skips empty cells and the trade balance', async () => {
    const { store, report } = await load(fixture('imf-wide.csv'), opts)
    expect(report).toMatchObject({ rows: 19, periodFrom: '2021', periodTo: '2023', unmapped: [] })
    expect(report.skipped).toEqual({
      'empty cell (no value for the period)': 5,
      'TBG_USD: trade balance (not a flow)': 3,
    })
    const rows = await store.all(
      `SELECT period, partner, partner_aggregate AS agg, flow, value FROM flow WHERE partner IN ('CHN', 'DEU') ORDER BY flow, partner, period`
    )
    expect(rows).toEqual([
      { period: '2021', partner: 'CHN', agg: false, flow: 'export', value: 20e6 },
      { period: '2022', partner: 'CHN', agg: false, flow: 'export', value: 40e6 },
      { period: '2023', partner: 'CHN', agg: false, flow: 'export', value: 50e6 },
      { period: '2021', partner: 'CHN', agg: false, flow: 'import', value: 25e6 },
      { period: '2022', partner: 'CHN', agg: false, flow: 'import', value: 30e6 },
      { period: '2023', partner: 'CHN', agg: false, flow: 'import', value: 54e6 },
      { period: '2021', partner: 'DEU', agg: false, flow: 'import', value: 10.5e6 },
      { period: '2023', partner: 'DEU', agg: false, flow: 'import', value: 6e6 },
    ])
    const places = await store.all(
      `SELECT code, name, kind FROM place WHERE code IN ('WLD', 'EU', 'IMF-GX170', 'IMF-TX898') ORDER BY code`
    )
    expect(places).toEqual([
      { code: 'EU', name: 'European Union', kind: 'aggregate' },
      { code: 'IMF-GX170', name: 'Europe', kind: 'aggregate' },
      { code: 'IMF-TX898', name: 'Countries & Areas not specified', kind: 'residual' },
      { code: 'WLD', name: 'World', kind: 'aggregate' },
    ])
  })

  test('shares use the World row as denominator and never count aggregates as partners', async () => {
    const { store } = await load(fixture('imf-wide.csv'), opts)
    const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
    expect(r.periods.map((p) => [p.period, p.total, p.denominator])).toEqual([
      ['2021', 100e6, 'world row'],
      ['2022', 80e6, 'world row'],
      ['2023', 120e6, 'world row'],
    ])
    expect(r.rows.filter((x) => x.period === '2023').map((x) => [x.partner, x.share])).toEqual([
      ['CHN', 0.45],
      ['DEU', 0.05],
      ['IMF-TX898', 0.5e6 / 120e6],
    ])
  })
})

describe('imf long (TIME_PERIOD, OBS_VALUE)', () => {
  test('reads monthly periods and UNIT_MULT', async () => {
    const { store, report } = await load(fixture('imf-long.csv'), opts)
    expect(report).toMatchObject({ rows: 5, periodFrom: '2023-01', periodTo: '2023-02' })
    const r = await shares(store, { importer: 'ARM', basket: 'total', by: 'month' })
    expect(r.rows.map((x) => [x.period, x.partner, x.value, x.share])).toEqual([
      ['2023-01', 'RUS', 150e3, 0.3],
      ['2023-01', 'CHN', 100e3, 0.2],
      ['2023-02', 'CHN', 80e3, 0.2],
    ])
  })
})

describe('imf bad input', () => {
  const bad = (text: string) => tempFile('imf.csv', text)
  test.each([
    [
      'non-numeric value',
      wide.replace('"10.5","","6"', '"10.5","abc","6"'),
      /imf\.csv:4: column 2022: bad value "abc" \(expected a finite number >= 0 or empty\)/,
    ],
    [
      'negative value',
      wide.replace('"10.5","","6"', '"10.5","-3","6"'),
      /imf\.csv:4: column 2022: bad value "-3" \(expected a finite number >= 0/,
    ],
    [
      'bad scale',
      wide.replace(',"6","Millions","25"', ',"x","Millions","25"'),
      /imf\.csv:3: column SCALE\.ID: bad value "x"/,
    ],
    [
      'unknown indicator',
      wide.replace('"XG_FOB_USD"', '"XG_USD"'),
      /imf\.csv:9: column INDICATOR\.ID: bad value "XG_USD" \(expected one of MG_CIF_USD, XG_FOB_USD/,
    ],
    [
      'bad period column',
      wide.replace('"2023"\n', '"2023-M13"\n'),
      /imf\.csv:1: column 2023-M13: bad period "2023-M13"/,
    ],
    [
      'missing column',
      wide.replace('"COUNTERPART_COUNTRY.ID",', '"OTHER",'),
      /imf\.csv: missing column COUNTERPART_COUNTRY\.ID or COUNTERPART_AREA/,
    ],
    [
      'no period columns',
      'COUNTRY.ID,INDICATOR.ID,COUNTERPART_COUNTRY.ID,SCALE.ID\nRUS,MG_CIF_USD,CHN,6\n',
      /missing column TIME_PERIOD and OBS_VALUE, or period columns/,
    ],
  ])('%s', async (_, text, message) => {
    expect(await loadError(bad(text), opts)).toMatch(message)
  })

  test('bad period in the long layout', async () => {
    const text = readFileSync(fixture('imf-long.csv'), 'utf8').replace('2023-M02,80', '2023-13,80')
    expect(await loadError(bad(text), opts)).toMatch(
      /imf\.csv:7: column TIME_PERIOD: bad value "2023-13" \(expected a period/
    )
  })
})

const REAL = 'imf-imts-russia-by-partner/RU_trade_IMF_IMTS_2016_2024.csv'

describe.skipIf(!hasSharedData(REAL))(
  `imf real file (skipped: ${sharedData(REAL)} not found)`,
  () => {
    test("China's share of Russia's imports: 24.8% in 2021, 45.2% in 2023 (IMF IMTS, World as denominator)", async () => {
      const { store, report } = await load(sharedData(REAL), opts)
      expect(report.rejected).toBe(0)
      expect(report.skipped).toEqual({ 'empty cell (no value for the period)': 526 })
      expect(report.unmapped).toEqual([])
      const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
      const china = new Map(
        r.rows.filter((x) => x.partner === 'CHN').map((x) => [x.period, x.share!])
      )
      expect((100 * china.get('2021')!).toFixed(1)).toBe('24.8')
      expect((100 * china.get('2023')!).toFixed(1)).toBe('45.2')
      for (const p of r.periods) expect(p.denominator).toBe('world row')
      const world2021 = r.periods.find((p) => p.period === '2021')!
      expect(world2021.total).toBeCloseTo(293_656_038_248, 0)
      const aggregates = await store.all<{ code: string }>(
        `SELECT code FROM place WHERE kind = 'aggregate'`
      )
      const partners = new Set(r.rows.map((x) => x.partner))
      expect(aggregates.length).toBeGreaterThan(10)
      for (const { code } of aggregates) expect(partners.has(code)).toBe(false)
    })
  }
)
