import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { clickhouseCases, freshStore, noClickHouse } from '../test-support/clickhouse.js'
import { shares } from '../trade/analytics/shares.js'
import { MAX_ROWS, generateFlows } from './scale-flows.js'

// bench:scale's rows, made inside the engine: each a different cell, never a country trading
// with itself, listed as one synthetic dataset with its coverage, and the same answers on
// ClickHouse as on DuckDB (the bench compares them again at 50 million rows).

const ROWS = 30_000
const question = { importer: 'RUS', basis: 'mirror', basket: 'chpl', by: 'year', top: 5 } as const
const canonical = (answer: unknown) => JSON.stringify(answer, (k, v) => (k === 'loaded_at' ? undefined : v))

describe('on DuckDB', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore(':memory:')
    await generateFlows(store, ROWS)
  })
  afterAll(() => store.close())

  test('every row is its own cell, and no country trades with itself', async () => {
    const [r] = await store.all<{ n: number; cells: number; selves: number }>(
      `SELECT count(*) AS n, count(DISTINCT (reporter, partner, flow, hs, period)) AS cells, count(*) FILTER (WHERE reporter = partner) AS selves FROM flow`
    )
    expect([Number(r.n), Number(r.cells), Number(r.selves)]).toEqual([ROWS, ROWS, 0])
  })

  test('the dataset is listed as synthetic, with its row count, and its coverage holds every month of its rows', async () => {
    const [d] = await store.all<{ rows: number; synthetic: boolean; warnings: string }>(`SELECT rows, synthetic, warnings FROM dataset`)
    expect([Number(d.rows), d.synthetic]).toEqual([ROWS, true])
    expect(d.warnings).toContain('synthetic')
    const [c] = await store.all<{ missing: number }>(
      `SELECT count(*) AS missing FROM flow f LEFT JOIN coverage c USING (dataset, reporter, partner, flow, year)
       WHERE c.month_mask IS NULL OR (c.month_mask & (1 << (f.month::INTEGER - 1))) = 0`
    )
    expect(Number(c.missing)).toBe(0)
  })

  test('a share question has an answer for each of the eight years, named as synthetic', async () => {
    const answer = await shares(store, question)
    expect(new Set((answer.rows as { period: string }[]).map((r) => r.period)).size).toBe(8)
    expect(answer.synthetic).toBeTruthy()
  })

  test('loading again replaces the dataset rather than doubling it', async () => {
    await generateFlows(store, ROWS)
    const [r] = await store.all<{ n: number; d: number }>(`SELECT (SELECT count(*) FROM flow) AS n, (SELECT count(*) FROM dataset) AS d`)
    expect([Number(r.n), Number(r.d)]).toEqual([ROWS, 1])
  })

  test.each([0, -5, 1.5, MAX_ROWS + 1])('a row count of %s is refused by name', async (rows) => {
    await expect(generateFlows(store, rows)).rejects.toThrow(`invalid row count: ${rows}`)
  })
})

describe.skipIf(noClickHouse).each(clickhouseCases)('on ClickHouse $name', ({ url }) => {
  let store: Store
  let drop: () => Promise<void>
  let reference: Store
  beforeAll(async () => {
    ;({ store, drop } = await freshStore(url, 'scale'))
    reference = await openStore(':memory:')
    await Promise.all([generateFlows(store, ROWS), generateFlows(reference, ROWS)])
  })
  afterAll(async () => {
    await drop?.()
    await reference?.close()
  })

  test('the same answer as DuckDB, byte for byte', async () => {
    expect(canonical(await shares(store, question))).toBe(canonical(await shares(reference, question)))
  })
})
