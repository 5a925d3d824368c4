import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clickhouseUrls } from '../test-support/clickhouse.js'
import { httpQuery, maskPassword, parseClickHouseUrl } from './clickhouse-connect.js'
import { clickhouseDialect } from './dialect-clickhouse.js'
import { duckdbDialect } from './dialect-duckdb.js'
import { openDuckDb } from './duckdb.js'
import type { Store } from './store.js'
import { asBoolean, asNumber } from './values.js'

// The dialect's promises, checked on DuckDB always and on each reachable ClickHouse server
// (test-support/clickhouse.ts): literals come back as the text they quote, and the exact sum
// gives DuckDB's bits on both engines, against a reference written out here in BigInt arithmetic.

/** DuckDB's exact sum spelled out: round x * 10^scale half away from zero, sum, then div and mod. */
function reference(values: number[], scale: number): number {
  const unit = 10 ** scale
  const sum = values.reduce((s, x) => s + BigInt(Math.sign(x) * Math.round(Math.abs(x * unit))), 0n)
  const p = BigInt(unit)
  return Number(sum / p) + Number(sum % p) / unit
}

/** Seeded values of every shape: decimals, ties at the fourth and seventh place, large, negative. */
function values(n: number): number[] {
  let seed = 7
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const out = [2.1735, 4.2845, 0.0625, 0.3125, -0.0625, 1.0005, 0.001, 1e13 + 0.004, 123456789012.3456, 0.0000005]
  while (out.length < n) {
    const mag = 10 ** Math.floor(rnd() * 14)
    const kind = out.length % 4
    const x = kind === 0 ? Math.round(rnd() * mag * 1000) / 1000 : kind === 1 ? Math.floor(rnd() * mag) + 0.0005 * (2 * Math.floor(rnd() * 1000) + 1) : rnd() * mag
    out.push(out.length % 7 === 0 ? -x : x)
  }
  return out
}

const GROUPS = 25
const VALUES = values(2000)
const groupOf = (i: number) => i % GROUPS
const expected = (scale: number) => Array.from({ length: GROUPS }, (_, g) => reference(VALUES.filter((_, i) => groupOf(i) === g), scale))
const hexLE = (x: number) => {
  const b = Buffer.alloc(8)
  b.writeDoubleLE(x)
  return b.toString('hex')
}

describe('DuckDB', () => {
  let store: Store
  beforeAll(async () => (store = await openDuckDb(':memory:')))
  afterAll(() => store.close())

  test.each([[false, 3], [true, 6]])('the exact sum (wide %s) is the reference, bit for bit', async (wide, scale) => {
    const rows = VALUES.map((x, i) => `(${groupOf(i)}, CAST('${x}' AS DOUBLE))`).join(', ')
    const got = await store.all<{ s: number }>(`SELECT g, ${duckdbDialect.exactSum('x', wide)} AS s FROM (VALUES ${rows}) t(g, x) GROUP BY g ORDER BY g`)
    expect(got.map((r) => r.s)).toEqual(expected(scale))
  })

  test.each(["O'Brien", "';DROP TABLE flow;--", 'a\\b', "\\'", '中国'])('literal %s comes back as it went in', async (text) => {
    expect((await store.all<{ t: string }>(`SELECT ${duckdbDialect.literal(text)} AS t`))[0].t).toBe(text)
  })

  test('a series of 5 is 0 to 4', async () => {
    const rows = await store.all<{ n: number }>(`SELECT n FROM ${duckdbDialect.series(5)} ORDER BY n`)
    expect(rows.map((r) => Number(r.n))).toEqual([0, 1, 2, 3, 4])
    const from = await store.all<{ n: number }>(`SELECT n FROM ${duckdbDialect.series(3, 7)} ORDER BY n`)
    expect(from.map((r) => Number(r.n))).toEqual([7, 8, 9])
  })
})

const servers = clickhouseUrls.map((location) => ({ location, name: maskPassword(location) }))

describe.skipIf(!servers.length).each(servers)('ClickHouse at $name', ({ location }) => {
  const target = parseClickHouseUrl(location)
  const query = async (sql: string): Promise<Record<string, unknown>[]> =>
    (await httpQuery(target, `${sql} FORMAT JSONEachRow`, { useDatabase: false }))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)

  // Values travel as their bits in one string (18.16's float parser is off by a unit in the last
  // place on about 0.2% of values, and a long array literal takes it seconds to parse).
  test.each([[false, 3], [true, 6]])('the exact sum (wide %s) is the reference, bit for bit', async (wide, scale) => {
    const sql = `SELECT g, ${clickhouseDialect.exactSum('x', wide)} AS s FROM (
      SELECT (i - 1) % ${GROUPS} AS g, reinterpretAsFloat64(unhex(xs[i])) AS x
      FROM (SELECT splitByChar(',', '${VALUES.map(hexLE).join(',')}') AS xs) ARRAY JOIN arrayEnumerate(xs) AS i) GROUP BY g ORDER BY g`
    expect((await query(sql)).map((r) => r.s)).toEqual(expected(scale))
  })

  test.each(["O'Brien", "';DROP TABLE flow;--", 'a\\b', "\\'", '中国'])('literal %s comes back as it went in', async (text) => {
    expect((await query(`SELECT ${clickhouseDialect.literal(text)} AS t`))[0].t).toBe(text)
  })

  test('an annual row is twelve months, a monthly row its month', async () => {
    const rows = await query(`SELECT ${clickhouseDialect.eachMonth('month')} AS m FROM (SELECT arrayJoin([CAST(NULL AS Nullable(UInt8)), 3]) AS month)`)
    expect(rows.map((r) => r.m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 3])
  })

  test('a series of 5 is 0 to 4', async () => {
    const rows = await query(`SELECT n FROM ${clickhouseDialect.series(5)} ORDER BY n`)
    expect(rows.map((r) => Number(r.n))).toEqual([0, 1, 2, 3, 4])
    const from = await query(`SELECT n FROM ${clickhouseDialect.series(3, 7)} ORDER BY n`)
    expect(from.map((r) => Number(r.n))).toEqual([7, 8, 9])
  })
})

test.each([-1, 2.5, Number.NaN, 2 ** 60])('a series of %s rows is refused by name', (count) => {
  expect(() => duckdbDialect.series(count)).toThrow(`not a whole number of rows: ${count}`)
  expect(() => clickhouseDialect.series(count)).toThrow(`not a whole number of rows: ${count}`)
})

test.each([[true, true], [1, true], ['1', true], [false, false], [0, false], ['0', false]])('asBoolean(%j) = %s', (v, b) => expect(asBoolean(v)).toBe(b))
test.each([[3, 3], ['18446744073709', 18446744073709], [false, 0]])('asNumber(%j) = %s', (v, n) => expect(asNumber(v)).toBe(n))
