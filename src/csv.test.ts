import { expect, test } from 'vitest'
import { csvField } from './csv.js'

test.each([
  ['plain', 'plain'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['=1+2', "'=1+2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['+7 495', "'+7 495"],
  // Regression: text starting with "-" and a digit passed unescaped (the exemption was for a prefix).
  ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
  ['-2+3', "'-2+3"],
  ['-1.5', '-1.5'],
  ['-2e6', '-2e6'],
  [-3, '-3'],
  [null, ''],
  [true, 'true'],
])('csvField(%j) = %s', (v, out) => expect(csvField(v)).toBe(out))
