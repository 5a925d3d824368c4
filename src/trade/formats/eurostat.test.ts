import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { shares } from '../analytics/shares.js'
import { openStore } from '../../store/open.js'
import {
  fixture,
  hasSharedData,
  load,
  loadError,
  sharedData,
  tempFile,
} from './test-support/load.js'

const opts = { format: 'eurostat' }
const monthly = readFileSync(fixture('eurostat-monthly.csv'), 'utf8')

describe('eurostat', () => {
  test('reads coded periods, flows and products; keeps Totals over procedure breakdowns', async () => {
    const { store, report } = await load(fixture('eurostat-monthly.csv'), opts)
    expect(report).toMatchObject({
      rows: 10,
      rejected: 0,
      periodFrom: '2023-01',
      periodTo: '2023-02',
    })
    expect(report.skipped).toEqual({
      'STAT_PROCEDURE is a breakdown of a Total row of the file': 2,
      'repeated header line': 1,
    })
    const deu = await store.all(
      `SELECT period, hs, value, net_kg FROM flow WHERE reporter = 'DEU' AND partner = 'GEO' ORDER BY period, hs, value`
    )
    // January: the Total row only. February has no Total row, so its procedures are summed.
    expect(deu).toEqual([
      { period: '2023-01', hs: 'TOTAL', value: 600, net_kg: 1000 },
      { period: '2023-02', hs: '8542', value: 70, net_kg: 50 },
      { period: '2023-02', hs: 'TOTAL', value: 50, net_kg: 100 },
      { period: '2023-02', hs: 'TOTAL', value: 400, net_kg: 600 },
    ])
    const [{ currency }] = await store.all<{ currency: string }>(
      `SELECT DISTINCT currency FROM flow`
    )
    expect(currency).toBe('EUR')
  })

  test('unmapped labels are reported with their row counts, and kept', async () => {
    const { store, report } = await load(fixture('eurostat-monthly.csv'), opts)
    expect(report.unmapped).toEqual([{ column: 'partner', code: 'Atlantis', rows: 1 }])
    expect(report.warnings).toEqual([
      'unmapped partner code "Atlantis" in 1 rows (kept as "?Atlantis")',
    ])
    expect(await store.all(`SELECT value FROM flow WHERE partner = '?Atlantis'`)).toEqual([
      { value: 5 },
    ])
  })

  test('EU27 and the euro area are aggregates: a mirror query never sums them with members', async () => {
    const { store } = await load(fixture('eurostat-monthly.csv'), opts)
    const kinds = await store.all(
      `SELECT code, kind FROM place WHERE code IN ('DEU', 'FRA', 'EU27', 'EA20') ORDER BY code`
    )
    expect(kinds).toEqual([
      { code: 'DEU', kind: 'country' },
      { code: 'EA20', kind: 'aggregate' },
      { code: 'EU27', kind: 'aggregate' },
      { code: 'FRA', kind: 'country' },
    ])
    const r = await shares(store, {
      importer: 'GEO',
      basis: 'mirror',
      basket: 'total',
      by: 'month',
    })
    expect(r.periods.map((p) => [p.period, p.total, p.denominator])).toEqual([
      ['2023-01', 900, 'sum of countries'],
      ['2023-02', 1000, 'sum of countries'],
    ])
    expect(r.rows.map((x) => [x.period, x.partner, x.value])).toEqual([
      ['2023-01', 'DEU', 600],
      ['2023-01', 'FRA', 300],
      ['2023-02', 'FRA', 550],
      ['2023-02', 'DEU', 450],
    ])
  })

  // Regression: "Korea (DPRK)" was read as South Korea (the label's "Korea" matched first).
  test('national yearly files: Y2019 and "Jan.-Dec." periods, region aggregates, residuals, alias labels', async () => {
    const { store, report } = await load(fixture('eurostat-national.csv'), opts)
    expect(report).toMatchObject({ rows: 13, unmapped: [], skipped: { 'repeated header line': 1 } })
    const r = await shares(store, { importer: 'KGZ', basket: 'total', by: 'year' })
    expect(r.periods.map((p) => [p.period, p.total, p.denominator])).toEqual([
      ['2022', 1000.5, 'world row'],
      ['2023', 2000, 'world row'],
    ])
    expect(r.rows.filter((x) => x.period === '2022').map((x) => x.partner)).toEqual([
      'RUS',
      'CHN',
      'DEU',
      'X899',
      'PRK',
    ])
    expect(r.rows.filter((x) => x.period === '2023').map((x) => x.partner)).toEqual(['RUS', 'SVK'])
  })
})

describe('eurostat bad input', () => {
  const bad = (text: string) => tempFile('comext.csv', text)
  const row =
    '"Germany (incl. German Democratic Republic \'DD\' from 1991)",Georgia,TOTAL-Total,2-EXPORT,Total,202301-Jan. 2023,600,10'
  test.each([
    [
      'bad period',
      row.replace('202301-Jan. 2023', 'Foo. 2023'),
      /comext\.csv:2: column PERIOD: bad value "Foo\. 2023" \(expected a period/,
    ],
    [
      'bad HS code',
      row.replace('TOTAL-Total', '854-Something'),
      /comext\.csv:2: column PRODUCT: bad value "854-Something" \(expected TOTAL or an HS code of 2, 4, 6, 8 digits\)/,
    ],
    [
      'negative value',
      row.replace(',600,', ',-600,'),
      /comext\.csv:2: column VALUE_IN_EUR: bad value "-600" \(expected a finite number >= 0\)/,
    ],
    [
      'non-numeric value',
      row.replace(',600,', ',"1,600",'),
      /comext\.csv:2: column VALUE_IN_EUR: bad value "1,600" \(expected a finite number >= 0\)/,
    ],
    [
      'bad flow',
      row.replace('2-EXPORT', '3-TRANSIT'),
      /comext\.csv:2: column FLOW: bad value "3-TRANSIT" \(expected one of IMPORT, EXPORT/,
    ],
  ])('%s', async (_, line, message) => {
    expect(await loadError(bad(`${monthly.split('\n')[0]}\n${line}\n`), opts)).toMatch(message)
  })

  test('missing column', async () => {
    const text = monthly.replace('VALUE_IN_EUR', 'VALUE_IN_USD')
    expect(await loadError(bad(text), opts)).toMatch(
      /comext\.csv: missing column VALUE_IN_EUR \(header has: REPORTER, PARTNER/
    )
  })
})

const DIR = 'eurostat-eu-exports-ru-neighbours'

describe.skipIf(!hasSharedData(DIR))(
  `eurostat real files (skipped: ${sharedData(DIR)} not found)`,
  () => {
    const files = hasSharedData(DIR)
      ? readdirSync(sharedData(DIR))
          .filter((f) => f.endsWith('.csv'))
          .sort()
      : []

    test('the main file and the four national files all load unchanged, every label mapped', async () => {
      const store = await openStore(':memory:')
      const loaded: [string, number, number][] = []
      for (const f of files) {
        const { report } = await load(sharedData(`${DIR}/${f}`), opts, store)
        expect(report.unmapped).toEqual([])
        loaded.push([f, report.rows, report.rejected])
      }
      expect(loaded).toEqual([
        ['eurostat_exports_to_GE_UZ_2019_2024.csv', 4132, 0],
        ['national_armenia_import_yearly.csv', 573, 0],
        ['national_kazakhstan_import_yearly.csv', 437, 0],
        ['national_kyrgyz_import_yearly.csv', 688, 0],
        ['national_uzbek_import_yearly.csv', 1175, 0],
      ])
      // Region and bloc labels of the national files are aggregates, "Unknown country" a residual.
      const kinds = await store.all(
        `SELECT code, kind FROM place WHERE code IN ('R-CIS', 'R-EAEU', 'R-SCO', 'R-ROW', 'R-AFR', 'EU27', 'X899', 'PRK') ORDER BY code`
      )
      expect(kinds).toEqual([
        { code: 'EU27', kind: 'aggregate' },
        { code: 'PRK', kind: 'country' },
        { code: 'R-AFR', kind: 'aggregate' },
        { code: 'R-CIS', kind: 'aggregate' },
        { code: 'R-EAEU', kind: 'aggregate' },
        { code: 'R-ROW', kind: 'aggregate' },
        { code: 'R-SCO', kind: 'aggregate' },
        { code: 'X899', kind: 'residual' },
      ])
      // Bloc rows (CIS, EAEU, SCO, "Rest of the world") are left out of the sum of partners,
      // which therefore stays within 2% of the World row instead of doubling it.
      for (const importer of ['KAZ', 'KGZ']) {
        const r = await shares(store, { importer, basket: 'total', by: 'year' })
        for (const p of r.periods) {
          expect(p.denominator).toBe('world row')
          expect(Math.abs(p.countries_total / p.total - 1)).toBeLessThan(0.02)
        }
      }
      await store.close()
    })

    test('EU exports to Georgia by member (mirror): EU27, EU, EA and EA20 are never summed with members', async () => {
      const { store } = await load(
        sharedData(`${DIR}/eurostat_exports_to_GE_UZ_2019_2024.csv`),
        opts
      )
      const reporters = await store.all<{ code: string; kind: string }>(
        `SELECT DISTINCT p.code, p.kind FROM flow f JOIN place p ON p.code = f.reporter ORDER BY p.code`
      )
      const aggregates = reporters.filter((r) => r.kind === 'aggregate').map((r) => r.code)
      expect(aggregates).toEqual(['EA', 'EA20', 'EU', 'EU27'])
      expect(reporters.filter((r) => r.kind === 'country')).toHaveLength(28) // EU27 members and the UK (2019)
      const r = await shares(store, {
        importer: 'GEO',
        basis: 'mirror',
        basket: 'total',
        by: 'year',
      })
      const partners = new Set(r.rows.map((x) => x.partner))
      for (const a of aggregates) expect(partners.has(a)).toBe(false)
      // The EU27 row equals the sum of its members: adding both would double the total.
      const [eu27] = await store.all<{ v: number }>(
        `SELECT sum(value) AS v FROM flow WHERE reporter = 'EU27' AND partner = 'GEO' AND year = 2023`
      )
      const y2023 = r.periods.find((p) => p.period === '2023')!
      expect(y2023.total).toBeCloseTo(eu27.v, 0)
      expect(y2023.total).toBe(3_622_781_788)
      expect(
        r.rows.filter((x) => x.period === '2023').reduce((s, x) => s + x.share!, 0)
      ).toBeCloseTo(1, 9)
    })
  }
)
