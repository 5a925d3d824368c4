import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clickhouseUrls } from '../test-support/clickhouse.js'
import { httpQuery, parseClickHouseUrl } from './clickhouse-connect.js'
import type { ClickHouseTarget } from './clickhouse-connect.js'
import { bind, dateLiteral, dateTimeLiteral, ident, literal } from './clickhouse-sql.js'

const EVIL = [
  `"';DROP TABLE t;--`,
  `'); DROP TABLE t; --`,
  `\\'; SELECT 1; --`,
  `\\`,
  `'`,
  '`',
  `a\\'b`,
  `x' OR '1'='1`,
  `/* comment */ --`,
  `line\nbreak\r\ttab\0nul\x7fdel\x1bescape\x08\x0c\x0b`,
  `{p:String} $1 ? %s`,
  `日本語 кириллица عربي 🚢 \u2028\u2029\ufeff\ufffd`,
]

describe('literal', () => {
  test.each([
    ["o'brien", String.raw`'o\'brien'`],
    ['back\\slash', String.raw`'back\\slash'`],
    ['a\0b\nc\x7f', String.raw`'a\x00b\x0ac\x7f'`],
    ['日本', `'日本'`],
    [42, '42'],
    [-5, '(-5)'],
    [1.5e-7, '1.5e-7'],
    [-0, '(-0.0)'],
    [5e-324, `reinterpretAsFloat64(unhex('0100000000000000'))`],
    [12345678901234567890n, '12345678901234567890'],
    [-9n, '(-9)'],
    [true, '1'],
    [false, '0'],
    [null, 'NULL'],
    [new Date('2024-04-13T00:00:00.999Z'), `'2024-04-13T00:00:00.999Z'`],
  ])('literal(%s) = %s', (value, sql) => expect(literal(value)).toBe(sql))

  test.each([NaN, Infinity, -Infinity])('the number %s is refused', (n) =>
    expect(() => literal(n)).toThrow(
      `invalid number for clickhouse: ${n} (expected a finite number)`
    )
  )

  test.each([
    ['a\ud800b', 'U+D800 at index 1'],
    ['\udfff', 'U+DFFF at index 0'],
    ['ok 🚢 then \udc00', 'U+DC00 at index 11'],
  ])('a lone surrogate in %j is refused', (text, where) =>
    expect(() => literal(text)).toThrow(`invalid text for clickhouse: lone surrogate ${where}`)
  )

  test('an invalid Date is refused', () =>
    expect(() => literal(new Date(NaN))).toThrow('invalid date for clickhouse: Invalid Date'))

  test('dateTimeLiteral: a moment in UTC, whole seconds', () =>
    expect(dateTimeLiteral(new Date('2024-04-13T23:59:59.500Z'))).toBe(
      `toDateTime('2024-04-13 23:59:59', 'UTC')`
    ))

  test.each([new Date(NaN), new Date('1969-12-31T23:59:59Z'), new Date('2106-02-08T00:00:00Z')])(
    'dateTimeLiteral refuses %s',
    (d) => expect(() => dateTimeLiteral(d)).toThrow(/invalid date for clickhouse/)
  )

  test.each([
    ['2024-02-29', `toDate('2024-02-29')`],
    ['2149-06-06', `toDate('2149-06-06')`],
  ])('dateLiteral(%s) = %s', (day, sql) => expect(dateLiteral(day)).toBe(sql))

  test.each(['2023-02-29', '2024-1-02', "2024-01-02'", '1969-12-31', '2149-06-07'])(
    'the day %j is refused',
    (day) => expect(() => dateLiteral(day)).toThrow(`invalid day for clickhouse: "${day}"`)
  )
})

describe('ident', () => {
  test.each([
    ['flow', '`flow`'],
    ['we`ird', '`we\\`ird`'],
    ['back\\', '`back\\\\`'],
    ['new\nline', '`new\\x0aline`'],
  ])('ident(%j) = %s', (name, sql) => expect(ident(name)).toBe(sql))

  test.each(['', 'a\0b', 'x\ud800'])('the identifier %j is refused', (name) =>
    expect(() => ident(name)).toThrow(/invalid identifier/)
  )
})

describe('bind', () => {
  test('each $name becomes its literal, once: a value holding $other is not read again', () =>
    expect(bind('SELECT $a, $b, 10-$n', { a: '$b', b: 1, n: -5 })).toBe("SELECT '$b', 1, 10-(-5)"))

  test.each([
    [`SELECT '$a', "$a", \`$a\`, $a`, `SELECT '$a', "$a", \`$a\`, 'x'`],
    [`SELECT 'it\\'s $a', 'o''$a', $a`, `SELECT 'it\\'s $a', 'o''$a', 'x'`],
    [`-- $a\nSELECT $a`, `-- $a\nSELECT 'x'`],
    [`SELECT /* $a /* $a */ $a */ $a`, `SELECT /* $a /* $a */ $a */ 'x'`],
    [`SELECT $a /* $a`, `SELECT 'x' /* $a`],
  ])('a $ inside quotes or a comment is left alone: %s', (sql, bound) =>
    expect(bind(sql, { a: 'x' })).toBe(bound)
  )

  test.each(['missing', 'constructor'])('$%s without a value is an error', (name) =>
    expect(() => bind(`SELECT $${name}`, {})).toThrow(`no value for parameter $${name}`)
  )
})

// Real servers: what goes in comes back byte for byte, and a hostile value never changes the statement.
const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex').toUpperCase()
const rows = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)

describe.skipIf(clickhouseUrls.length === 0).each(clickhouseUrls)('on %s', (url) => {
  const target: ClickHouseTarget = parseClickHouseUrl(url)
  const table = `t_inject_${process.pid}_${Date.now()}`
  const query = (sql: string) => httpQuery(target, sql)
  beforeAll(async () => {
    await httpQuery(target, `CREATE DATABASE IF NOT EXISTS ${ident(target.database)}`, {
      useDatabase: false,
    })
    await query(`CREATE TABLE ${ident(table)} (n UInt32, s String) ENGINE = Memory`)
  })
  afterAll(() => query(`DROP TABLE IF EXISTS ${ident(table)}`))

  test('hostile strings come back byte for byte, in one row each', async () => {
    const sql = `SELECT ${EVIL.map((s, i) => `hex(${literal(s)}) AS ${ident(`v${i}`)}`).join(', ')}, 'end' AS marker FORMAT JSONEachRow`
    const [row, ...more] = rows(await query(sql))
    expect(more).toEqual([])
    expect(row).toEqual({
      ...Object.fromEntries(EVIL.map((s, i) => [`v${i}`, hex(s)])),
      marker: 'end',
    })
  })

  test('hostile strings inserted as values stay values, and the table stays', async () => {
    const values = EVIL.map((s, i) => `(${literal(i)}, ${literal(s)})`).join(', ')
    await query(`INSERT INTO ${ident(table)} VALUES ${values}`)
    const back = rows(await query(`SELECT n, s FROM ${ident(table)} ORDER BY n FORMAT JSONEachRow`))
    expect(back).toEqual(EVIL.map((s, i) => ({ n: i, s })))
    const hits = await query(`SELECT count() FROM ${ident(table)} WHERE s = ${literal(EVIL[0])}`)
    expect(hits.trim()).toBe('1')
  })

  test('every code point class round-trips: generated strings', async () => {
    const strings = fc.sample(fc.string({ unit: 'grapheme', maxLength: 40 }), {
      numRuns: 300,
      seed: 13,
    })
    strings.push(
      String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i)),
      '\u{10ffff}\u{1f6a2}\u00ff\u0100'
    )
    const sql = `SELECT arrayMap(x -> hex(x), [${strings.map(literal).join(', ')}]) AS h FORMAT JSONEachRow`
    const [row] = rows(await query(sql))
    expect(row.h).toEqual(strings.map(hex))
  })

  test('hostile names are identifiers, not SQL', async () => {
    const names = EVIL.filter((s) => !s.includes('\0'))
    const sql = `SELECT ${names.map((n, i) => `${literal(i)} AS ${ident(n)}`).join(', ')} FORMAT JSON`
    const meta = (JSON.parse(await query(sql)) as { meta: { name: string }[] }).meta
    expect(meta.map((m) => m.name)).toEqual(names)
  })

  test('numbers come back with the same IEEE bytes', async () => {
    const numbers = [
      0,
      -0,
      1,
      -1,
      0.1,
      -0.30000000000000004,
      1e21,
      -1.5e-7,
      5e-324,
      -1e-310,
      2.2250738585072014e-308,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      2 ** 53 + 2,
      -(2 ** 63),
    ]
    const sql = `SELECT [${numbers.map((n) => `hex(reinterpretAsString(toFloat64(${literal(n)})))`).join(', ')}] AS h FORMAT JSONEachRow`
    const ieee = (n: number) => {
      const b = Buffer.alloc(8)
      b.writeDoubleLE(n)
      return b
        .toString('hex')
        .toUpperCase()
        .replace(/(00)+$/, '')
    }
    // reinterpretAsString drops trailing zero bytes (it reads the value as a C string).
    expect((rows(await query(sql))[0].h as string[]).map((h) => h.replace(/(00)+$/, ''))).toEqual(
      numbers.map(ieee)
    )
  })

  test('hostile values bound to $parameters stay values', async () => {
    for (const v of EVIL) {
      const sql = bind('SELECT hex($v) AS v, 10-$n AS n /* $v */ FORMAT JSONEachRow', { v, n: -5 })
      expect(rows(await query(sql))).toEqual([{ v: hex(v), n: 15 }])
    }
  })

  test('a negative value after a minus stays a value, not a comment', async () => {
    const out = await query(
      `SELECT 10-${literal(-5)}, 10-${literal(-5n)}, 10-${literal(-0.5)} FORMAT TSV`
    )
    expect(out.trim()).toBe('15\t15\t10.5')
  })

  test('bigints, booleans, null, dates and days come back as given', async () => {
    const sql = `SELECT toString(${literal(18446744073709551615n)}) AS big, toString(${literal(-9223372036854775808n)}) AS small, ${literal(true)} AS yes, ${literal(null)} AS nothing, ${literal(new Date('2024-04-13T23:59:59.500Z'))} AS iso, toString(${dateTimeLiteral(new Date('2024-04-13T23:59:59.500Z'))}) AS moment, toString(${dateLiteral('2024-02-29')}) AS day FORMAT JSONEachRow`
    expect(rows(await query(sql))).toEqual([
      {
        big: '18446744073709551615',
        small: '-9223372036854775808',
        yes: 1,
        nothing: null,
        iso: '2024-04-13T23:59:59.500Z',
        moment: '2024-04-13 23:59:59',
        day: '2024-02-29',
      },
    ])
  })
})
