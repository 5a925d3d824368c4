import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../../store/open.js'
import type { Store } from '../../../store/store.js'
import { sharedData } from '../../../test-support/files.js'
import { ingest } from '../../ingest/ingest.js'
import { diversion } from './diversion.js'

// The real Comext relational-view download: EU members' and EU aggregates' monthly exports to
// Georgia and Uzbekistan, 2019-01..2024-08 (SOURCE.txt beside it).
const file = sharedData('eurostat-eu-exports-ru-neighbours/eurostat_exports_to_GE_UZ_2019_2024.csv')

describe.skipIf(!file.present)('diversion on the real Comext file', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore(':memory:')
    await ingest(store, file.path, { format: 'eurostat' })
  })
  afterAll(() => store?.close())

  const sumOf = async (reporters: string, partner: string, year: number) =>
    (await store.all<{ v: number }>(`SELECT sum(value)::DOUBLE AS v FROM flow WHERE reporter IN (${reporters}) AND partner = $partner AND year = $year AND hs = 'TOTAL'`, { partner, year }))[0].v

  test('EU27 is its aggregate row, never added to its members', async () => {
    const r = await diversion(store, { exporter: 'EU27', target: 'GEO', via: 'UZB', baseline: '2021', period: '2023' })
    expect(r.target.sources[0]).toMatch(/^EU27: its aggregate row EU27 \(the rows of 27 members not added\)/)
    expect(r.target.baseline).toBeCloseTo(await sumOf(`'EU27'`, 'GEO', 2021), 0)
    expect(r.rows[0]).toMatchObject({ country: 'UZB', months: 12, of: 12 })
    expect(r.rows[0].period).toBeCloseTo(await sumOf(`'EU27'`, 'UZB', 2023), 0)
    expect(r.currency).toBe('EUR')
  })
  test('2024 has 8 months: compared with the same 8 months of 2023, and said so', async () => {
    const r = await diversion(store, { exporter: 'EU27', target: 'GEO', via: 'UZB', baseline: '2023', period: '2024' })
    expect(r.warnings[0]).toBe('period 2024 is partial: data for 8 of 12 months (2024-01..2024-08); compared month for month with the same months of the other window')
    expect(r.target).toMatchObject({ months: 8, of: 12, compared: '2023-01..2023-08 vs 2024-01..2024-08' })
  })
})
