import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { IngestOptions } from '../ingest/ingest.js'
import { fixture, loadError, tempFile } from './test-support/load.js'

// Regression: NaN, Infinity, inf and 1e309 loaded as trade values, so China vanished from the
// 2021 shares and HHI printed NaN.
const NON_FINITE = ['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '+inf', '1e309', '-1e309']

/** Each format's fixture, the value to spoil on its first data line, and the column named. */
const FORMATS: { name: string; file: string; opts: IngestOptions; line: number; value: string; column: string; ext: string }[] = [
  { name: 'comtrade', file: 'comtrade-plus.csv', opts: { format: 'comtrade' }, line: 2, value: ',1000,,1000,', column: 'primaryValue|cifvalue|fobvalue', ext: 'csv' },
  { name: 'eurostat', file: 'eurostat-monthly.csv', opts: { format: 'eurostat' }, line: 2, value: ',600,', column: 'VALUE_IN_EUR', ext: 'csv' },
  { name: 'imf', file: 'imf-wide.csv', opts: { format: 'imf' }, line: 2, value: '"100"', column: '2021', ext: 'csv' },
  { name: 'ru-customs', file: 'ru-customs.tsv', opts: { format: 'ru-customs' }, line: 2, value: '\t1500.5\t', column: 'VALUE', ext: 'tsv' },
  { name: 'shipments', file: 'shipments.csv', opts: { format: 'shipments' }, line: 2, value: ',125000.50,', column: 'value', ext: 'csv' },
]

describe.each(FORMATS)('$name rejects non-finite values', ({ file, opts, line, value, column, ext }) => {
  test.each(NON_FINITE)('%s', async (bad) => {
    const lines = readFileSync(fixture(file), 'utf8').split('\n')
    const spoiled = value.replace(/[\d.]+/, bad)
    expect(lines[line - 1]).toContain(value)
    lines[line - 1] = lines[line - 1].replace(value, spoiled)
    const message = await loadError(tempFile(`bad.${ext}`, lines.join('\n')), opts)
    expect(message).toMatch(new RegExp(`bad\\.${ext}:${line}: column (${column}): bad value "${bad.replace('+', '\\+')}" \\(expected a finite number`))
  })
})
