import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { literal } from '../../store/sql.js'
import type { Store } from '../../store/store.js'
import { sharedData, tempDir } from '../../test-support/files.js'
import { countryCount } from '../countries/countries.js'
import { ingest } from '../ingest/ingest.js'
import { shares, type SharesQuery } from './shares.js'

// The real Comext download of EU exports to Georgia and Uzbekistan (SOURCE.txt beside it), split
// the ways the site hands files out, must answer exactly as the whole file does.
const REAL = sharedData('eurostat-eu-exports-ru-neighbours/eurostat_exports_to_GE_UZ_2019_2024.csv')
const QUERIES: SharesQuery[] = [
  { exporter: 'EU27', basket: 'total', by: 'year' },
  { importer: 'GEO', basket: 'total', by: 'year', basis: 'mirror' },
  { importer: 'UZB', basket: 'total', by: 'quarter', basis: 'mirror' },
]
// The file has one product (Total), so its cells split by partner, period and reporter.
const SPLITS: Record<string, string[]> = {
  partner: [`PARTNER = 'Georgia'`, `PARTNER = 'Uzbekistan'`],
  'partner and period': ['Georgia', 'Uzbekistan'].flatMap((p) => [`PARTNER = '${p}' AND right(PERIOD, 4) <= '2021'`, `PARTNER = '${p}' AND right(PERIOD, 4) > '2021'`]),
  reporter: [0, 1, 2].map((k) => `hash(REPORTER) % 3 = ${k}`),
}

let scratch: Store
const dir = tempDir()
beforeAll(async () => (scratch = await openStore(':memory:')))
afterAll(() => scratch.close())

/** Writes the rows of the real file matching `where` to a piece of its own (same columns, a valid download). */
async function piece(name: string, where: string, order = 'TRUE'): Promise<string> {
  const out = join(dir, name)
  await scratch.run(`COPY (SELECT * FROM read_csv(${literal(REAL.path)}, all_varchar = true) WHERE ${where} ORDER BY ${order}) TO ${literal(out)} (HEADER, DELIMITER ',')`)
  return out
}

/** The answers of QUERIES after loading `files` in order into a fresh database, values rounded to the cent. */
async function answers(files: string[]) {
  const store = await openStore(':memory:')
  try {
    for (const f of files) {
      await ingest(store, f, { format: 'eurostat' })
      await new Promise((r) => setTimeout(r, 3))
    }
    const results = await Promise.all(QUERIES.map((q) => shares(store, q)))
    const figures = results.map((r) => ({
      rows: r.rows.map((x) => [x.period, x.partner, Math.round(x.value * 100), x.share?.toFixed(12)]),
      periods: r.periods.map((p) => [p.period, Math.round(p.total * 100), p.months]),
      coverage: r.coverage,
    }))
    return { figures, shadowed: results.flatMap((r) => r.shadowed), warnings: results.flatMap((r) => r.warnings) }
  } finally {
    await store.close()
  }
}

describe.skipIf(!REAL.present)('real Comext download split into pieces', () => {
  let whole: Awaited<ReturnType<typeof answers>>
  beforeAll(async () => {
    whole = await answers([REAL.path])
  }, 60_000)

  test('the whole file: EU27 exports to Georgia and Uzbekistan, and mirror shares naming their reporters', () => {
    expect(whole.figures[0].rows.map((r) => r[1])).toEqual(expect.arrayContaining(['GEO', 'UZB']))
    // The 27 members and the United Kingdom (its rows before it left), never the EU or euro area aggregates.
    expect(whole.figures[1].coverage).toEqual({ reporters: expect.arrayContaining(['AUT', 'BEL', 'DEU', 'GBR', 'SWE']), count: 28, of: countryCount() })
    expect(whole.shadowed).toEqual([])
  })

  // Regression: one dataset was used per reporter, flow and year, so pieces split by partner answered from the last piece only.
  test.each(Object.keys(SPLITS))('split by %s, loaded in several orders, answers as the whole file does', async (split) => {
    const files = await Promise.all(SPLITS[split].map((where, i) => piece(`${split.replaceAll(' ', '-')}-${i}.csv`, where)))
    for (const order of [files, [...files].reverse(), [...files.slice(1), files[0]]]) {
      const got = await answers(order)
      expect(got.figures).toEqual(whole.figures)
      expect(got.shadowed).toEqual([])
    }
  }, 120_000)

  test('an overlapping subset loaded again (other bytes, same cells) gives the same answer and is reported as shadowing', async () => {
    const pieces = await Promise.all(SPLITS['partner and period'].map((where, i) => piece(`again-${i}.csv`, where)))
    const georgia = await piece('georgia-again.csv', `PARTNER = 'Georgia'`, 'REPORTER DESC, PERIOD')
    const got = await answers([...pieces, georgia])
    expect(got.figures).toEqual(whole.figures)
    expect(got.shadowed.length).toBeGreaterThan(0)
    expect(new Set(got.shadowed.map((s) => s.dataset)).size).toBe(2)
    expect(got.warnings).toContainEqual(expect.stringMatching(/cells of again-[02]\.csv \[\w+\] also held by the later load georgia-again\.csv/))
  }, 120_000)
})
