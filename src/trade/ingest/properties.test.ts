import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { AppError } from '../../errors.js'
import { openStore } from '../../store/open.js'
import { sharedData, tempDir } from '../../test-support/files.js'
import { fixture } from '../formats/test-support/load.js'
import { ingest } from './ingest.js'

// Property tests of the trade parsers: random bytes, random text, truncations and splices of real
// files. Each load either succeeds and accounts for every record (loaded, rejected or skipped
// with a reason) or fails with a user error (AppError) naming the file: never an untyped error.

const dir = tempDir('chokepoint-props-')
let n = 0

/** One-record-one-row formats, whose counts can be checked against an independent count. */
const FILES: { format: string; file: string; perRecord: boolean }[] = [
  { format: 'comtrade', file: fixture('comtrade-plus.csv'), perRecord: true },
  { format: 'eurostat', file: fixture('eurostat-monthly.csv'), perRecord: false },
  { format: 'imf', file: fixture('imf-wide.csv'), perRecord: false },
  { format: 'ru-customs', file: fixture('ru-customs.tsv'), perRecord: true },
  { format: 'shipments', file: fixture('shipments.csv'), perRecord: true },
]
const REAL = [
  { format: 'imf', path: 'imf-imts-russia-by-partner/RU_trade_IMF_IMTS_2016_2024.csv' },
  { format: 'eurostat', path: 'eurostat-eu-exports-ru-neighbours/eurostat_exports_to_GE_UZ_2019_2024.csv' },
]

/** Loads `bytes` as `format`: the report, or the error's message when it is a user error. */
async function attempt(format: string, bytes: Uint8Array): Promise<{ ok: true; rows: number; accounted: number } | { ok: false; message: string }> {
  const file = join(dir, `p${n++}.csv`)
  writeFileSync(file, bytes)
  const store = await openStore(':memory:')
  try {
    const r = await ingest(store, file, { format, quarantine: join(dir, `q${n}.csv`) })
    const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0)
    return { ok: true, rows: r.rows, accounted: r.rows + r.rejected + skipped + r.duplicates }
  } catch (err) {
    if (!(err instanceof AppError)) throw new Error(`untyped error for ${format}: ${(err as Error).stack}`)
    expect(err.message).toContain(`p${n - 1}.csv`)
    return { ok: false, message: err.message }
  } finally {
    await store.close()
  }
}

/** Records in a CSV text (DuckDB's count: blank lines skipped, quoted breaks kept in a record). */
function records(text: string): number {
  let inQuote = false
  let count = 0
  let blank = true
  for (const ch of text) {
    if (ch === '"') inQuote = !inQuote
    if (ch === '\n' && !inQuote) {
      if (!blank) count++
      blank = true
    } else if (ch !== '\r') blank = false
  }
  return count + (blank ? 0 : 1) - 1
}

// FC_RUNS raises the count for a longer search (the default keeps npm test quick).
const runs = { numRuns: Number(process.env.FC_RUNS ?? 25) }

describe('random input never gives an untyped error', () => {
  test.each(FILES.map((f) => f.format))('%s: random bytes', async (format) => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), async (bytes) => void (await attempt(format, bytes))), runs)
  })
  test.each(FILES.map((f) => f.format))('%s: random text under a real header', async (format) => {
    const header = readFileSync(FILES.find((f) => f.format === format)!.file, 'utf8').split('\n')[0]
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (body) => void (await attempt(format, Buffer.from(`${header}\n${body}`)))), runs)
  })
})

describe('truncations and splices of real files', () => {
  test.each(FILES)('$format: any truncation loads whole records or names the problem', async ({ format, file, perRecord }) => {
    const text = readFileSync(file, 'utf8')
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: text.length }), async (cut) => {
        const part = text.slice(0, cut)
        const r = await attempt(format, Buffer.from(part))
        // Nothing silently dropped: every record of the piece is loaded, rejected or skipped.
        if (r.ok && perRecord) expect(r.accounted).toBe(records(part))
      }),
      runs
    )
  })
  test.each(FILES)('$format: a file spliced with itself loads or names the problem', async ({ format, file }) => {
    const text = readFileSync(file, 'utf8')
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }), async (a, b) => {
        await attempt(format, Buffer.from(text.slice(0, a) + text.slice(b)))
      }),
      runs
    )
  })
  test.each(REAL)('real $path: truncations', async ({ format, path }) => {
    const real = sharedData(path)
    if (!real.present) return
    const text = readFileSync(real.path, 'utf8')
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: text.length }), async (cut) => void (await attempt(format, Buffer.from(text.slice(0, cut))))), { numRuns: 10 })
  })
})
