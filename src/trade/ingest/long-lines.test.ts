import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { tempDir } from '../../test-support/files.js'
import { ingest } from './ingest.js'

const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n'
const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `2021,643,156,M,854231,${from + i}\n`).join('')
const longRow = (bytes: number) => `2021,643,156,M,854231,${'0'.repeat(bytes)}777777\n`

function write(text: string): string {
  const file = join(tempDir('chokepoint-lines-'), 'long.csv')
  writeFileSync(file, text)
  return file
}

async function attempt(file: string, maxLineBytes?: number) {
  const store = await openStore(':memory:')
  try {
    const report = await ingest(store, file, { format: 'comtrade', maxLineBytes })
    return { report, datasets: (await store.all('SELECT id FROM dataset')).length }
  } catch (err) {
    return { error: (err as Error).message, datasets: (await store.all('SELECT id FROM dataset')).length }
  } finally {
    await store.close()
  }
}

describe('over-long lines', () => {
  // Regression: a 32 MiB last line was dropped and the load still said "loaded".
  test('a 33 MiB last line stops the load, naming the line', async () => {
    const r = await attempt(write(HEADER + rows(0, 1000) + longRow(33 << 20)))
    expect(r.error).toMatch(/long\.csv:1002: line too long: more than 2097152 bytes \(raise the limit with --max-line-bytes/)
    expect(r.datasets).toBe(0)
  })

  // Regression: a long line in the middle gave DuckDB's raw "Parallel CSV Reader" or "CSV Error on Line".
  test.each([3 << 20, 40 << 20])('a %i-byte line in the middle is named with its line', async (bytes) => {
    const r = await attempt(write(HEADER + rows(0, 100) + longRow(bytes) + rows(100, 1000)))
    expect(r.error).toMatch(/long\.csv:102: line too long/)
    expect(r.error).not.toMatch(/Parallel|Invalid Input/)
  })

  test('the limit is configurable: a raised limit reads every row', async () => {
    const r = await attempt(write(HEADER + rows(0, 100) + longRow(3000) + rows(100, 200)), 4096)
    expect(r.report?.rows).toBe(201)
    const low = await attempt(write(HEADER + rows(0, 100) + longRow(3000)), 2048)
    expect(low.error).toMatch(/long\.csv:102: line too long: more than 2048 bytes/)
  })

  test('without a final newline the last line still counts', async () => {
    const r = await attempt(write(HEADER + rows(0, 10) + longRow(5000).trimEnd()), 2048)
    expect(r.error).toMatch(/long\.csv:12: line too long/)
  })
})
