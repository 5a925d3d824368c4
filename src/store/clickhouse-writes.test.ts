import { describe, expect, test } from 'vitest'
import { clickHouseTables, nodeDdl } from './clickhouse-schema.js'
import { SCHEMA } from './schema.js'
import { route } from './clickhouse-writes.js'

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
const one = (sql: string, clustered = false) => {
  const [r, ...more] = route(sql, clustered)
  expect(more).toEqual([])
  return { ...r, sql: squash(r.sql) }
}

describe('the project write statements on clickhouse', () => {
  test('an UPDATE appends the matching rows again with the new values, on every node', () => {
    const r = one(`UPDATE meta SET value = $v WHERE key = 'a, b'`)
    expect(r).toEqual({ sql: `INSERT INTO meta_log (key, value) SELECT key, $v AS value FROM meta WHERE key = 'a, b'`, everywhere: true })
  })

  test('assignments split at commas outside quotes and parentheses only', () => {
    const r = one(`UPDATE list_version SET as_of = $asOf, as_of_basis = 'given (--as-of), really', warnings = concat('a', 'b') WHERE id = $id`)
    expect(r.sql).toContain(`$asOf AS as_of, 'given (--as-of), really' AS as_of_basis`)
    expect(r.sql).toContain(`concat('a', 'b') AS warnings`)
    expect(r.sql).toMatch(/FROM list_version WHERE id = \$id$/)
  })

  test('a DELETE from a log table appends its keys as removed', () => {
    expect(one(`DELETE FROM dataset WHERE id = $id`)).toEqual({ sql: `INSERT INTO dataset_log (id, removed) SELECT id, 1 FROM dataset WHERE id = $id`, everywhere: true })
  })

  test('a DELETE of a whole dataset from a data table drops its partition, on the shards\' local tables', () => {
    expect(one(`DELETE FROM flow WHERE dataset = $id`, true)).toEqual({ sql: `ALTER TABLE flow_local DROP PARTITION $id`, everywhere: true })
    expect(one(`DELETE FROM list_entity WHERE version = $id`)).toEqual({ sql: `ALTER TABLE list_entity DROP PARTITION $id`, everywhere: true })
  })

  test('any other DELETE from a data table is refused by name, not run as a slow mutation', () => {
    expect(() => route(`DELETE FROM flow WHERE reporter = 'RUS'`, false)).toThrow(/not supported on clickhouse: DELETE FROM flow WHERE reporter = 'RUS'/)
  })

  test('INSERT OR REPLACE into a log table is a plain insert into it (the last row of a key wins)', () => {
    expect(one(`INSERT OR REPLACE INTO place VALUES ($c, $n, $k)`)).toEqual({ sql: `INSERT INTO place_log (code, name, kind) VALUES ($c, $n, $k)`, everywhere: true })
  })

  test('flow rows go to the connected node (the Distributed table) on a cluster, metadata rows to every node', () => {
    expect(one(`INSERT INTO flow VALUES (1)`, true).everywhere).toBe(false)
    expect(one(`INSERT INTO coverage VALUES (1)`, true).everywhere).toBe(true)
    expect(one(`INSERT INTO flow VALUES (1)`, false).everywhere).toBe(true)
  })

  test('a keyword inside quoted text is not taken for the statement\'s own', () => {
    expect(one(`SELECT 'DELETE FROM flow WHERE x'`)).toEqual({ sql: `SELECT 'DELETE FROM flow WHERE x'`, everywhere: false })
  })
})

describe('clickhouse tables from schema.ts', () => {
  test('every DuckDB table has a ClickHouse table with the same columns', () => {
    const tables = clickHouseTables()
    for (const ddl of SCHEMA) {
      const name = /CREATE TABLE IF NOT EXISTS (\w+)/.exec(ddl)![1]
      const columns = [...ddl.matchAll(/(?:\(|,)\s*(\w+) [A-Z]+/g)].map((m) => m[1])
      expect(tables.get(name)?.map((c) => c.name), name).toEqual(columns)
    }
  })

  test('a column DuckDB allows NULL in is Nullable, a NOT NULL one is not', () => {
    const flow = new Map(clickHouseTables().get('flow')!.map((c) => [c.name, c.type]))
    expect([flow.get('month'), flow.get('net_kg'), flow.get('value'), flow.get('partner_aggregate')]).toEqual(['Nullable(Int8)', 'Nullable(Float64)', 'Float64', 'UInt8'])
  })

  test('on a cluster flow and shipment are Distributed over local tables; metadata is a table on each node', () => {
    const ddl = nodeDdl('db', 'two').map(squash)
    expect(ddl).toContainEqual(expect.stringMatching(/^CREATE TABLE IF NOT EXISTS flow AS flow_local ENGINE = Distributed\(two, db, flow_local, /))
    expect(ddl.filter((s) => /Distributed/.test(s)).length).toBe(2)
  })
})
