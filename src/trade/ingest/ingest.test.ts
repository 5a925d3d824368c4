import { readFileSync } from 'node:fs'
import { describe, expect, test, beforeEach, afterEach } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { shares } from '../analytics/shares.js'
import { ingest } from './ingest.js'

const FIXTURE = new URL('../formats/fixtures/comtrade-plus.csv', import.meta.url).pathname
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue,netWgt'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

let store: Store
let dir: string
beforeEach(async () => {
  store = await openStore(':memory:')
  dir = tempDir()
})
afterEach(() => store.close())

const count = async (sql: string) => (await store.all<{ n: number }>(sql))[0].n

describe('comtrade ingest', () => {
  test('loads totals only and reports each kind of breakdown it skipped', async () => {
    const r = await ingest(store, FIXTURE, { format: 'comtrade' })
    expect(r.status).toBe('loaded')
    expect(r.rows).toBe(16)
    expect(r.skipped).toEqual({
      'customsCode is not C00 (breakdown of a total)': 5,
      'motCode is not 0 (breakdown of a total)': 2,
      'partner2Code is not 0 (breakdown of a total)': 2,
      'flowCode MIP (special-procedure breakdown)': 2,
    })
    const codes = await store.all<{ code: string }>(`SELECT DISTINCT partner AS code FROM flow ORDER BY 1`)
    expect(codes.map((c) => c.code)).toEqual(['CHN', 'DEU', 'RUS', 'TWN', 'USA', 'WLD', 'X899'])
  })

  test('shares on both bases equal the hand-computed ones', async () => {
    await ingest(store, FIXTURE, { format: 'comtrade' })
    const reported = await shares(store, { importer: 'RUS', basket: 'chpl-tier-1', by: 'year' })
    const y2021 = reported.rows.filter((r) => r.period === '2021')
    expect(y2021.find((r) => r.partner === 'CHN')?.share).toBeCloseTo(400 / 1000, 6)
    expect(y2021.find((r) => r.partner === 'TWN')?.share).toBeCloseTo(200 / 1000, 6)
    expect(y2021.some((r) => r.partner === 'WLD')).toBe(false)
    expect(reported.periods.find((p) => p.period === '2021')?.denominator).toBe('world row')
    const mirror = await shares(store, { importer: 'RUS', basket: 'chpl-tier-1', by: 'year', basis: 'mirror' })
    expect(mirror.rows.find((r) => r.partner === 'CHN')?.share).toBeCloseTo(500 / 660, 6)
    expect(mirror.periods[0].denominator).toBe('sum of countries')
    expect(mirror.basis_note).toMatch(/FOB.*1\.06/)
  })

  test('re-loading the same file is a no-op that says so', async () => {
    await ingest(store, FIXTURE, { format: 'comtrade' })
    const again = await ingest(store, FIXTURE, { format: 'comtrade' })
    expect(again.status).toBe('unchanged')
    expect(await count(`SELECT count(*) AS n FROM dataset`)).toBe(1)
    expect(await count(`SELECT count(*) AS n FROM flow`)).toBe(16)
  })

  test('the same bytes under another name are recognised too, and nothing is loaded twice', async () => {
    await ingest(store, FIXTURE, { format: 'comtrade' })
    const copy = writeFixture(dir, 'renamed.csv', readFileSync(FIXTURE))
    const again = await ingest(store, copy, { format: 'comtrade' })
    expect(again.status).toBe('unchanged')
    expect(await count(`SELECT count(*) AS n FROM flow`)).toBe(16)
  })

  test('--replace swaps an earlier load of the same file name', async () => {
    const file = writeFixture(dir, 'rus.csv', csv('2021,643,156,M,8542,C00,0,0,100,', '2021,643,0,M,8542,C00,0,0,100,'))
    await ingest(store, file, { format: 'comtrade' })
    writeFixture(dir, 'rus.csv', csv('2021,643,156,M,8542,C00,0,0,70,', '2021,643,0,M,8542,C00,0,0,100,'))
    const r = await ingest(store, file, { format: 'comtrade', replace: true })
    expect(r.status).toBe('replaced')
    expect(await count(`SELECT count(*) AS n FROM dataset`)).toBe(1)
    expect(await count(`SELECT sum(value)::INT AS n FROM flow WHERE partner = 'CHN'`)).toBe(70)
  })

  test('a bad row stops the load with FILE:LINE: column COL: bad value, and nothing is loaded', async () => {
    const file = writeFixture(dir, 'bad.csv', csv('2021,643,156,M,8542,C00,0,0,100,', '2021,643,156,M,8542,C00,0,0,-5,'))
    await expect(ingest(store, file, { format: 'comtrade' })).rejects.toThrow(
      `${file}:3: column primaryValue: bad value "-5" (expected a finite number >= 0 or empty)`
    )
    expect(await count(`SELECT count(*) AS n FROM dataset`)).toBe(0)
    expect(await count(`SELECT count(*) AS n FROM flow`)).toBe(0)
  })

  test.each([
    ['a 10-digit HS code', '2021,643,156,M,8542310000,C00,0,0,1,', 'column cmdCode: bad value "8542310000" (expected TOTAL or an HS code of 2, 4, 6 digits)'],
    ['a text value', '2021,643,156,M,8542,C00,0,0,abc,', 'column primaryValue: bad value "abc"'],
    ['a bad period', '2021-13,643,156,M,8542,C00,0,0,1,', 'column period: bad value "2021-13"'],
    ['an unknown flow code', '2021,643,156,Q,8542,C00,0,0,1,', 'column flowCode: bad value "Q"'],
    ['a negative weight', '2021,643,156,M,8542,C00,0,0,1,-3', 'column netWgt: bad value "-3"'],
  ])('%s is rejected with its line', async (_label, row, message) => {
    const file = writeFixture(dir, 'bad.csv', csv('2021,643,0,M,8542,C00,0,0,1,', row))
    await expect(ingest(store, file, { format: 'comtrade' })).rejects.toThrow(`${file}:3: ${message}`)
  })

  test('--quarantine loads the good rows and writes each bad row with its reason', async () => {
    const file = writeFixture(dir, 'mixed.csv', csv('2021,643,156,M,8542,C00,0,0,100,', '2021,643,156,M,85423,C00,0,0,1,', '2021,643,0,M,8542,C00,0,0,200,'))
    const rejects = `${dir}/rejects.csv`
    const r = await ingest(store, file, { format: 'comtrade', quarantine: rejects })
    expect(r.rows).toBe(2)
    expect(r.rejected).toBe(1)
    const text = readFileSync(rejects, 'utf8').trim().split('\n')
    expect(text).toHaveLength(2)
    expect(text[0]).toMatch(/^line,reason,period,reporterCode/)
    expect(text[1]).toMatch(/^3,"?column cmdCode: bad value ""?85423/)
  })

  test.each([
    ['an empty file', '', /empty file/],
    ['a header-only file', HEADER + '\n', /no data rows after the header/],
    ['a file without the needed columns', 'a,b\n1,2\n', /missing column period or Period or refPeriodId/],
  ])('%s gets a clear message', async (_label, text, message) => {
    const file = writeFixture(dir, 'f.csv', text)
    await expect(ingest(store, file, { format: 'comtrade' })).rejects.toThrow(message)
  })

  test('non-UTF-8 bytes are reported with their line', async () => {
    const bytes = Buffer.concat([Buffer.from(csv('2021,643,156,M,8542,C00,0,0,1,')), Buffer.from([0x32, 0x30, 0x32, 0x31, 0x2c, 0xff, 0xfe, 0x0a])])
    const file = writeFixture(dir, 'latin.csv', bytes)
    await expect(ingest(store, file, { format: 'comtrade' })).rejects.toThrow(`${file}:3: invalid UTF-8`)
  })

  test('a wrong format name lists the known ones', async () => {
    await expect(ingest(store, FIXTURE, { format: 'comtrad' })).rejects.toThrow(/unknown format: "comtrad" \(expected comtrade/)
  })

  test('a missing file is named', async () => {
    await expect(ingest(store, `${dir}/nope.csv`, { format: 'comtrade' })).rejects.toThrow(`no such file: ${dir}/nope.csv`)
  })

  test('unmapped country codes are kept, counted and reported', async () => {
    const file = writeFixture(dir, 'odd.csv', csv('2021,643,999,M,8542,C00,0,0,5,', '2021,643,999,M,8541,C00,0,0,5,', '2021,643,0,M,8542,C00,0,0,10,'))
    const r = await ingest(store, file, { format: 'comtrade' })
    expect(r.unmapped).toEqual([{ column: 'partner', code: '999', rows: 2 }])
    expect(r.warnings[0]).toMatch(/unmapped partner code "999" in 2 rows/)
    expect(await count(`SELECT count(*) AS n FROM flow WHERE partner = '?999'`)).toBe(2)
  })
})

describe('nomenclature check', () => {
  test('codes missing from the nomenclature are kept and reported with a count', async () => {
    const file = writeFixture(dir, 'codes.csv', csv('2021,643,156,M,854231,C00,0,0,5,', '2021,643,156,M,999999,C00,0,0,5,', '2021,643,0,M,854231,C00,0,0,10,'))
    const r = await ingest(store, file, { format: 'comtrade', nomenclature: new Set(['85', '8542', '854231']) })
    expect(r.warnings).toEqual(['1 HS codes in 1 rows are not in the HS2022 nomenclature (kept): 999999'])
    expect(await count(`SELECT count(*) AS n FROM flow WHERE hs = '999999'`)).toBe(1)
  })
})
