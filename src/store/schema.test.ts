import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { tempDir } from '../test-support/files.js'
import { openDuckDb } from './duckdb.js'
import { openStore } from './open.js'
import { migrate, SCHEMA_VERSION } from './schema.js'
import type { Params, Store } from './store.js'

describe('schema versions', () => {
  test('a database written under an older schema is refused by name, not failed on later', async () => {
    const path = join(tempDir(), 'old.duckdb')
    const old = await openDuckDb(path)
    await old.run(`CREATE TABLE dataset (id VARCHAR)`)
    await old.close()
    await expect(openStore(path)).rejects.toThrow(`${path} was written by another version of chokepoint (schema before 3`)
  })

  test('a database of this version opens again', async () => {
    const path = join(tempDir(), 'new.duckdb')
    await (await openStore(path)).close()
    const again = await openStore(path)
    expect(await again.all(`SELECT value FROM meta WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }])
    await again.close()
  })

  // Regression: every open re-ran the schema's statements and rewrote its version, some 40 ms
  // of each command's start.
  test('an up-to-date database is only read when opened: no statement is run on it', async () => {
    const path = join(tempDir(), 'same.duckdb')
    await (await openStore(path)).close()
    const store = await openDuckDb(path)
    const ran: string[] = []
    const watched: Store = Object.assign(Object.create(store) as Store, {
      run: (sql: string, params?: Params) => (ran.push(sql), store.run(sql, params)),
    })
    await migrate(watched, path)
    expect(ran).toEqual([])
    await store.close()
  })
})

describe('reads beside writes', () => {
  test('parallel reads on reader connections see every committed write', async () => {
    const store = await openStore(':memory:')
    await store.run(`CREATE TABLE t (i INTEGER)`)
    for (let i = 0; i < 20; i++) {
      await store.run(`INSERT INTO t VALUES ($i)`, { i })
      const counts = await Promise.all([1, 2, 3, 4].map(() => store.all<{ n: number }>(`SELECT count(*) AS n FROM t`)))
      expect(counts.map((c) => c[0].n)).toEqual([i + 1, i + 1, i + 1, i + 1])
    }
    await store.close()
  })
})
