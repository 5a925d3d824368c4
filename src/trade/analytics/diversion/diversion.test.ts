import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../../store/open.js'
import type { Store } from '../../../store/store.js'
import { tempDir } from '../../../test-support/files.js'
import { diversion, type DiversionQuery } from './diversion.js'
import { loadDiversionFixture } from './fixtures.js'
import { ingest } from '../../ingest/ingest.js'
import { writeFixture } from '../../../test-support/files.js'

let store: Store
beforeAll(async () => {
  store = await openStore(':memory:')
  await loadDiversionFixture(store, tempDir(), { products: true })
})
afterAll(() => store.close())

const Q: DiversionQuery = { exporter: 'EU27', target: 'RUS', via: 'KGZ,ARM,GEO', baseline: '2021-Q1', period: '2023-Q1' }
const pick = (r: { country: string; baseline: number | null; period: number | null; ratio: number | null; change: number | null }) => [r.country, r.baseline, r.period, r.ratio, r.change]

describe('diversion on a hand-checked file (fixtures.ts)', () => {
  test('target and corridors: values, ratio, change, excess, offset; ranked by ratio, missing last', async () => {
    const r = await diversion(store, Q)
    expect(pick(r.target)).toEqual(['RUS', 300, 60, 0.2, -240])
    expect(r.target.fall).toBe(240)
    expect(r.rows.map(pick)).toEqual([
      ['KGZ', 20, 100, 5, 80],
      ['ARM', 30, 45, 1.5, 15],
      ['GEO', null, null, null, null],
    ])
    expect(r.rows.map((x) => [x.excess, x.offset])).toEqual([[80, 80 / 240], [15, 15 / 240], [null, null]])
  })
  test('a group is its aggregate row where the data has one, else the sum of members, never both', async () => {
    const r = await diversion(store, Q)
    // RUS: the EU27 row says 300; its members (180 + 120) would double it to 600 if added.
    expect(r.target.baseline).toBe(300)
    expect(r.target.sources).toEqual(['EU27: its aggregate row EU27 (the rows of 2 members not added)'])
    // ARM has no EU27 row: Germany and France are summed.
    expect(r.rows.find((x) => x.country === 'ARM')!.sources).toEqual(['EU27: sum of 2 of 27 members (no aggregate row EU27 in the data)'])
    // The members alone, as a list, give the same RUS figure as the aggregate row.
    const members = await diversion(store, { ...Q, exporter: 'DEU,FRA' })
    expect(members.target.baseline).toBe(300)
  })
  test('a window with a month missing is compared month for month, and the answer says so', async () => {
    const r = await diversion(store, Q)
    const kgz = r.rows.find((x) => x.country === 'KGZ')!
    expect(kgz).toMatchObject({ months: 2, of: 3, compared: '2021-01..2021-02 vs 2023-01..2023-02' })
    expect(r.warnings).toContain('KGZ: compared month for month over the 2 of 3 months both have: 2021-01..2021-02 vs 2023-01..2023-02')
    expect(r.warnings).toContain('GEO: missing: no data for exports to GEO in baseline 2021-Q1')
  })
  test('a partial period is named', async () => {
    const r = await diversion(store, { ...Q, baseline: '2021', period: '2023' })
    expect(r.warnings).toContain('baseline 2021 is partial: data for 3 of 12 months (2021-01..2021-03); compared month for month with the same months of the other window')
    expect(r.target).toMatchObject({ baseline: 300, period: 60, months: 3, of: 12 })
  })
  test('--by product ranks the codes behind the rise, with names', async () => {
    const r = await diversion(store, { ...Q, exporter: 'DEU', via: 'KGZ', by: 'product' })
    const kgz = r.rows[0]
    expect(kgz.products!.map((p) => [p.hs, p.baseline, p.period, p.change])).toEqual([['847150', 2, 18, 16], ['300490', 4, 4, 0]])
    expect(r.datasets.map((d) => d.file).sort()).toEqual(['deu-kgz-hs6.csv', 'eu-exports.csv'])
  })
  test('unknown countries and groups are errors with close matches', async () => {
    await expect(diversion(store, { ...Q, exporter: 'EU72' })).rejects.toThrow(/unknown country or group: "EU72" for exporter \(did you mean EU27/)
    await expect(diversion(store, { ...Q, via: 'KGZ,Kyrgystan' })).rejects.toThrow(/unknown country: "Kyrgystan" for via \(did you mean KGZ/)
    await expect(diversion(store, { ...Q, target: 'RUSS' })).rejects.toThrow(/unknown country: "RUSS" for target/)
  })
})

describe('a corridor the data does not have', () => {
  test('missing with the reason, not zero growth', async () => {
    const r = await diversion(store, { ...Q, via: 'KAZ' })
    expect(r.rows[0]).toMatchObject({ country: 'KAZ', baseline: null, ratio: null, excess: null, note: 'missing: the loaded data has no exports to KAZ from this exporter', sources: ['EU27: no rows for it or its members in the loaded data'] })
  })
})

// Regression: with an annual dataset loaded (the IMF file: Russia's own trade), diversion failed
// with "period grain month is finer than the data ... (use --by year)", an option it does not
// have, though the file holds no exports of the exporters asked about.
describe('annual datasets beside the monthly ones', () => {
  const annual = (dir: string, name: string, reporter: string) =>
    writeFixture(dir, name, `${'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'}\n2021,${reporter},417,X,TOTAL,C00,0,0,900\n2023,${reporter},417,X,TOTAL,C00,0,0,999\n`)
  test("another reporter's annual file has no say; the exporters' own annual file is left out, named", async () => {
    const s = await openStore(':memory:')
    try {
      const dir = tempDir()
      await loadDiversionFixture(s, dir)
      const before = await diversion(s, Q)
      await ingest(s, annual(dir, 'rus-annual.csv', '643'), { format: 'comtrade' })
      const withOther = await diversion(s, Q)
      expect(withOther.rows).toEqual(before.rows)
      expect(withOther.warnings).toEqual(before.warnings)
      await ingest(s, annual(dir, 'deu-annual.csv', '276'), { format: 'comtrade' })
      const withOwn = await diversion(s, Q)
      expect(withOwn.rows).toEqual(before.rows)
      expect(withOwn.warnings.filter((w) => w.startsWith('left out:'))).toEqual([
        expect.stringMatching(/^left out: deu-annual\.csv \[[0-9a-f]{16}\] \(annual figures only; diversion compares month by month\)$/),
      ])
    } finally {
      await s.close()
    }
  })
})
