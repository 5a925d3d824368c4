import { describe, expect, test } from 'vitest'
import { bind, ident, literal } from './clickhouse-sql.js'

const EVIL = `"';DROP TABLE flow;--`

describe('clickhouse literals', () => {
  test.each([
    ["o'brien", "'o\\'brien'"],
    ['back\\slash', "'back\\\\slash'"],
    [EVIL, `'"\\';DROP TABLE flow;--'`],
    ["\\'; DROP TABLE flow; --", "'\\\\\\'; DROP TABLE flow; --'"],
    ['nul\0byte', "'nul\\0byte'"],
  ])('literal(%j) = %s', (value, quoted) => expect(literal(value)).toBe(quoted))

  test.each([
    [null, 'NULL'],
    [true, '1'],
    [false, '0'],
    [42, '42'],
    [-1.5, '-1.5'],
    [12345678901234567890n, '12345678901234567890'],
    [new Date('2024-04-13T00:00:00.123Z'), "'2024-04-13T00:00:00.123Z'"],
  ])('literal(%s) = %s', (value, sql) => expect(literal(value)).toBe(sql))

  test('a number that is not finite is refused, not written as NaN', () => expect(() => literal(Number.NaN)).toThrow(/invalid number/))

  test.each([
    ['flow', '`flow`'],
    ['we`ird', '`we\\`ird`'],
  ])('ident(%s) = %s', (name, quoted) => expect(ident(name)).toBe(quoted))
})

describe('binding $parameters', () => {
  test('each $name becomes its literal, once: a value holding $other is not read again', () => {
    expect(bind('SELECT $a, $b', { a: '$b', b: 1 })).toBe("SELECT '$b', 1")
  })

  test('a $ inside quoted text is left alone', () => {
    expect(bind(`SELECT '$a', "$a", $a`, { a: 'x' })).toBe(`SELECT '$a', "$a", 'x'`)
  })

  test('a quote escaped with a backslash does not end the quoted text', () => {
    expect(bind(`SELECT 'it\\'s $a', $a`, { a: 1 })).toBe(`SELECT 'it\\'s $a', 1`)
  })

  test('a parameter without a value is an error', () => {
    expect(() => bind('SELECT $missing', {})).toThrow('no value for parameter $missing')
  })
})
