import fc from 'fast-check'
import { expect, test } from 'vitest'
import { grouped, table } from './output.js'

test.each([
  [0, '0'],
  [7, '7'],
  [999, '999'],
  [1000, '1,000'],
  [-1234567, '-1,234,567'],
  [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
])('grouped(%d) = %s', (n, text) => expect(grouped(n)).toBe(text))

test('grouped writes integers as toLocaleString("en-US") does', () => {
  fc.assert(fc.property(fc.maxSafeInteger(), (n) => grouped(n) === n.toLocaleString('en-US')))
})

test('a table right-aligns numbers and groups their thousands', () => {
  expect(table([{ rows: 5000, name: 'a' }, { rows: 12, name: 'bb' }])).toBe([' rows  name', '-----  ----', '5,000  a', '   12  bb'].join('\n'))
})
