import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { ingest } from '../ingest/ingest.js'
import { shares } from './shares.js'

const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'
// Russia (643) imports of machine tools by month in 2023: China (156), Germany (276), Turkey (792);
// the file has both the heading 8456 and its subheadings, which must not be added together.
const MONTHLY = [
  HEADER,
  ...['202310', '202311', '202312'].flatMap((p) => [
    `${p},643,0,M,8456,C00,0,0,100`,
    `${p},643,156,M,8456,C00,0,0,70`,
    `${p},643,276,M,8456,C00,0,0,20`,
    `${p},643,792,M,8456,C00,0,0,10`,
    `${p},643,156,M,845611,C00,0,0,60`,
    `${p},643,156,M,845620,C00,0,0,10`,
  ]),
  `202301,643,0,M,8456,C00,0,0,100`,
  `202301,643,156,M,8456,C00,0,0,40`,
  `202301,643,276,M,8456,C00,0,0,60`,
  // Russia's aluminium exports, seen from buyers' imports (mirror of an exporter).
  `202301,156,643,M,7601,C00,0,0,300`,
  `202301,792,643,M,7601,C00,0,0,100`,
  `202301,97,643,M,7601,C00,0,0,50`,
].join('\n')

let store: Store
let dir: string
beforeEach(async () => {
  store = await openStore(':memory:')
  dir = tempDir()
  await ingest(store, writeFixture(dir, 'monthly.csv', MONTHLY + '\n'), { format: 'comtrade' })
})
afterEach(() => store.close())

const share = (rows: { period: string; partner: string; share: number | null }[], period: string, partner: string) =>
  rows.find((r) => r.period === period && r.partner === partner)?.share

describe('shares', () => {
  test('a quarter sums its months, against the World row, taking a heading at one HS level only', async () => {
    const r = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'quarter' })
    expect(share(r.rows, '2023-Q4', 'CHN')).toBeCloseTo(0.7, 9)
    expect(r.periods.find((p) => p.period === '2023-Q4')).toMatchObject({ total: 300, denominator: 'world row', months: 3 })
    expect(r.periods.find((p) => p.period === '2023-Q1')).toMatchObject({ months: 1 })
  })

  // Regression: the HS level was chosen per dataset, so a file with one heading at 4 digits and
  // another only at 6 digits lost the second heading.
  test('each basket code is read at the level the file has it', async () => {
    const mixed = writeFixture(
      dir,
      'mixed.csv',
      [HEADER, '2022,643,0,M,8456,C00,0,0,50', '2022,643,156,M,8456,C00,0,0,50', '2022,643,0,M,845811,C00,0,0,30', '2022,643,156,M,845811,C00,0,0,20', '2022,643,276,M,845811,C00,0,0,10'].join('\n') + '\n'
    )
    await ingest(store, mixed, { format: 'comtrade' })
    const r = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'year', from: '2022', to: '2022' })
    expect(r.periods[0].total).toBe(80)
    expect(r.rows.find((x) => x.partner === 'CHN')?.value).toBe(70)
  })

  test('a group partner (CHN+HKG: no HKG rows here; G7: Germany) is its members summed into one row', async () => {
    const r = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'quarter', partner: 'CHN+HKG' })
    expect(r.rows.map((x) => [x.period, x.partner, x.partner_name, x.value, x.share])).toEqual([
      ['2023-Q1', 'CHN+HKG', 'China incl. Hong Kong', 40, 0.4],
      ['2023-Q4', 'CHN+HKG', 'China incl. Hong Kong', 210, 0.7],
    ])
    const g7 = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'quarter', partner: 'G7', from: '2023-Q4' })
    expect(g7.rows.map((x) => [x.partner, x.value, x.share])).toEqual([['G7', 60, 0.2]])
  })

  test('top N folds the rest into "others" so shares still add up to 1', async () => {
    const r = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'year', top: 1 })
    expect(r.rows.map((x) => x.partner)).toEqual(['CHN', 'OTHERS'])
    expect(r.rows.reduce((s, x) => s + (x.share ?? 0), 0)).toBeCloseTo(1, 9)
  })

  test('concentration is the HHI of partner shares in percent', async () => {
    const r = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'quarter', from: '2023-Q4', to: '2023-Q4' })
    expect(r.periods).toHaveLength(1)
    expect(r.periods[0].hhi).toBe(70 ** 2 + 20 ** 2 + 10 ** 2)
  })

  test('change against a baseline period, in points', async () => {
    const r = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'quarter', baseline: '2023-Q1' })
    const chn = r.rows.find((x) => x.period === '2023-Q4' && x.partner === 'CHN')
    expect(chn?.baseline_share).toBeCloseTo(0.4, 9)
    expect(chn?.change_pts).toBeCloseTo(30, 9)
  })

  test('the buyers of an exporter, mirror basis, leave the EU aggregate out', async () => {
    const r = await shares(store, { exporter: 'RUS', basket: 'aluminium', by: 'year', basis: 'mirror' })
    expect(r.rows.map((x) => [x.partner, x.share])).toEqual([
      ['CHN', 0.75],
      ['TUR', 0.25],
    ])
    expect(r.basis_note).toMatch(/partners' reported imports from RUS/)
  })

  test('a period finer than the data is an error that says why', async () => {
    const annual = writeFixture(dir, 'annual.csv', `${HEADER}\n2021,643,0,M,TOTAL,C00,0,0,10\n2021,643,156,M,TOTAL,C00,0,0,5\n`)
    await ingest(store, annual, { format: 'comtrade' })
    await expect(shares(store, { importer: 'RUS', basket: 'total', by: 'quarter' })).rejects.toThrow(
      /period grain quarter is finer than the data: annual.csv \(comtrade\) has annual figures only/
    )
  })

  test('overlapping downloads are not added together: the latest load wins for a reporter and year', async () => {
    const a = writeFixture(dir, 'a.csv', `${HEADER}\n2021,643,0,M,TOTAL,C00,0,0,10\n2021,643,156,M,TOTAL,C00,0,0,5\n`)
    const b = writeFixture(dir, 'b.csv', `${HEADER}\n2021,643,0,M,TOTAL,C00,0,0,10\n2021,643,156,M,TOTAL,C00,0,0,6\n`)
    await ingest(store, a, { format: 'comtrade' })
    await new Promise((r) => setTimeout(r, 5))
    await ingest(store, b, { format: 'comtrade' })
    const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
    expect(r.rows).toEqual([expect.objectContaining({ partner: 'CHN', value: 6, share: 0.6 })])
    expect(r.datasets.map((d) => d.file)).toEqual(['b.csv'])
  })

  test.each([
    [{ importer: 'RUS', basket: 'nope', by: 'year' as const }, /unknown basket: "nope"/],
    [{ importer: 'RUS', exporter: 'CHN', basket: 'total', by: 'year' as const }, /exactly one of importer or exporter/],
    [{ importer: "R'; DROP TABLE flow;--", basket: 'total', by: 'year' as const }, /unknown country: "R'; DROP TABLE flow;--" for importer/],
    [{ importer: 'RUS', basket: 'total', by: 'year' as const, from: '2023', to: '2021' }, /from "2023" is after to "2021"/],
    [{ importer: 'RUS', basket: 'total', by: 'year' as const, from: '23' }, /invalid period: "23"/],
    [{ importer: 'RUS', basket: 'machine-tools', by: 'year' as const, from: '2099' }, /period out of range: from "2099" \(loaded data covers 2023-01 to 2023-12\)/],
    [{ importer: 'RUS', basket: 'machine-tools', by: 'year' as const, to: '2001' }, /period out of range: to "2001"/],
  ])('bad query %# is refused with a message naming the value', async (q, message) => {
    await expect(shares(store, q)).rejects.toThrow(message)
  })
})

describe('trend', () => {
  // Regression: trend --partner China (or CN, 156) missed the baseline row and printed the whole share as the change.
  test.each(['China', 'CN', '156', 'chn'])('partner %s is CHN, with the change from the baseline', async (partner) => {
    const { trend } = await import('./trend.js')
    const r = await trend(store, { importer: 'RUS', basket: 'machine-tools', by: 'month', baseline: '2023-01', partner })
    expect(r.partner).toBe('CHN')
    const oct = r.rows.find((x) => x.period === '2023-10')!
    expect(oct.baseline_share).toBeCloseTo(0.4)
    expect(oct.change_pts).toBeCloseTo(30)
  })
  // Regression: a partner with no rows was labelled in USD whatever the data's currency, and
  // named by its code ("CHN CHN").
  test('a partner the data has no rows for: a zero each period, named, in the data\'s currency', async () => {
    const { trend } = await import('./trend.js')
    const eur = await openStore(':memory:')
    try {
      await ingest(eur, new URL('../formats/fixtures/eurostat-monthly.csv', import.meta.url).pathname, { format: 'eurostat' })
      const r = await trend(eur, { exporter: 'DEU', basket: 'total', by: 'year', partner: 'China' })
      expect(r.currency).toBe('EUR')
      expect(r.rows.map((x) => [x.period, x.partner, x.partner_name, x.value, x.currency])).toEqual([['2023', 'CHN', 'China', 0, 'EUR']])
    } finally {
      await eur.close()
    }
  })

  test('no dataset answering: no currency claimed', async () => {
    const r = await shares(store, { exporter: 'FRA', basket: 'total', by: 'year' })
    expect([r.rows, r.datasets, r.currency]).toEqual([[], [], null])
    // Regression: with a baseline, "no data" became "baseline period not in the result".
    expect((await shares(store, { exporter: 'FRA', basket: 'total', by: 'year', baseline: '2023' })).rows).toEqual([])
    // Regression: an empty mirror read "reported by 0 reporters (of 250): ;".
    const mirror = await shares(store, { importer: 'GEO', basket: 'total', by: 'year', basis: 'mirror' })
    expect(mirror.basis_note).toMatch(/reported by 0 reporters \(of \d+\): none in the loaded data;/)
  })
})

// Regression: a --dataset id naming no loaded dataset answered "no rows", as if the data lacked it.
test('an unknown --dataset id is an error naming it and the loaded datasets', async () => {
  await expect(shares(store, { importer: 'RUS', basket: 'total', by: 'year', datasets: ['nope'] })).rejects.toThrow(
    /^no such dataset: "nope" \(loaded: monthly\.csv \[[0-9a-f]{16}\]; see chokepoint datasets, or GET \/datasets\)$/
  )
})
