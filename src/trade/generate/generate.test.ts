import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir } from '../../test-support/files.js'
import { shares } from '../analytics/shares.js'
import { ingest } from '../ingest/ingest.js'
import { listDatasets } from '../datasets.js'
import { generateComtrade } from './comtrade.js'
import { generateShipments, PLANTED_KINDS } from './shipments.js'

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

let store: Store
const dir = tempDir()
beforeAll(async () => (store = await openStore(':memory:')))
afterAll(() => store.close())

describe('generateComtrade', () => {
  test('is seeded: the same seed gives the same bytes, another seed other bytes, and exactly N rows', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dir, `${n}.csv`))
    await generateComtrade(store, { rows: 5000, out: a, seed: 1 })
    await generateComtrade(store, { rows: 5000, out: b, seed: 1 })
    await generateComtrade(store, { rows: 5000, out: c, seed: 2 })
    expect(sha(a)).toBe(sha(b))
    expect(sha(a)).not.toBe(sha(c))
    expect(readFileSync(a, 'utf8').trim().split('\n')).toHaveLength(5001)
  })

  test('refuses a nonsensical row count', async () => {
    await expect(generateComtrade(store, { rows: -3, out: join(dir, 'x.csv') })).rejects.toThrow(/invalid rows: "-3"/)
  })

  test('tells the published story once loaded, and is marked synthetic', async () => {
    const file = join(dir, 'demo.csv')
    await generateComtrade(store, { rows: 1_400_000, out: file, seed: 2024 })
    await ingest(store, file, { format: 'comtrade', synthetic: true })
    expect((await listDatasets(store))[0]).toMatchObject({ synthetic: true, period_from: '2019-01', period_to: '2024-12' })
    const total = await shares(store, { importer: 'RUS', basket: 'total', by: 'year', basis: 'mirror' })
    const chn = (y: string, rows = total.rows, p = 'CHN') => rows.find((r) => r.period === y && r.partner === p)?.share ?? 0
    expect(total.synthetic).toBe(true)
    // IMF: China 24.8% of Russia's imports in 2021, 45.2% in 2023.
    expect(chn('2021')).toBeGreaterThan(0.22)
    expect(chn('2021')).toBeLessThan(0.28)
    expect(chn('2023')).toBeGreaterThan(0.42)
    expect(chn('2023')).toBeLessThan(0.48)
    // KSE/Bruegel: CHPL 2023 mainland China 56.3%, Hong Kong 19.3%.
    const chpl = await shares(store, { importer: 'RUS', basket: 'chpl', by: 'year', basis: 'mirror' })
    expect(chn('2023', chpl.rows)).toBeGreaterThan(0.5)
    expect(chn('2023', chpl.rows, 'HKG')).toBeGreaterThan(0.15)
    // Russia stops reporting after 2021: its own import statistics end there.
    const reported = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
    expect([...new Set(reported.rows.map((r) => r.period))]).toEqual(['2019', '2020', '2021'])
  }, 120_000)
})

describe('generateShipments', () => {
  test('is seeded, and plants each kind of risky shipment in about 0.5% of rows, listed in the truth file', async () => {
    const [a, b, ta] = ['sa.csv', 'sb.csv', 'ta.csv'].map((n) => join(dir, n))
    await generateShipments(store, { rows: 10_000, out: a, seed: 5, truth: ta })
    await generateShipments(store, { rows: 10_000, out: b, seed: 5 })
    expect(sha(a)).toBe(sha(b))
    const lines = readFileSync(a, 'utf8').trim().split('\n')
    expect(lines[0]).toBe('shipment_id,date,declaration_id,hs_code,description,shipper_name,shipper_country,consignee_name,consignee_country,notify_party,notify_country,origin_country,dispatch_country,value,currency,net_kg,chokepoint_synthetic')
    expect(lines).toHaveLength(10_001)
    const kinds = readFileSync(ta, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[1])
    for (const k of PLANTED_KINDS) expect(kinds.filter((x) => x === k).length, k).toBeGreaterThan(30)
    expect(kinds.length).toBeLessThan(400)
  })

  test('a generated shipments file still ingests as the shipments format', async () => {
    const file = join(dir, 'ingest-shipments.csv')
    await generateShipments(store, { rows: 500, out: file, seed: 1 })
    const r = await ingest(store, file, { format: 'shipments' })
    expect(r).toMatchObject({ rows: 500, rejected: 0 })
  })
})
