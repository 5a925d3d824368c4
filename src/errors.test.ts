import { expect, test } from 'vitest'
import { AppError, MAX_MESSAGE_CHARS, printable } from './errors.js'

test.each([
  ['plain message', 'plain message'],
  ['two\nlines\tand a tab', 'two\nlines\tand a tab'],
  ['bell\u0007 and escape\u001b[31m', 'bell\\x07 and escape\\x1b[31m'],
  ['nul\u0000 byte', 'nul\\x00 byte'],
  ['bad utf-8 \ufffd\ufffd', 'bad utf-8 ??'],
])('printable(%j) = %j', (a, b) => expect(printable(a)).toBe(b))

// Regression: a 50 MB header line without newlines made a 65 KB error message.
test('messages are bounded and say how much was cut', () => {
  const e = new AppError(400, 'x'.repeat(70_000))
  expect(e.message.length).toBeLessThan(MAX_MESSAGE_CHARS + 50)
  expect(e.message).toMatch(/… \(69000 more characters\)$/)
})
