import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { ingest } from '../ingest/ingest.js'
import { tempDir } from '../../test-support/files.js'
import { columnName } from './databrowser.js'
import { writeDataBrowser, type ProductSheet } from './databrowser-writer.js'
import { load, loadError } from './test-support/load.js'

// Workbooks are written by the test in the Data Browser layout (databrowser-writer.ts), so no
// binary fixture is committed. Columns: A reporter, B partner, C.. one per period.
const FRANCE = "France (incl. Saint Barthélemy 'BL' -> 2012; incl. French Guiana 'GF', Guadeloupe 'GP', Martinique 'MQ', Réunion 'RE' from 1997; incl. Mayotte 'YT' from 2014)"
const BELGIUM = "Belgium (incl. Luxembourg 'LU' -> 1998)"
const periods = ['2021-01', '2021-02', '2022-01']
const sheets: ProductSheet[] = [
  {
    code: '85423190',
    label: 'Processors and controllers, "multi-chip"',
    periods,
    rows: [
      [FRANCE, 'Russian Federation (Russia)', 100, ':', 7.5],
      [BELGIUM, 'Kyrgyzstan', ':', ':', 20],
    ],
  },
  { code: '84571010', periods, rows: [['Germany (incl. German Democratic Republic \'DD\' from 1991)', 'Armenia', 1, 2, ':']] },
]

async function workbook(name: string, content: ProductSheet[] = sheets): Promise<string> {
  const file = join(tempDir(), name)
  await writeDataBrowser(file, content)
  return file
}

describe('eurostat Data Browser xlsx', () => {
  test('one row per value cell, labels with notes mapped, CN8 kept, ":" cells counted and not loaded', async () => {
    const { store, report } = await load(await workbook('export.xlsx'), { format: 'eurostat' })
    expect(report).toMatchObject({ format: 'eurostat-xlsx', rows: 5, rejected: 0, unmapped: [], periodFrom: '2021-01', periodTo: '2022-01' })
    expect(report.skipped).toEqual({ 'not available (":" in the spreadsheet)': 4 })
    const rows = await store.all(`SELECT reporter, partner, flow, hs, period, value FROM flow ORDER BY hs, reporter, period`)
    expect(rows).toEqual([
      { reporter: 'DEU', partner: 'ARM', flow: 'export', hs: '84571010', period: '2021-01', value: 1 },
      { reporter: 'DEU', partner: 'ARM', flow: 'export', hs: '84571010', period: '2021-02', value: 2 },
      { reporter: 'BEL', partner: 'KGZ', flow: 'export', hs: '85423190', period: '2022-01', value: 20 },
      { reporter: 'FRA', partner: 'RUS', flow: 'export', hs: '85423190', period: '2021-01', value: 100 },
      { reporter: 'FRA', partner: 'RUS', flow: 'export', hs: '85423190', period: '2022-01', value: 7.5 },
    ])
    const [ds] = await store.all<{ file: string; skipped: number; currency: string }>(`SELECT file, skipped, currency FROM dataset`)
    expect(ds).toEqual({ file: 'export.xlsx', skipped: 4, currency: 'EUR' })
    await store.close()
  })

  test('sniffed by its zip bytes, not its name; --format eurostat-xlsx refuses a CSV', async () => {
    const file = await workbook('upload.bin')
    const { report } = await load(file, { format: 'eurostat' })
    expect(report.format).toBe('eurostat-xlsx')
    const csv = join(tempDir(), 'a.csv')
    writeFileSync(csv, 'REPORTER,PARTNER\n')
    expect(await loadError(csv, { format: 'eurostat-xlsx' })).toMatch(/a\.csv: not an xlsx file/)
    expect(await loadError(file, { format: 'comtrade' })).toMatch(/upload\.bin: an xlsx spreadsheet, which format comtrade does not read/)
  })

  test('a bad value names the sheet and cell, and nothing is loaded', async () => {
    const bad = structuredClone(sheets)
    bad[1].rows[0][3] = 'abc'
    const file = await workbook('bad.xlsx', bad)
    const store = await openStore(':memory:')
    const err = await ingest(store, file, { format: 'eurostat' }).catch((e: Error) => e.message)
    // The second product sheet ("Sheet 2" after the Summary); its first data row is the 12th, period 2 is column D.
    expect(err).toBe(`${file}: sheet "Sheet 2" cell ${columnName(4)}12: bad value "abc" (expected a number or ':'); nothing was loaded (use --quarantine REJECTS.csv to load the good rows)`)
    expect(await store.all(`SELECT count(*)::INT AS n FROM flow`)).toEqual([{ n: 0 }])
    expect(await store.all(`SELECT count(*)::INT AS n FROM dataset`)).toEqual([{ n: 0 }])
    const rejects = join(tempDir(), 'rejects.csv')
    const { report } = await load(file, { format: 'eurostat', quarantine: rejects }, store)
    expect(report).toMatchObject({ rows: 4, rejected: 1 })
    expect(readFileSync(rejects, 'utf8')).toContain('sheet ""Sheet 2"" cell D12: bad value ""abc""')
    await store.close()
  })

  test('layout errors name the sheet and cell', async () => {
    const noCode = await workbook('nocode.xlsx', [{ ...sheets[0], code: 'x' }])
    expect(await loadError(noCode, { format: 'eurostat' })).toMatch(/nocode\.xlsx: sheet "Sheet 1" cell C5: bad value "Processors.*\[x\]" \(expected a product label ending in its code/)
    const quantities = await workbook('kg.xlsx', [{ ...sheets[0], indicator: 'QUANTITY_IN_100KG' }])
    expect(await loadError(quantities, { format: 'eurostat' })).toMatch(/sheet "Sheet 1" cell C7: bad value "QUANTITY_IN_100KG" \(expected VALUE_IN_EUROS\)/)
    const quarter = await workbook('q.xlsx', [{ ...sheets[0], periods: ['2021-Q1', '2021-02', '2022-01'] }])
    expect(await loadError(quarter, { format: 'eurostat' })).toMatch(/sheet "Sheet 1" cell C9: bad value "2021-Q1" \(expected a period such as 2022 or 2022-08\)/)
    const allMissing = await workbook('none.xlsx', [{ ...sheets[0], rows: [[BELGIUM, 'Georgia', ':', ':', ':']] }])
    expect(await loadError(allMissing, { format: 'eurostat' })).toMatch(/none\.xlsx: all 3 value cells are ':' or empty; nothing to load/)
  })

  test('a truncated or corrupted workbook is a typed error naming the file, never a crash', async () => {
    const whole = readFileSync(await workbook('whole.xlsx'))
    const dir = tempDir()
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: whole.length - 1 }), fc.boolean(), async (at, flip) => {
        // Either cut the file at `at`, or overwrite 16 bytes there with garbage.
        const bytes = flip ? Buffer.concat([whole.subarray(0, at), Buffer.alloc(16, 0xa5), whole.subarray(at + 16)]) : whole.subarray(0, at)
        const file = join(dir, `cut-${at}-${flip}.xlsx`)
        writeFileSync(file, bytes)
        const store = await openStore(':memory:')
        try {
          await ingest(store, file, { format: 'eurostat' })
        } catch (err) {
          expect((err as Error).name).toBe('AppError')
          expect((err as Error).message).toContain(file)
        } finally {
          await store.close()
        }
      }),
      { numRuns: 25 }
    )
  }, 120_000)
})
