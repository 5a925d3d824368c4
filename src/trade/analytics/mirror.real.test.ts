import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { sharedData } from '../../test-support/files.js'
import { ingest } from '../ingest/ingest.js'
import { mirror } from './mirror.js'

// The real test of issue 9: Uzbekistan's national import statistics (yearly, converted to EUR by
// the file's author, periods "Y2019") against the EU members' monthly exports to Uzbekistan (Comext).
const dir = 'eurostat-eu-exports-ru-neighbours'
const uzb = sharedData(`${dir}/national_uzbek_import_yearly.csv`)
const eu = sharedData(`${dir}/eurostat_exports_to_GE_UZ_2019_2024.csv`)

describe.skipIf(!uzb.present || !eu.present)('mirror on the real files', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore(':memory:')
    const national = await ingest(store, uzb.path, { format: 'eurostat' })
    // "Y2019"-style periods are annual; REPORTER is the importing country.
    expect(national).toMatchObject({ rows: 1175, rejected: 0, periodFrom: '2019', periodTo: '2023' })
    await ingest(store, eu.path, { format: 'eurostat' })
  }, 60_000)
  afterAll(() => store.close())

  test('UZB vs EU27 in EUR: the aggregate rows of both files, CIF/FOB adjusted', async () => {
    const r = await mirror(store, { reporter: 'UZB', partner: 'EU27', by: 'year' })
    const y2022 = r.rows.find((x) => x.period === '2022')!
    // Sums of the file's EU27 rows (12 months of exports; one yearly import row).
    expect(y2022.partner_reported_exports).toBe(3765947898)
    expect(y2022.reporter_reported_imports).toBeCloseTo(3511924542.86, 2)
    expect(y2022.gap_ratio).toBeCloseTo((3765947898 - 3511924542.86 / 1.06) / 3765947898, 9)
    expect(r.sides).toEqual({ exports: { currency: 'EUR', sources: ['aggregate row EU27'] }, imports: { currency: 'EUR', sources: ['aggregate row EU27'] } })
    const y2024 = r.rows.find((x) => x.period === '2024')!
    expect(y2024.reporter_reported_imports).toBeNull()
    expect(y2024.notes).toContain('partial period: exports cover 8 of 12 months')
  })

  test('in USD through the FX table: monthly rates for the monthly exports, annual for the yearly imports', async () => {
    const r = await mirror(store, { reporter: 'UZB', partner: 'EU27', by: 'year', currency: 'USD' })
    const y2022 = r.rows.find((x) => x.period === '2022')!
    expect(y2022.fx.reporter_reported_imports).toEqual({ from: 'EUR', to: 'USD', basis: 'annual average 2022', rate: 1.053049 })
    expect(y2022.fx.partner_reported_exports?.basis).toBe('12 monthly averages 2022-01 to 2022-12, value-weighted')
    expect(y2022.reporter_reported_imports).toBeCloseTo(3511924542.86 * 1.053049, 0)
  })
})
