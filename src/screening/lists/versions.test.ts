import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openDuckDb } from '../../store/duckdb.js'
import { migrate } from '../../store/schema.js'
import type { Store } from '../../store/store.js'
import { entries, ftmFile, ofacFiles, unXml } from '../../test-support/lists.js'
import { describeVersions, diffVersions, openScreening, screenedAgainst } from '../index.js'
import { loadList } from './load.js'
import { listVersions, removeVersion, useVersion } from './versions.js'

let store: Store
beforeEach(async () => {
  store = await openDuckDb(':memory:')
  await migrate(store)
})
afterEach(() => store.close())

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const current = async () => (await listVersions(store)).filter((v) => v.current).map((v) => v.id)
// The newer list names PUTIN (ent_num 200); the older one, with no date in its files, does not.
const newer = () => ofacFiles(entries([...range(1, 20), 200]), { name: 'sdn_2024-05-03.csv' })
const older = () => ofacFiles(entries(range(1, 19)))

describe('as-of dates are never invented', () => {
  test('an undated older OFAC list loaded after a newer one is dated before it and does not become current', async () => {
    // Regression: an undated older OFAC list got today's date, became current and hid a name the newer list has.
    const a = await loadList(store, newer(), 'ofac-csv')
    const b = await loadList(store, older(), 'ofac-csv')
    expect(b.version).toMatchObject({ as_of: '2024-05-02', current: false })
    expect(b.version.as_of_basis).toBe(`inferred from entries: older than ${a.version.id} (2024-05-03): highest ent_num 19 < 200; exact date unknown (give --as-of)`)
    expect(await current()).toEqual([a.version.id])
    const s = await openScreening(store)
    const r = s.screen({ name: 'Путин Владимир', schema: 'Person' })
    expect(r.hits[0]).toMatchObject({ entity: { id: 'ofac-200' }, version: a.version.id })
    expect(s.versions.map((v) => [v.id, v.as_of, v.as_of_basis])).toEqual([[a.version.id, '2024-05-03', 'from the file name sdn_2024-05-03.csv']])
  })

  test('an undated list with nothing to date it against is refused; --as-of loads it; reloading with --as-of corrects the date', async () => {
    // Regression: a list with no date in its files was silently given the load date.
    const files = older()
    await expect(loadList(store, files, 'ofac-csv')).rejects.toThrow('sdn.csv: no as-of date in the files and no other version of us_ofac_sdn to date it against: give --as-of YYYY-MM-DD')
    const first = await loadList(store, files, 'ofac-csv', { asOf: '2021-07-07' })
    expect(first.version).toMatchObject({ as_of: '2021-07-07', as_of_basis: 'given (--as-of)' })
    const again = await loadList(store, files, 'ofac-csv', { asOf: '2021-07-08' })
    expect(again).toMatchObject({ existed: true, corrected: 'as-of 2021-07-07 (given (--as-of)) -> 2021-07-08 (given)', version: { as_of: '2021-07-08' } })
    expect((await listVersions(store))[0].as_of).toBe('2021-07-08')
  })

  test('a stated date that contradicts the entries is loaded with a warning', async () => {
    const a = await loadList(store, newer(), 'ofac-csv')
    const b = await loadList(store, older(), 'ofac-csv', { asOf: '2025-01-01', force: true })
    expect(b.version.warnings).toContain(`as-of 2025-01-01 contradicts the entries: this version is older than ${a.version.id} (2024-05-03): highest ent_num 19 < 200`)
  })
})

describe('lists use and lists remove', () => {
  test('use pins a version until a newer one is loaded; remove hands current to the next', async () => {
    // Regression: the current version could not be chosen or removed (no lists use / lists remove).
    const a = await loadList(store, newer(), 'ofac-csv')
    const b = await loadList(store, older(), 'ofac-csv')
    await useVersion(store, b.version.id)
    expect(await current()).toEqual([b.version.id])
    expect((await openScreening(store)).screen({ name: 'Путин Владимир', schema: 'Person' }).hits.filter((h) => h.match)).toEqual([])
    const c = await loadList(store, ofacFiles(entries([...range(1, 20), 200, 201]), { name: 'sdn_2024-06-01.csv' }), 'ofac-csv')
    expect(await current()).toEqual([c.version.id])
    const gone = await removeVersion(store, c.version.id)
    expect(gone.current?.id).toBe(b.version.id)
    await removeVersion(store, b.version.id)
    expect(await current()).toEqual([a.version.id])
    await expect(removeVersion(store, 'us_ofac_sdn')).rejects.toThrow('lists remove needs a version id, not a source name: "us_ofac_sdn"')
  })
})

describe('a cut or partial list is not made current', () => {
  test('an OFAC file without its end marker that loses most entities is refused; --force loads it', async () => {
    // Regression: the first lines of sdn.csv (no 0x1A end marker, most entities gone) loaded as the new current version.
    const full = await loadList(store, ofacFiles(entries(range(1, 40)), { name: 'sdn_2024-05-03.csv' }), 'ofac-csv')
    const cut = ofacFiles(entries(range(1, 10)), { name: 'sdn_2024-06-01.csv', eof: false })
    const err = await loadList(store, cut, 'ofac-csv').catch((e: Error) => e.message)
    expect(err).toMatch(/^refused sdn_2024-06-01.csv as a new version of us_ofac_sdn: sdn_2024-06-01.csv: no end-of-file marker/)
    expect(err).toContain(`it lacks 30 of the 40 entities (75%) of the current version ${full.version.id} (2024-05-03)`)
    expect(await current()).toEqual([full.version.id])
    const forced = await loadList(store, cut, 'ofac-csv', { force: true })
    expect(forced.version.current).toBe(true)
    expect(forced.version.warnings).toContainEqual(expect.stringMatching(/^loaded with --force although sdn_2024-06-01.csv: no end-of-file marker/))
    // The entries also say the cut file is older than the full one, whatever its name claims.
    expect(forced.version.warnings).toContainEqual(expect.stringMatching(/^as-of 2024-06-01 contradicts the entries: this version is older than/))
    // Regression: once current, a forced version answered "no hits" without a word of its warnings.
    const screening = await openScreening(store)
    expect(describeVersions(screening.versions)).toMatch(/loaded with \d warnings: /)
    expect(screenedAgainst(screening.versions)[0].warnings.length).toBeGreaterThan(0)
  })

  test('a complete file losing more than 20% of the entities, or the aliases file, is refused', async () => {
    await loadList(store, ofacFiles(entries(range(1, 10)), { name: 'sdn_2024-05-03.csv', alt: [[1, 'ONE']] }), 'ofac-csv')
    await expect(loadList(store, ofacFiles(entries(range(1, 7)), { name: 'sdn_2024-06-01.csv', alt: [[1, 'ONE']] }), 'ofac-csv')).rejects.toThrow('it lacks 3 of the 10 entities (30%)')
    await expect(loadList(store, ofacFiles(entries(range(1, 10)), { name: 'sdn_2024-06-01.csv' }), 'ofac-csv')).rejects.toThrow(/it lacks alt, which the current version us_ofac_sdn-\w+ has/)
    const small = await loadList(store, ofacFiles(entries(range(1, 9)), { name: 'sdn_2024-06-01.csv', alt: [[1, 'ONE']] }), 'ofac-csv')
    expect(small.version.current).toBe(true)
  })

  test('a UN list without its ENTITIES section is refused', async () => {
    // Regression: a UN XML with its ENTITIES section removed loaded as the new current version.
    await loadList(store, [unXml(['INDIVIDUALS', 'ENTITIES'])], 'un-xml')
    await expect(loadList(store, [unXml(['INDIVIDUALS'], '2026-03-01')], 'un-xml')).rejects.toThrow(
      'consolidated.xml: no ENTITIES section (the UN list always has INDIVIDUALS and ENTITIES)'
    )
    await expect(loadList(store, [unXml(['INDIVIDUALS'], '2026-03-01')], 'un-xml', { force: true })).resolves.toMatchObject({ version: { current: true } })
  })
})

describe('FtM files of different publishers', () => {
  test('are refused as one source; --source keeps them apart and both are screened', async () => {
    // Regression: a second FtM file from another publisher became a version of the first source and hid it.
    const ua = await loadList(store, [ftmFile('ua.ftm.json', ['ua_nsdc_sanctions'], ['ua-1', 'ua-2'], '2025-05-01')], 'ftm')
    const other = ftmFile('ofac.ftm.json', ['us_ofac_sdn'], ['us-1'], '2025-06-01')
    await expect(loadList(store, [other], 'ftm')).rejects.toThrow(
      `its datasets (us_ofac_sdn) differ from those of source "opensanctions" (ua_nsdc_sanctions; version ${ua.version.id}): not a new version of the same list, load it as a source of its own with --source NAME`
    )
    const us = await loadList(store, [other], 'ftm', { source: 'us_ofac_ftm' })
    expect((await current()).sort()).toEqual([ua.version.id, us.version.id].sort())
    expect(us.version).toMatchObject({ source: 'us_ofac_ftm', as_of: '2025-06-01', as_of_basis: 'from the file (latest last_change of its entities)' })
    await expect(loadList(store, [other], 'ftm', { source: 'Bad Name' })).rejects.toThrow('invalid source name: "Bad Name"')
  })
})

describe('lists diff says what it compared', () => {
  test('across sources it is refused unless forced; different file sets leave out the fields only one has', async () => {
    // Regression: a diff across two lists, or of a full OFAC set against an sdn.csv alone, reported thousands of changes without a warning.
    const full = await loadList(store, ofacFiles(entries(range(1, 5)), { name: 'sdn_2024-05-03.csv', alt: [[1, 'ONE'], [2, 'TWO']] }), 'ofac-csv')
    const bare = await loadList(store, ofacFiles(entries(range(1, 5)), { name: 'sdn_2024-04-01.csv' }), 'ofac-csv')
    const un = await loadList(store, [unXml(['INDIVIDUALS', 'ENTITIES'])], 'un-xml')
    await expect(diffVersions(store, bare.version.id, un.version.id)).rejects.toThrow(/^cannot diff across sources: us_ofac_sdn-\w+ is a version of us_ofac_sdn, un_sc_sanctions-\w+ of un_sc_sanctions/)
    const forced = await diffVersions(store, bare.version.id, un.version.id, { force: true })
    expect(forced.warnings[0]).toMatch(/^compared across sources \(--force\)/)
    const d = await diffVersions(store, bare.version.id, full.version.id)
    expect(d.changed).toEqual([])
    expect(d.omitted).toEqual(['alias', 'previousName'])
    expect(d.warnings).toHaveLength(1)
    expect(d.warnings[0]).toMatch(/^different file sets: .* only one has alt \(fields alias, previousName: left out of the comparison\)$/)
    expect(d.compared).toMatch(/^us_ofac_sdn-\w+ \(us_ofac_sdn, as of 2024-04-01: sdn_2024-04-01.csv\) -> us_ofac_sdn-\w+ \(us_ofac_sdn, as of 2024-05-03: sdn_2024-05-03.csv alt.csv\), entities by id, all fields except alias, previousName$/)
  })

  // Regression: lists use switched screening to a version of half the entities without a word
  // (a cut file, loaded as an older version).
  test('lists use warns when the version chosen has far fewer entities than the newest', async () => {
    const a = await loadList(store, newer(), 'ofac-csv')
    const half = await loadList(store, ofacFiles(entries(range(1, 10)), { name: 'sdn_2024-01-02.csv' }), 'ofac-csv')
    const used = await useVersion(store, half.version.id)
    expect(used.warning).toBe(`${half.version.id} has 10 entities, 52.4% fewer than the newest version ${a.version.id} (2024-05-03, 21): screening now misses every name only the newer one lists; a list of an earlier date, or a cut file`)
    expect(await current()).toEqual([half.version.id])
    expect((await useVersion(store, a.version.id)).warning).toBeUndefined()
  })
})
