import { expect } from 'vitest'
import type { Store } from '../../../store/store.js'
import { PERIODS, SUPPLIERS, supplyValue } from '../../../test-support/supply.js'
import { listDatasets } from '../../datasets.js'
import { diversion, type DiversionQuery } from '../diversion/diversion.js'
import { mirror, type MirrorQuery } from '../mirror.js'
import { shares, type SharesQuery, type SharesResult } from '../shares.js'
import { trend } from '../trend.js'
import { EU27_LABEL, MONTHLY, REAL, comext, comtrade, loadDiversion, loadFiles, loadReal, loadSupply, ruCustoms } from './fixtures.js'

// The questions every engine must answer alike: shares, trend, concentration, mirror, diversion
// and the dataset list, each on fixtures whose figures are checked by hand here, so the suite
// means something on DuckDB alone; with a second engine, its answers must also equal DuckDB's.

export interface Question {
  name: string
  ask: (store: Store) => Promise<unknown>
  /** What a user would check in the answer (any engine). */
  check: (answer: never) => void
}

export interface Scenario {
  name: string
  load: (store: Store, dir: string) => Promise<void>
  questions: Question[]
  /** Why the scenario cannot run here (real data absent), if it cannot. */
  skip?: string
}

const ask = {
  shares: (q: SharesQuery) => (store: Store) => shares(store, q),
  trend: (q: SharesQuery & { partner: string }) => (store: Store) => trend(store, q),
  mirror: (q: MirrorQuery) => (store: Store) => mirror(store, q),
  diversion: (q: DiversionQuery) => (store: Store) => diversion(store, q),
}
const at = (r: SharesResult, period: string, partner: string) => r.rows.find((x) => x.period === period && x.partner === partner)
const values = (r: SharesResult) => Object.fromEntries(r.rows.map((x) => [`${x.period}:${x.partner}`, x.value]))
const shadowedCells = (r: SharesResult) => r.shadowed.map((s) => s.cells)
/** A question's answer as the checks see it; `check` is typed loosely so each reads its own answer type. */
const q = <T>(name: string, run: (store: Store) => Promise<T>, check: (a: T) => void): Question => ({ name, ask: run, check: check as (a: never) => void })

const RUS_MT: SharesQuery = { importer: 'RUS', basket: 'machine-tools', by: 'quarter' }
const TOTAL: SharesQuery = { importer: 'RUS', basket: 'total', by: 'year' }
/** The supply fixture's exports of one supplier to Russia in a year, summed over months and codes. */
const supplied = (s: string, year: number) => Array.from({ length: 12 }, (_, m) => supplyValue(s, '854231', year, m + 1) + supplyValue(s, '845710', year, m + 1)).reduce((a, b) => a + b, 0)

export const SCENARIOS: Scenario[] = [
  {
    name: 'shares, trend and concentration',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'monthly.csv', format: 'comtrade', text: MONTHLY }]),
    questions: [
      q('imports by quarter', ask.shares(RUS_MT), (r) => {
        expect(at(r, '2023-Q4', 'CHN')?.share).toBeCloseTo(0.7, 12)
        expect(r.periods.find((p) => p.period === '2023-Q4')).toMatchObject({ total: 300, denominator: 'world row', months: 3, hhi: 70 ** 2 + 20 ** 2 + 10 ** 2 })
      }),
      q('imports by month, top 1', ask.shares({ ...RUS_MT, by: 'month', top: 1 }), (r) => expect(r.rows.filter((x) => x.period === '2023-10').map((x) => [x.partner, x.value])).toEqual([['CHN', 70], ['OTHERS', 30]])),
      q('change against 2023-01', ask.shares({ ...RUS_MT, by: 'month', baseline: '2023-01' }), (r) => expect(at(r, '2023-10', 'CHN')?.change_pts).toBeCloseTo(30, 9)),
      q('a group partner', ask.shares({ ...RUS_MT, partner: 'CHN+HKG' }), (r) => expect(r.rows.map((x) => [x.period, x.value, x.share])).toEqual([['2023-Q1', 40, 0.4], ['2023-Q4', 210, 0.7]])),
      q('buyers of Russian aluminium, mirror', ask.shares({ exporter: 'RUS', basket: 'aluminium', by: 'year', basis: 'mirror' }), (r) => expect(r.rows.map((x) => [x.partner, x.share])).toEqual([['CHN', 0.75], ['TUR', 0.25]])),
      q('trend of China by month', ask.trend({ ...RUS_MT, by: 'month', partner: 'China', baseline: '2023-01' }), (r) => {
        expect(r.rows.map((x) => [x.period, x.value])).toEqual([['2023-01', 40], ['2023-10', 70], ['2023-11', 70], ['2023-12', 70]])
        expect(r.rows[1].change_pts).toBeCloseTo(30, 9)
      }),
      q('datasets', async (store) => (await listDatasets(store)).map(({ loaded_at: _l, ...d }) => d), (d) => expect(d.map((x) => [x.file, x.rows, x.grain, x.synthetic])).toEqual([['monthly.csv', 24, 'month', false]])),
    ],
  },
  {
    name: 'supplier shares over six years',
    load: async (store, dir) => void (await loadSupply(store, dir)),
    questions: [
      q('mirror shares by year', ask.shares({ importer: 'RUS', basket: 'chpl', by: 'year', basis: 'mirror' }), (r) => {
        const total = SUPPLIERS.reduce((s, x) => s + supplied(x, 2023), 0)
        expect(at(r, '2023', 'CHN')?.value).toBe(supplied('CHN', 2023))
        expect(at(r, '2023', 'CHN')?.share).toBeCloseTo(supplied('CHN', 2023) / total, 12)
        expect(r.periods.find((p) => p.period === '2023')?.hhi).toBe(Math.round(SUPPLIERS.reduce((s, x) => s + ((100 * supplied(x, 2023)) / total) ** 2, 0)))
      }),
      q('reported shares by quarter, top 3', ask.shares({ importer: 'RUS', basket: 'chpl', by: 'quarter', top: 3, from: PERIODS.from, to: '2021-12' }), (r) => expect(r.periods).toHaveLength(12)),
      q('trend of Hong Kong against 2021', ask.trend({ importer: 'RUS', basket: 'chpl', by: 'year', basis: 'mirror', partner: 'HKG', baseline: '2021', from: '2022' }), (r) =>
        expect(r.rows.map((x) => [x.period, x.value])).toEqual([2021, 2022, 2023, 2024].map((y) => [String(y), supplied('HKG', y)]))),
    ],
  },
  {
    name: 'downloads split by partner add up',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'chn.csv', format: 'comtrade', text: comtrade('2021 643 156 M TOTAL 60') }, { name: 'deu.csv', format: 'comtrade', text: comtrade('2021 643 276 M TOTAL 40') }]),
    questions: [q('shares', ask.shares(TOTAL), (r) => expect([values(r), r.shadowed]).toEqual([{ '2021:CHN': 60, '2021:DEU': 40 }, []]))],
  },
  {
    name: 'a byte-different copy counts once (one pass per cell)',
    load: (store, dir) => {
      const lines = ['2021 643 156 M TOTAL 60', '2021 643 276 M TOTAL 40', '2021 643 0 M TOTAL 100']
      return loadFiles(store, dir, [{ name: 'orig.csv', format: 'comtrade', text: comtrade(...lines) }, { name: 'copy.csv', format: 'comtrade', text: comtrade(...lines.reverse()) }, { name: 'chn.csv', format: 'comtrade', text: comtrade('2021 643 156 M TOTAL 61') }])
    },
    questions: [q('shares', ask.shares(TOTAL), (r) => expect([values(r), r.periods[0].total, shadowedCells(r)]).toEqual([{ '2021:CHN': 61, '2021:DEU': 40 }, 100, [2, 1, 1]]))],
  },
  {
    name: 'months of two monthly files overlap where both have them',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'q1.csv', format: 'comtrade', text: comtrade('202101 643 156 M TOTAL 1', '202102 643 156 M TOTAL 2') }, { name: 'feb-mar.csv', format: 'comtrade', text: comtrade('202102 643 156 M TOTAL 20', '202103 643 156 M TOTAL 30') }]),
    questions: [q('shares', ask.shares(TOTAL), (r) => expect([values(r), shadowedCells(r)]).toEqual([{ '2021:CHN': 51 }, [1]]))],
  },
  {
    name: 'an annual and a monthly file of one year (latest load per cell, by join)',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'annual.csv', format: 'comtrade', text: comtrade('2021 643 156 M TOTAL 100', '2021 643 276 M TOTAL 50') }, { name: 'monthly.csv', format: 'comtrade', text: comtrade('202103 643 156 M TOTAL 4', '202104 643 156 M TOTAL 6') }]),
    questions: [q('shares', ask.shares(TOTAL), (r) => expect([values(r), shadowedCells(r)]).toEqual([{ '2021:CHN': 10, '2021:DEU': 50 }, [1]]))],
  },
  {
    name: 'ten copies of one file (more than the one-pass form takes)',
    load: (store, dir) => loadFiles(store, dir, Array.from({ length: 10 }, (_, i) => ({ name: `copy${i}.csv`, format: 'comtrade' as const, text: comtrade('2021 643 156 M TOTAL 60', '2021 643 276 M TOTAL 40') + '\n'.repeat(i) }))),
    questions: [q('shares', ask.shares(TOTAL), (r) => expect([values(r), shadowedCells(r), r.datasets.map((d) => d.file)]).toEqual([{ '2021:CHN': 60, '2021:DEU': 40 }, Array(9).fill(2), ['copy9.csv']]))],
  },
  {
    name: 'a heading and codes under it (prefix join)',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'heading.csv', format: 'comtrade', text: comtrade('202101 643 156 M 8457 100', '202101 643 276 M 8457 50') }, { name: 'detail.tsv', format: 'ru-customs', text: ruCustoms('CN 8457101000 30', 'CN 8457109000 20') }]),
    questions: [q('shares', ask.shares({ ...TOTAL, basket: 'machine-tools' }), (r) => expect([values(r), shadowedCells(r)]).toEqual([{ '2021:CHN': 50, '2021:DEU': 50 }, [1]]))],
  },
  {
    name: 'an annual heading and monthly codes under it',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'detail.tsv', format: 'ru-customs', text: ruCustoms('CN 8457101000 30') }, { name: 'heading.csv', format: 'comtrade', text: comtrade('2021 643 156 M 8457 100') }]),
    questions: [q('shares', ask.shares({ ...TOTAL, basket: 'machine-tools' }), (r) => expect([values(r), shadowedCells(r)]).toEqual([{ '2021:CHN': 100 }, [1]]))],
  },
  {
    name: 'values too large for a 64-bit exact sum',
    load: (store, dir) => loadFiles(store, dir, [{ name: 'big.csv', format: 'comtrade', text: comtrade('2023 643 156 M 854231 1e16', ...['854232', '854233', '854239', '851762'].map((hs) => `2023 643 156 M ${hs} 1`), '2023 643 276 M 854231 0.001') }]),
    questions: [q('shares', ask.shares({ importer: 'RUS', basket: 'chpl', by: 'year' }), (r) => expect(values(r)).toEqual({ '2023:CHN': 1e16 + 4, '2023:DEU': 0.001 }))],
  },
  ...mirrorScenarios(),
  ...diversionScenarios(),
  ...realScenarios(),
]

function mirrorScenarios(): Scenario[] {
  const Q: MirrorQuery = { reporter: 'KGZ', partner: 'EU27', by: 'year' }
  return [
    {
      name: 'mirror: a group as its aggregate row or its members',
      load: (store, dir) => loadFiles(store, dir, [
        { name: 'exports.csv', format: 'eurostat', text: comext(`${EU27_LABEL}|Kyrgyzstan|EXPORT|2022|100`, 'Germany|Kyrgyzstan|EXPORT|2022|60', 'France|Kyrgyzstan|EXPORT|2022|40', 'Germany|Kyrgyzstan|EXPORT|2021|7', 'France|Kyrgyzstan|EXPORT|2021|3') },
        { name: 'imports.csv', format: 'eurostat', text: comext(`Kyrgyzstan|${EU27_LABEL}|IMPORT|Y2022|106`, 'Kyrgyzstan|Germany|IMPORT|Y2022|50', 'Kyrgyzstan|Germany|IMPORT|Y2021|21.2') },
      ]),
      questions: [
        q('KGZ against EU27', ask.mirror(Q), (r) => expect(r.rows.map((x) => [x.period, x.partner_reported_exports, x.reporter_reported_imports])).toEqual([['2021', 10, 21.2], ['2022', 100, 106]])),
        q('KGZ against Germany, in USD', ask.mirror({ ...Q, partner: 'DEU', currency: 'USD' }), (r) => expect(r.rows[1].partner_reported_exports).toBeCloseTo(60 * 1.053049, 9)),
      ],
    },
    {
      name: 'mirror: monthly exports against annual imports',
      load: (store, dir) => loadFiles(store, dir, [
        { name: 'exports.csv', format: 'eurostat', text: comext('Germany|Kyrgyzstan|EXPORT|Jan. 2022|100', 'Germany|Kyrgyzstan|EXPORT|Feb. 2022|200') },
        { name: 'imports.comtrade.csv', format: 'comtrade', text: comtrade('2022 417 276 M TOTAL 1053.049') },
      ]),
      questions: [q('in USD, month by month', ask.mirror({ ...Q, partner: 'DEU', currency: 'USD' }), (r) => expect(r.rows[0].partner_reported_exports).toBeCloseTo(100 * 1.131448 + 200 * 1.13419, 6))],
    },
  ]
}

function diversionScenarios(): Scenario[] {
  const Q: DiversionQuery = { exporter: 'EU27', target: 'RUS', via: 'KGZ,ARM,GEO', baseline: '2021-Q1', period: '2023-Q1' }
  const pick = (r: { country: string; baseline: number | null; period: number | null }) => [r.country, r.baseline, r.period]
  return [{
    name: 'diversion through transit countries',
    load: async (store, dir) => loadDiversion(store, dir),
    questions: [
      q('corridors', ask.diversion(Q), (r) => expect([pick(r.target), ...r.rows.map(pick)]).toEqual([['RUS', 300, 60], ['KGZ', 20, 100], ['ARM', 30, 45], ['GEO', null, null]])),
      q('members as a list', ask.diversion({ ...Q, exporter: 'DEU,FRA' }), (r) => expect(r.target.baseline).toBe(300)),
      q('by product', ask.diversion({ ...Q, exporter: 'DEU', via: 'KGZ', by: 'product' }), (r) => expect(r.rows[0].products!.map((p) => [p.hs, p.baseline, p.period])).toEqual([['847150', 2, 18], ['300490', 4, 4]])),
    ],
  }]
}

function realScenarios(): Scenario[] {
  const skip = REAL.eu.present && REAL.uzb.present ? undefined : 'the real Comext files are not in ../shared/data'
  return [{
    name: 'real Comext and Uzbek files',
    skip,
    load: (store) => loadReal(store),
    questions: [
      q('EU27 exports by year', ask.shares({ exporter: 'EU27', basket: 'total', by: 'year' }), (r) => expect(r.rows.map((x) => x.partner).sort()).toEqual(expect.arrayContaining(['GEO', 'UZB']))),
      q('Uzbekistan mirror by quarter', ask.shares({ importer: 'UZB', basket: 'total', by: 'quarter', basis: 'mirror' }), (r) => expect(r.coverage?.count).toBeGreaterThan(20)),
      q('UZB against EU27', ask.mirror({ reporter: 'UZB', partner: 'EU27', by: 'year' }), (r) => expect(r.rows.find((x) => x.period === '2022')?.partner_reported_exports).toBe(3765947898)),
      q('UZB against EU27 in USD', ask.mirror({ reporter: 'UZB', partner: 'EU27', by: 'year', currency: 'USD' }), (r) => expect(r.rows.find((x) => x.period === '2022')?.fx.reporter_reported_imports?.rate).toBe(1.053049)),
      q('diversion to Georgia and Uzbekistan', ask.diversion({ exporter: 'EU27', target: 'GEO', via: 'UZB', baseline: '2023', period: '2024' }), (r) => expect(r.target).toMatchObject({ months: 8, of: 12 })),
    ],
  }]
}
