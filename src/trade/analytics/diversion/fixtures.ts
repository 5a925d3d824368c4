import type { Store } from '../../../store/store.js'
import { writeFixture } from '../../../test-support/files.js'
import { ingest } from '../../ingest/ingest.js'

// A hand-checkable Comtrade+ file of monthly exports (flow X) from the EU27 aggregate (991),
// Germany (276) and France (251) to Russia (643), Kyrgyzstan (417), Armenia (051), Georgia (268):
//   RUS: EU27 row 100/month in 2021-Q1, 20/month in 2023-Q1 (members 60+40 and 12+8: not added)
//   KGZ: EU27 row 10/month in 2021-Q1; 50 in 2023-01 and 2023-02, nothing in 2023-03
//   ARM: no EU27 row: DEU 5+5+5 -> 10+10+10, FRA 5+5+5 -> 5+5+5 (sum of members)
//   GEO: DEU 7/month in 2023-Q1 only (no baseline)
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'
const line = (period: string, reporter: string, partner: string, value: number, hs = 'TOTAL') => `${period},${reporter},${partner},X,${hs},C00,0,0,${value}`
const q1 = (year: number, reporter: string, partner: string, values: (number | null)[], hs?: string) =>
  values.flatMap((v, i) => (v == null ? [] : [line(`${year}0${i + 1}`, reporter, partner, v, hs)]))

export const DIVERSION_ROWS = [
  ...q1(2021, '991', '643', [100, 100, 100]),
  ...q1(2023, '991', '643', [20, 20, 20]),
  ...q1(2021, '276', '643', [60, 60, 60]),
  ...q1(2023, '276', '643', [12, 12, 12]),
  ...q1(2021, '251', '643', [40, 40, 40]),
  ...q1(2023, '251', '643', [8, 8, 8]),
  ...q1(2021, '991', '417', [10, 10, 10]),
  ...q1(2023, '991', '417', [50, 50, null]),
  ...q1(2021, '276', '417', [6, 6, 6]),
  ...q1(2023, '276', '417', [30, 30, null]),
  ...q1(2021, '251', '417', [4, 4, 4]),
  ...q1(2023, '251', '417', [20, 20, null]),
  ...q1(2021, '276', '051', [5, 5, 5]),
  ...q1(2023, '276', '051', [10, 10, 10]),
  ...q1(2021, '251', '051', [5, 5, 5]),
  ...q1(2023, '251', '051', [5, 5, 5]),
  ...q1(2023, '276', '268', [7, 7, 7]),
]

/** Germany's exports to Kyrgyzstan by product (a separate download): 847150 rises, 300490 does not. */
export const DIVERSION_PRODUCTS = [
  ...q1(2021, '276', '417', [1, 1, 1], '847150'),
  ...q1(2023, '276', '417', [9, 9, 9], '847150'),
  ...q1(2021, '276', '417', [2, 2, 2], '300490'),
  ...q1(2023, '276', '417', [2, 2, 2], '300490'),
]

export async function loadDiversionFixture(store: Store, dir: string, { products = false } = {}): Promise<void> {
  await ingest(store, writeFixture(dir, 'eu-exports.csv', [HEADER, ...DIVERSION_ROWS].join('\n') + '\n'), { format: 'comtrade' })
  if (products) await ingest(store, writeFixture(dir, 'deu-kgz-hs6.csv', [HEADER, ...DIVERSION_PRODUCTS].join('\n') + '\n'), { format: 'comtrade' })
}
