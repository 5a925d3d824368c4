import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { clickhouseServers, freshStore } from '../../test-support/clickhouse.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { listDatasets } from '../datasets.js'
import { ingest } from './ingest.js'

// Ingest into ClickHouse (a single node and a two-shard cluster when reachable): the same
// dataset as DuckDB loads, atomic per dataset without transactions.

const fixture = (name: string) => new URL(`../formats/fixtures/${name}`, import.meta.url).pathname
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue,netWgt'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

/** The rows of a dataset's tables, sorted, as plain values: what both engines must hold alike. */
async function contents(store: Store, id: string) {
  const flow = await store.all(`SELECT period, year, month, reporter, partner, partner_aggregate, flow, hs, value, currency, net_kg, quantity, quantity_unit
    FROM flow WHERE dataset = $id ORDER BY reporter, partner, flow, hs, period, value`, { id })
  const shipment = await store.all(`SELECT CAST(date AS VARCHAR) AS date, declaration_id, hs, description, shipper_name, shipper_country, consignee_name,
    consignee_country, origin_country, dispatch_country, value, currency, net_kg FROM shipment WHERE dataset = $id ORDER BY declaration_id, hs, value`, { id })
  const coverage = await store.all(`SELECT reporter, partner, flow, year, month_mask FROM coverage WHERE dataset = $id ORDER BY reporter, partner, flow, year`, { id })
  const codes = await store.all(`SELECT hs FROM hs_code WHERE dataset = $id ORDER BY hs`, { id })
  return { flow, shipment, coverage, codes }
}

const count = async (store: Store, sql: string, params = {}) => Number((await store.all<{ n: number }>(sql, params))[0].n)

describe.each(clickhouseServers)('ingest into clickhouse ($name)', ({ url: server }) => {
  let store: Store
  let url: string
  let drop: () => Promise<void>
  const dir = tempDir()
  beforeAll(async () => ({ store, url, drop } = await freshStore(server, 'ingest')))
  afterAll(async () => drop?.())

  test.each([
    ['comtrade-plus.csv', 'comtrade'],
    ['eurostat-monthly.csv', 'eurostat'],
    ['shipments.csv', 'shipments'],
  ])('%s loads as the same dataset, rows and report as on DuckDB', async (name, format) => {
    const duck = await openStore(':memory:')
    const want = await ingest(duck, fixture(name), { format })
    const got = await ingest(store, fixture(name), { format })
    expect(got).toEqual(want)
    expect(await contents(store, got.dataset)).toEqual(await contents(duck, want.dataset))
    const listed = (await listDatasets(store)).find((d) => d.id === got.dataset)
    expect(listed).toMatchObject({ file: name, format, rows: want.rows, synthetic: false })
    await duck.close()
  })

  test('re-loading the same file is a no-op that says so', async () => {
    const file = writeFixture(dir, 'again.csv', csv('2021,643,156,M,8542,C00,0,0,100,', '2021,643,0,M,8542,C00,0,0,150,'))
    const first = await ingest(store, file, { format: 'comtrade' })
    const again = await ingest(store, file, { format: 'comtrade' })
    expect(again).toMatchObject({ status: 'unchanged', dataset: first.dataset, rows: 2 })
    expect(await count(store, `SELECT count() AS n FROM flow WHERE dataset = $id`, { id: first.dataset })).toBe(2)
  })

  test('--replace swaps an earlier load of the same file name: one dataset listed, its rows only', async () => {
    const file = writeFixture(dir, 'rus.csv', csv('2021,643,156,M,8542,C00,0,0,100,', '2021,643,0,M,8542,C00,0,0,100,'))
    const old = await ingest(store, file, { format: 'comtrade' })
    writeFixture(dir, 'rus.csv', csv('2021,643,156,M,8542,C00,0,0,70,', '2021,643,0,M,8542,C00,0,0,100,'))
    const r = await ingest(store, file, { format: 'comtrade', replace: true })
    expect(r.status).toBe('replaced')
    expect((await listDatasets(store)).filter((d) => d.file === 'rus.csv').map((d) => d.id)).toEqual([r.dataset])
    expect(await count(store, `SELECT count() AS n FROM flow WHERE dataset = $id`, { id: old.dataset })).toBe(0)
    expect(await count(store, `SELECT toInt64(sum(value)) AS n FROM flow WHERE dataset = $id AND partner = 'CHN'`, { id: r.dataset })).toBe(70)
  })

  test('a bad row stops the load with FILE:LINE, and nothing reaches clickhouse', async () => {
    const before = await count(store, `SELECT count() AS n FROM flow`)
    const file = writeFixture(dir, 'bad.csv', csv('2021,643,156,M,8542,C00,0,0,100,', '2021,643,156,M,8542,C00,0,0,-5,'))
    await expect(ingest(store, file, { format: 'comtrade' })).rejects.toThrow(`${file}:3: column primaryValue: bad value "-5"`)
    expect(await count(store, `SELECT count() AS n FROM flow`)).toBe(before)
    expect((await listDatasets(store)).some((d) => d.file === 'bad.csv')).toBe(false)
  })

  // Regression guard for the publish order: rows are written before the dataset row that lists
  // them, so a load cut off between the two must leave nothing listed, and a re-run must not
  // count the leftovers twice. The state after such a cut is made here by unlisting a load.
  test('rows of an unlisted dataset (a load cut off before its last step) are not listed, and a re-run loads them once', async () => {
    const file = writeFixture(dir, 'cut.csv', csv('2022,643,156,M,8542,C00,0,0,40,', '2022,643,0,M,8542,C00,0,0,90,'))
    const { dataset } = await ingest(store, file, { format: 'comtrade' })
    await store.run(`DELETE FROM dataset WHERE id = $id`, { id: dataset })
    expect(await count(store, `SELECT count() AS n FROM flow WHERE dataset = $id`, { id: dataset })).toBe(2)
    expect((await listDatasets(store)).some((d) => d.id === dataset)).toBe(false)
    const again = await ingest(store, file, { format: 'comtrade' })
    expect(again).toMatchObject({ status: 'loaded', dataset, rows: 2 })
    expect(await count(store, `SELECT count() AS n FROM flow WHERE dataset = $id`, { id: dataset })).toBe(2)
    expect(await count(store, `SELECT count() AS n FROM coverage WHERE dataset = $id`, { id: dataset })).toBe(2)
  })

  test('a database opened again sees the loads', async () => {
    const other = await openStore(url)
    expect((await listDatasets(other)).length).toBe((await listDatasets(store)).length)
    await other.close()
  })
})
