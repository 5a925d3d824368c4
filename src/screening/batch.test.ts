import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { screenCsv } from './batch.js'
import { loadEuFsf } from './loaders/eu.js'
import { loadOfacCsv } from './loaders/ofac.js'
import { parseCsv } from './loaders/read.js'
import { loadUkCsv } from './loaders/uk.js'
import { createPool } from './pool.js'

test('batch: streaming, input order kept, one row per hit, bad rows answered', async () => {
  const items = loadUkCsv([new URL('./fixtures/uk-conlist.csv', import.meta.url).pathname]).entities.map((entity) => ({ entity, version: 'v1' }))
  const dir = mkdtempSync(join(tmpdir(), 'cp-batch-'))
  const rows = ['name,schema,country', 'Vladimir Putin,Person,RU', '   ,,', 'Zala Aero Group,Company,', 'Nobody Here,Person,', `"${'x'.repeat(10_000)}",,`]
  writeFileSync(join(dir, 'in.csv'), rows.join('\n'))
  const pool = await createPool(items, {}, 2)
  try {
    const stats = await screenCsv(pool, join(dir, 'in.csv'), join(dir, 'out.csv'), { chunk: 2 })
    expect(stats).toMatchObject({ rows: 5, errors: 1 })
  } finally {
    await pool.close()
  }
  const out = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n')
  expect(out[0]).toBe('row,query_name,status,card,rank,score,match,entity_id,caption,schema,list_version,datasets,programs,listed,explanation,warnings,ref')
  expect(out[1]).toMatch(/^1,Vladimir Putin,match,1,/)
  expect(out[2]).toMatch(/^2,.*,"error: empty name/)
  expect(out.find((l) => l.startsWith('3,'))).toMatch(/gb-hmt-15022/)
  expect(out.find((l) => l.startsWith('4,'))).toMatch(/no hit/)
  expect(out.at(-1)).toMatch(/^5,x+,no hit,.*longer than 300/)
})

// Regression: a batch row with an unknown country or an impossible birth date was screened as if it had none.
// Regression: a bad birth date in a batch row blocked the screening of that row's name.
test('batch: a bad country or birth date is left out with a warning naming the row and the value; the name is still screened', async () => {
  const items = loadUkCsv([new URL('./fixtures/uk-conlist.csv', import.meta.url).pathname]).entities.map((entity) => ({ entity, version: 'v1' }))
  const dir = mkdtempSync(join(tmpdir(), 'cp-batch-'))
  const rows = ['name,country,birth_date', 'Vladimir Putin,Narnia,', 'Vladimir Putin,Russia,2024-02-30', 'Vladimir Putin,Russia,1952-10-07', 'Vladimir Putin,Russia,1952-10-7', 'Vladimir Putin,,1960-1-1']
  writeFileSync(join(dir, 'in.csv'), rows.join('\n'))
  const pool = await createPool(items, {}, 1)
  const warned: string[] = []
  try {
    const stats = await screenCsv(pool, join(dir, 'in.csv'), join(dir, 'out.csv'), { onWarning: (row, w) => warned.push(`${row}: ${w}`) })
    expect(stats).toMatchObject({ rows: 5, errors: 0, warnings: 2 })
  } finally {
    await pool.close()
  }
  expect(warned).toEqual(['1: unknown country: "Narnia" (expected an ISO code such as RUS or RU, or a country name): left out, the name screened without it', '2: invalid birth date: "2024-02-30" (no such date): left out, the name screened without it'])
  const [header, ...out] = parseCsv(readFileSync(join(dir, 'out.csv'), 'utf8'), 'out.csv')
  const col = (r: string[], c: string) => r[header.indexOf(c)]
  const first = (row: string) => out.find((r) => r[0] === row)!
  expect(['1', '2', '3', '4'].map((row) => [col(first(row), 'status'), col(first(row), 'entity_id')])).toEqual(Array(4).fill(['match', 'gb-hmt-14200']))
  expect(col(first('1'), 'warnings')).toMatch(/^unknown country: "Narnia"/)
  expect(col(first('2'), 'warnings')).toMatch(/^invalid birth date: "2024-02-30"/)
  // An unpadded date is the same date: it agrees with the listed birth date as the padded one does.
  expect(col(first('4'), 'score')).toBe(col(first('3'), 'score'))
  expect(col(first('4'), 'warnings')).toBe('')
  // A birth date eight years off lowers the score: the unpadded date was read, not dropped.
  expect(Number(col(first('5'), 'score'))).toBeLessThan(Number(col(first('3'), 'score')))
})

// Regression: a malformed batch CSV crashed with csv-parse's stack trace and left a header-only output file.
test('batch: a malformed CSV is a user error naming the line, and no output file is left', async () => {
  const items = loadUkCsv([new URL('./fixtures/uk-conlist.csv', import.meta.url).pathname]).entities.map((entity) => ({ entity, version: 'v1' }))
  const dir = mkdtempSync(join(tmpdir(), 'cp-batch-'))
  writeFileSync(join(dir, 'in.csv'), ['name', 'Vladimir Putin', '=HYPERLINK("x")'].join('\n'))
  const pool = await createPool(items, {}, 1)
  try {
    await expect(screenCsv(pool, join(dir, 'in.csv'), join(dir, 'out.csv'))).rejects.toThrow(/in\.csv:3: malformed csv: Invalid Opening Quote/)
    await expect(screenCsv(pool, join(dir, 'missing.csv'), join(dir, 'out.csv'))).rejects.toThrow(/no such file: .*missing\.csv/)
  } finally {
    await pool.close()
  }
  expect(existsSync(join(dir, 'out.csv'))).toBe(false)
  expect(existsSync(join(dir, 'out.csv.partial'))).toBe(false)
})

test('batch: one row per record of each card, the card numbered; a namesake is a card of its own', async () => {
  const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
  const items = [
    ...loadOfacCsv([fixture('ofac-sdn.csv')]).entities.map((entity) => ({ entity, version: 'ofac' })),
    ...loadOfacCsv([fixture('ofac-cons_prim.csv')]).entities.map((entity) => ({ entity, version: 'ofac-cons' })),
    ...loadEuFsf([fixture('eu-fsf.csv')]).entities.map((entity) => ({ entity, version: 'eu' })),
    ...loadUkCsv([fixture('uk-conlist.csv')]).entities.map((entity) => ({ entity, version: 'uk' })),
  ]
  const dir = mkdtempSync(join(tmpdir(), 'cp-batch-'))
  writeFileSync(join(dir, 'in.csv'), ['name,schema', 'Vladimir Putin,Person', 'Shenzhen Blue Hat International Trade,Company'].join('\n'))
  const pool = await createPool(items, { threshold: 0.9 }, 1)
  try {
    expect(await screenCsv(pool, join(dir, 'in.csv'), join(dir, 'out.csv'))).toEqual({ rows: 2, cards: 3, card_matches: 3, hits: 5, matches: 5, errors: 0, warnings: 0 })
  } finally {
    await pool.close()
  }
  const [header, ...rows] = parseCsv(readFileSync(join(dir, 'out.csv'), 'utf8'), 'out.csv')
  expect(header.join(',')).toBe('row,query_name,status,card,rank,score,match,entity_id,caption,schema,list_version,datasets,programs,listed,explanation,warnings,ref')
  expect(rows.map((c) => [c[2], c[3], c[4], c[7], c[10], c[11], c[12], c[13]])).toEqual([
    ['match', '1', '1', 'ofac-35096', 'ofac', 'us_ofac_sdn', 'RUSSIA-EO14024', ''],
    ['match', '1', '2', 'eu-fsf-7201', 'eu', 'eu_fsf', 'RUS', '2022-02-25'],
    ['match', '1', '3', 'gb-hmt-14200', 'uk', 'gb_hmt_sanctions', 'Russia', '2022-02-26'],
    ['match', '2', '1', 'ofac-1001', 'ofac-cons', 'us_ofac_cons', 'UKRAINE-EO13662', ''],
    // Below the cutoff, on the card only because its registration number is the EU record's.
    ['match', '1', '1', 'eu-fsf-5501', 'eu', 'eu_fsf', 'RUS', '2023-06-23'],
    ['same entity', '1', '2', 'ofac-90001', 'ofac', 'us_ofac_sdn', 'RUSSIA-EO14024', ''],
  ])
  // Every row says why its record is there: one below the cutoff by the tie to its card's hit.
  expect(rows.every((c) => c[14])).toBe(true)
  expect(rows[5][14]).toMatch(/ \| below the cutoff, on the card as the same entity as eu-fsf-5501 by identifier \(registrationNumber 91440300MA5F3XYZ12\)$/)
})

// Regression: a file without a name column had its output header written before the error.
test('batch: a file without a name column, or an empty one, is refused before a byte is written', async () => {
  const items = loadUkCsv([new URL('./fixtures/uk-conlist.csv', import.meta.url).pathname]).entities.map((entity) => ({ entity, version: 'v1' }))
  const dir = mkdtempSync(join(tmpdir(), 'cp-batch-'))
  writeFileSync(join(dir, 'nom.csv'), 'nom,pays\nVladimir Putin,RU\n')
  writeFileSync(join(dir, 'empty.csv'), '')
  const written: string[] = []
  const sink = new Writable({ write: (c: Buffer, _e, done) => (written.push(String(c)), done()) })
  const pool = await createPool(items, {}, 1)
  try {
    await expect(screenCsv(pool, join(dir, 'nom.csv'), sink)).rejects.toThrow(`${join(dir, 'nom.csv')}: missing column "name" (found: nom, pays)`)
    await expect(screenCsv(pool, join(dir, 'empty.csv'), sink)).rejects.toThrow(`${join(dir, 'empty.csv')}: empty file (expected a header line with a "name" column)`)
    await expect(screenCsv(pool, join(dir, 'nom.csv'), join(dir, 'out.csv'))).rejects.toThrow(/missing column "name"/)
  } finally {
    await pool.close()
  }
  expect(written).toEqual([])
  expect(existsSync(join(dir, 'out.csv')) || existsSync(join(dir, 'out.csv.partial'))).toBe(false)
})

// A user's batch carries their own reference (a customer number): before, it was dropped, and
// rows could only be joined back by their number.
test('batch: the ref column is carried to every row of its input row, hits, no hits and errors alike', async () => {
  const items = loadUkCsv([new URL('./fixtures/uk-conlist.csv', import.meta.url).pathname]).entities.map((entity) => ({ entity, version: 'v1' }))
  const dir = mkdtempSync(join(tmpdir(), 'cp-batch-'))
  writeFileSync(join(dir, 'in.csv'), ['name,Ref', 'Vladimir Putin,C-001', 'Nobody Here,"C-002, branch"', ',C-003', 'Zala Aero,'].join('\n'))
  const pool = await createPool(items, {}, 1)
  try {
    await screenCsv(pool, join(dir, 'in.csv'), join(dir, 'out.csv'))
  } finally {
    await pool.close()
  }
  const [header, ...out] = parseCsv(readFileSync(join(dir, 'out.csv'), 'utf8'), 'out.csv')
  const col = (c: string) => header.indexOf(c)
  expect(out.map((r) => [r[col('row')], r[col('status')].replace(/:.*/, ''), r[col('ref')]])).toEqual([
    ['1', 'match', 'C-001'],
    ['2', 'no hit', 'C-002, branch'],
    ['3', 'error', 'C-003'],
    ['4', 'match', ''],
  ])
})
