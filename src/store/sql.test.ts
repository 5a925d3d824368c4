import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from './open.js'
import { ident, literal } from './sql.js'
import type { Store } from './store.js'

const EVIL = `"';DROP TABLE flow;--`

let store: Store
beforeEach(async () => (store = await openStore(':memory:')))
afterEach(() => store.close())

describe('quoting', () => {
  test.each([
    ['flow', '"flow"'],
    ['we"ird', '"we""ird"'],
    [EVIL, `"""';DROP TABLE flow;--"`],
  ])('ident(%s) = %s', (name, quoted) => expect(ident(name)).toBe(quoted))

  test.each([
    ["o'brien", "'o''brien'"],
    [EVIL, `'"'';DROP TABLE flow;--'`],
  ])('literal(%s) = %s', (value, quoted) => expect(literal(value)).toBe(quoted))

  test('an identifier with a NUL byte is refused', () => expect(() => ident('a\0b')).toThrow(/invalid identifier/))

  test('an injection string as a quoted identifier names a column, it does not run', async () => {
    await store.run(`CREATE TABLE t (${ident(EVIL)} VARCHAR)`)
    await store.run(`INSERT INTO t VALUES ($v)`, { v: EVIL })
    const rows = await store.all<Record<string, string>>(`SELECT ${ident(EVIL)} AS v FROM t`)
    expect(rows).toEqual([{ v: EVIL }])
    expect(await store.all(`SELECT count(*) AS n FROM flow`)).toEqual([{ n: 0 }])
  })

  test('an injection string as a parameter is only a value', async () => {
    const rows = await store.all(`SELECT count(*) AS n FROM flow WHERE reporter = $r`, { r: EVIL })
    expect(rows).toEqual([{ n: 0 }])
    expect(await store.all(`SELECT count(*) AS n FROM dataset`)).toEqual([{ n: 0 }])
  })

  test('an injection string as a literal path is only a path', async () => {
    await expect(store.all(`SELECT * FROM read_csv(${literal(EVIL)})`)).rejects.toThrow(/No files found|does not exist|IO Error/i)
    expect(await store.all(`SELECT count(*) AS n FROM flow`)).toEqual([{ n: 0 }])
  })
})

describe('transactions', () => {
  test('a failing transaction leaves nothing behind', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.run(`INSERT INTO place VALUES ('AAA', 'A', 'country')`)
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    expect(await store.all(`SELECT count(*) AS n FROM place`)).toEqual([{ n: 0 }])
  })

  test('stream yields every row in chunks', async () => {
    const chunks: number[] = []
    for await (const rows of store.stream(`SELECT range AS i FROM range(25000)`, undefined, 10000)) chunks.push(rows.length)
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(25000)
  })
})
