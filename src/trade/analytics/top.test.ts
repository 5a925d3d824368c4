import { afterAll, beforeAll, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { ingest } from '../ingest/ingest.js'
import { shares } from './shares.js'

// Russia's imports (World = 100): Germany is second in 2021 and Turkey second in 2024; over
// the two years Germany (46) edges Turkey (44), so a ranking over the range hides Turkey in 2024.
const FILE = [
  'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue',
  '2021,643,0,M,TOTAL,C00,0,0,100',
  '2021,643,156,M,TOTAL,C00,0,0,50',
  '2021,643,276,M,TOTAL,C00,0,0,45',
  '2021,643,792,M,TOTAL,C00,0,0,5',
  '2024,643,0,M,TOTAL,C00,0,0,100',
  '2024,643,156,M,TOTAL,C00,0,0,60',
  '2024,643,276,M,TOTAL,C00,0,0,1',
  '2024,643,792,M,TOTAL,C00,0,0,39',
].join('\n')

let store: Store
beforeAll(async () => {
  store = await openStore(':memory:')
  await ingest(store, writeFixture(tempDir(), 'ranks.csv', FILE + '\n'), { format: 'comtrade' })
})
afterAll(() => store.close())

const partnersOf = (rows: { period: string; partner: string }[], period: string) => rows.filter((r) => r.period === period).map((r) => r.partner)

// Regression: --top N ranked partners over the whole range, so the second partner of 2024 was folded into "others".
test('top N is ranked within each period, and the query echoes top', async () => {
  const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year', top: 2 })
  expect(partnersOf(r.rows, '2021')).toEqual(['CHN', 'DEU', 'OTHERS'])
  expect(partnersOf(r.rows, '2024')).toEqual(['CHN', 'TUR', 'OTHERS'])
  expect(r.rows.find((x) => x.period === '2024' && x.partner === 'OTHERS')).toMatchObject({ value: 1, share: 0.01 })
  expect(r.query.top).toBe(2)
  for (const period of ['2021', '2024']) {
    expect(r.rows.filter((x) => x.period === period).reduce((s, x) => s + x.share!, 0)).toBeCloseTo(1, 9)
  }
})

test('without top every partner is shown, largest first, and the query says top is null', async () => {
  const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
  expect(partnersOf(r.rows, '2024')).toEqual(['CHN', 'TUR', 'DEU'])
  expect(r.query.top).toBeNull()
})
