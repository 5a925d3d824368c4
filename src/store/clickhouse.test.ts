import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clickhouseServers, freshStore } from '../test-support/clickhouse.js'
import { copyTable } from './copy.js'
import { openDuckDb } from './duckdb.js'
import { openStore } from './open.js'
import { SCHEMA_VERSION, migrate } from './schema.js'
import type { Store } from './store.js'

const EVIL = `"';DROP TABLE flow;--\\' $x`

describe('an unreachable clickhouse', () => {
  test('is an error naming the URL with its password masked, within a few seconds', async () => {
    const started = Date.now()
    // Port 9 (discard) on loopback: nothing listens there.
    await expect(openStore('clickhouse://ana:hunter2@127.0.0.1:9/db')).rejects.toThrow(
      'cannot reach clickhouse at 127.0.0.1:9 (clickhouse://ana:***@127.0.0.1:9/db): connection refused'
    )
    expect(Date.now() - started).toBeLessThan(6000)
  })
})

describe.each(clickhouseServers)('clickhouse store ($name)', ({ url: server }) => {
  let store: Store
  let url: string
  let drop: () => Promise<void>
  beforeAll(async () => {
    ;({ store, url, drop } = await freshStore(server, 'store'))
  })
  afterAll(async () => drop?.())

  test('a new database is created with the schema version recorded on every node', async () => {
    expect(await store.all(`SELECT value FROM meta WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }])
    const again = await openStore(url)
    await again.close()
  })

  test.skipIf(!new URL(server).searchParams.has('cluster'))('a node given at the wrong address is refused, naming it, before any table is made', async () => {
    const u = new URL(url)
    u.searchParams.set('nodes', `${u.host},${u.host}`)
    await expect(openStore(u.toString())).rejects.toThrow(`${u.host} is shard 1 replica 1 of cluster ${u.searchParams.get('cluster')}, not shard 2 replica 1`)
  })

  test('values reach the table as written, whatever quotes or backslashes they hold', async () => {
    await store.run(`INSERT INTO place VALUES ($code, $name, 'country')`, { code: 'EVL', name: EVIL })
    expect(await store.all(`SELECT name FROM place WHERE code = $code`, { code: 'EVL' })).toEqual([{ name: EVIL }])
    expect(await store.all(`SELECT count() AS n FROM system.tables WHERE database = currentDatabase() AND name = 'flow'`)).toEqual([{ n: 1 }])
  })

  test('counts come back as numbers and comparisons as booleans, as from DuckDB', async () => {
    expect(await store.all(`SELECT count() AS n, 1 = 1 AS yes, toInt64(-5) AS i, NULL AS none`)).toEqual([{ n: 1, yes: true, i: -5, none: null }])
  })

  test('an update replaces, a delete removes, and the last write of a key wins', async () => {
    await store.run(`INSERT INTO place VALUES ('AAA', 'first', 'country'), ('BBB', 'kept', 'country')`)
    await store.run(`UPDATE place SET name = $n WHERE code = 'AAA'`, { n: 'second' })
    expect(await store.all(`SELECT code, name FROM place WHERE code IN ('AAA', 'BBB') ORDER BY code`)).toEqual([{ code: 'AAA', name: 'second' }, { code: 'BBB', name: 'kept' }])
    await store.run(`DELETE FROM place WHERE code = 'AAA'`)
    expect(await store.all(`SELECT code FROM place WHERE code IN ('AAA', 'BBB')`)).toEqual([{ code: 'BBB' }])
    await store.run(`INSERT INTO place VALUES ('AAA', 'back', 'country')`)
    expect(await store.all(`SELECT name FROM place WHERE code = 'AAA'`)).toEqual([{ name: 'back' }])
  })

  test('rows copied from DuckDB all arrive, NULLs and awkward text intact, and stream back in chunks', async () => {
    const duck = await openDuckDb(':memory:')
    await migrate(duck)
    const units = [null, '', 'kg', `t\tab "q" ' \\N`, '\\N', "'quoted'", ' spaced ', 'line\nbreak', 'Ünïcödé 中文', 'a,b']
    await duck.run(`INSERT INTO flow SELECT 'ds1', '2023', 2023, CASE WHEN i % 12 = 0 THEN NULL ELSE i % 12 END, 'RUS', 'P' || (i % 7),
      i % 2 = 0, 'import', '84' || i, i * 1.5, 'USD', NULL, 1e300, ($units::VARCHAR[])[1 + i % ${units.length}] FROM range(2500) t(i)`, { units: JSON.stringify(units) })
    await copyTable(duck, store, 'flow')
    const [sum] = await store.all<{ n: number; v: number; agg: number; nulls: number; q: number }>(
      `SELECT count() AS n, sum(value) AS v, countIf(partner_aggregate = 1) AS agg, countIf(month IS NULL) AS nulls, max(quantity) AS q FROM flow WHERE dataset = 'ds1'`)
    expect(sum).toEqual({ n: 2500, v: ((2499 * 2500) / 2) * 1.5, agg: 1250, nulls: 209, q: 1e300 })
    const byUnit = await store.all<{ u: string | null; n: number }>(`SELECT quantity_unit AS u, count() AS n FROM flow GROUP BY u ORDER BY u`)
    const want = await duck.all<{ u: string | null; n: number }>(`SELECT quantity_unit AS u, count(*) AS n FROM flow GROUP BY u ORDER BY u NULLS LAST`)
    expect(byUnit).toEqual(want)
    await duck.close()
    let streamed = 0
    for await (const chunk of store.stream(`SELECT partner_aggregate FROM flow WHERE dataset = 'ds1'`, {}, 1000)) {
      expect(typeof chunk[0].partner_aggregate).toBe('boolean')
      streamed += chunk.length
    }
    expect(streamed).toBe(2500)
    await store.run(`DELETE FROM flow WHERE dataset = 'ds1'`)
    expect(await store.all(`SELECT count() AS n FROM flow`)).toEqual([{ n: 0 }])
  })
})
