import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openDuckDb } from '../../store/duckdb.js'
import { migrate } from '../../store/schema.js'
import type { Store } from '../../store/store.js'
import { diffVersions, openScreening } from '../index.js'
import { coverageGaps } from './coverage.js'
import { updateLists } from './update.js'
import { loadList } from './load.js'
import { listVersions } from './versions.js'

const DATA = resolve(new URL('.', import.meta.url).pathname, '..', '..', '..', '..', 'shared', 'data')
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const hasData = existsSync(DATA)

let store: Store
beforeEach(async () => {
  store = await openDuckDb(':memory:')
  await migrate(store)
})
afterEach(() => store.close())

describe('list versions in the store', () => {
  test('load, reload is a no-op, current is the newest as-of date', async () => {
    const a = await loadList(store, [`${FIXTURES}/uk-conlist.csv`], 'uk-csv')
    expect(a.existed).toBe(false)
    expect((await loadList(store, [`${FIXTURES}/uk-conlist.csv`], 'uk-csv')).existed).toBe(true)
    const edited = join(mkdtempSync(join(tmpdir(), 'cp-')), 'ConList.csv')
    writeFileSync(edited, (await import('node:fs')).readFileSync(`${FIXTURES}/uk-conlist.csv`, 'utf8').replace('15/01/2025', '01/02/2025').replace('ZALA AERO GROUP', 'ZALA GROUP'))
    await loadList(store, [edited], 'uk-csv')
    const versions = await listVersions(store)
    expect(versions.map((v) => [v.as_of, v.current])).toEqual([['2025-02-01', true], ['2025-01-15', false]])
    const s = await openScreening(store)
    const d = await s.diff(versions[1].id, versions[0].id)
    // Regression: a change named its fields only, not what was lost and gained.
    expect(d.changed).toEqual([{
      id: 'gb-hmt-15022', caption: 'ZALA AERO', schema: 'Organization', fields: ['alias'],
      changes: [{ field: 'alias', removed: ['ZALA AERO GROUP'], added: ['ZALA GROUP'] }],
    }])
  })
  test('a failing load leaves no version behind', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'cp-')), 'x.ftm.json')
    writeFileSync(bad, '{"id":"a","schema":"Person","properties":{"name":["A"]}}\n{broken\n')
    await expect(loadList(store, [bad], 'ftm')).rejects.toThrow('x.ftm.json:2: malformed json')
    expect(await listVersions(store)).toEqual([])
    expect(await store.all('SELECT * FROM list_entity')).toEqual([])
  })
  test('bad as-of date is refused', async () => {
    await expect(loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf', { asOf: '2025-13' })).rejects.toThrow('invalid as-of date: "2025-13"')
  })
  test('an as-of date that does not exist or is after today is refused, and nothing is loaded', async () => {
    // Regression: 2062-05-03 (a typo in the year) was recorded and made that version current for decades; 2024-02-30 was recorded as given.
    const today = new Date(2026, 11, 3, 12)
    await expect(loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf', { asOf: '2062-05-03', today })).rejects.toThrow('invalid as-of date: "2062-05-03" (a date after today, 2026-12-03)')
    await expect(loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf', { asOf: '2024-02-30', today })).rejects.toThrow('invalid as-of date: "2024-02-30" (no such date)')
    expect(await listVersions(store)).toEqual([])
    // Nor does a reload correct a loaded version's date to one.
    await loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf', { today })
    await expect(loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf', { asOf: '2024-13-01', today })).rejects.toThrow('(no such date)')
  })
  test('screen through the programmatic surface', async () => {
    await loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf')
    const s = await openScreening(store)
    const r = s.screen({ name: '深圳市蓝帽国际贸易有限公司', schema: 'Company' })
    expect(r.hits[0]).toMatchObject({ match: true, entity: { id: 'eu-fsf-5501' } })
    const byId = s.screen({ name: 'unknown name', id: '91440300MA5F3XYZ12' })
    expect(byId.hits[0].features.identifier.detail).toMatch(/registrationNumber/)
    expect(() => s.screen({ name: '   ' })).toThrow('empty name')
    expect(s.screen({ name: 'Путин Владимир', schema: 'Person' }).hits[0].score).toBeLessThan(1)
  })
})

describe.skipIf(!hasData)('with the real files', () => {
  test('update --from-dir loads what the folder has and skips the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-update-'))
    copyFileSync(`${DATA}/un-consolidated-xml/UN_consolidated.xml`, join(dir, 'UN_consolidated.xml'))
    copyFileSync(`${DATA}/bis-dpl/dpl.txt`, join(dir, 'dpl.txt'))
    const out = await updateLists(store, { fromDir: dir })
    expect(out.filter((o) => o.status === 'loaded').map((o) => o.source)).toEqual(['un_sc_sanctions', 'us_bis_dpl'])
    expect(out.find((o) => o.source === 'us_ofac_sdn')?.status).toBe('skipped')
  })
  test('OFAC diff 2022-02-23 -> 2024-05-03', async () => {
    const a = await loadList(store, [`${DATA}/ofac-sdn-2024-05/sdn_2022-02-23.csv`], 'ofac-csv')
    const b = await loadList(store, [`${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`], 'ofac-csv')
    const s = await openScreening(store)
    const d = await s.diff(a.version.id, b.version.id)
    expect(d.added.length).toBeGreaterThan(5000)
    expect(d.added.some((e) => e.caption === 'PUTIN, Vladimir Vladimirovich')).toBe(true)
    expect(d.removed.length).toBeGreaterThan(0)
  })
  test('relations: a hit shows owners and subsidiaries; coverage finds gaps', async () => {
    await loadList(store, [`${DATA}/opensanctions-ftm-sample/zala_aero_cluster.ftm.json`], 'ftm')
    await loadList(store, [`${DATA}/un-consolidated-xml/UN_consolidated.xml`], 'un-xml')
    const s = await openScreening(store, { lists: ['opensanctions'] })
    const hit = s.screen({ name: 'Zala Aero', schema: 'Company' }).hits.find((h) => h.entity.id === 'NK-abdzbEBkqyT29GyREbiURZ')
    expect(hit?.related.map((r) => r.role)).toContain('owned by')
    const un = await openScreening(store, { lists: ['un_sc_sanctions'] })
    const gaps = coverageGaps(await s.entities(), un, 0.7)
    expect(gaps.checked).toBe(17)
    expect(gaps.gaps.length).toBe(17)
  })
})

describe.skipIf(!hasData)('list versions with the real files', () => {
  const SDN24 = `${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`
  const SET21 = ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((f) => `${DATA}/ofac-sdn-2021-07/${f}`)
  const tmp = (name: string, text: string | Buffer) => {
    const f = join(mkdtempSync(join(tmpdir(), 'cp-real-')), name)
    writeFileSync(f, text)
    return f
  }

  test('the 2021-07 OFAC set loaded after 2024-05 stays older, and Putin is still screened', async () => {
    // Regression: the undated 2021-07 set loaded after the 2024-05 list got today's date, became current, and "Путин Владимир" had no hits.
    const a = await loadList(store, [SDN24], 'ofac-csv')
    const b = await loadList(store, SET21, 'ofac-csv')
    expect(b.version).toMatchObject({ as_of: '2024-05-02', current: false, parts: ['sdn', 'add', 'alt', 'comments'] })
    expect(b.version.as_of_basis).toBe(`inferred from entries: older than ${a.version.id} (2024-05-03): highest ent_num 32391 < 48907; exact date unknown (give --as-of)`)
    const s = await openScreening(store)
    expect(s.versions.map((v) => v.id)).toEqual([a.version.id])
    const hit = s.screen({ name: 'Путин Владимир', schema: 'Person' }).hits[0]
    expect(hit).toMatchObject({ match: true, entity: { caption: 'PUTIN, Vladimir Vladimirovich' }, version: a.version.id })
    const fixed = await loadList(store, SET21, 'ofac-csv', { asOf: '2021-07-07' })
    expect(fixed).toMatchObject({ existed: true, version: { as_of: '2021-07-07', as_of_basis: 'given (--as-of)', current: false } })
  })

  test('the first 7,000 lines of sdn.csv are refused, with or without a date; --force loads them', async () => {
    // Regression: the first 7,000 lines of sdn.csv (53% of entities gone, no 0x1A end marker) loaded as the new current version.
    const full = await loadList(store, [SDN24], 'ofac-csv')
    const head = readFileSync(SDN24, 'latin1').split('\r\n').slice(0, 7000).join('\r\n') + '\r\n'
    const cut = tmp('sdn.csv', Buffer.from(head, 'latin1'))
    await expect(loadList(store, [cut], 'ofac-csv')).rejects.toThrow('refused sdn.csv as a new version of us_ofac_sdn: sdn.csv: no end-of-file marker (OFAC files end with a 0x1A byte; the file looks cut short)')
    const dated = await loadList(store, [cut], 'ofac-csv', { asOf: '2024-05-04' }).catch((e: Error) => e.message)
    expect(dated).toContain(`it lacks 7,965 of the 14,965 entities (53.2%) of the current version ${full.version.id} (2024-05-03)`)
    expect((await listVersions(store)).map((v) => v.id)).toEqual([full.version.id])
    expect((await loadList(store, [cut], 'ofac-csv', { asOf: '2024-05-04', force: true })).version.current).toBe(true)
  })

  test('a UN list with its ENTITIES section removed is refused', async () => {
    // Regression: the UN XML without its ENTITIES section became current with 730 of 1,003 entities.
    await loadList(store, [`${DATA}/un-consolidated-xml/UN_consolidated.xml`], 'un-xml')
    const xml = readFileSync(`${DATA}/un-consolidated-xml/UN_consolidated.xml`, 'utf8').replace(/<ENTITIES>[\s\S]*<\/ENTITIES>/, '')
    const err = await loadList(store, [tmp('consolidated.xml', xml)], 'un-xml').catch((e: Error) => e.message)
    expect(err).toContain('consolidated.xml: no ENTITIES section')
    expect(err).toContain('it lacks 273 of the 1,003 entities (27.2%)')
  })

  test('diff of the full 2021 set against an sdn.csv alone warns and leaves out alias and address fields; across lists it is refused', async () => {
    // Regression: lists diff between a full set and an sdn.csv-only file, or across two lists, reported thousands of changes without a warning.
    const a = await loadList(store, SET21, 'ofac-csv', { asOf: '2021-07-07' })
    // An sdn.csv alone would drop every strong alias from screening: not made current silently.
    await expect(loadList(store, [SDN24], 'ofac-csv')).rejects.toThrow(`it lacks add, alt, comments, which the current version ${a.version.id} has`)
    const b = await loadList(store, [SDN24], 'ofac-csv', { force: true })
    const d = await diffVersions(store, a.version.id, b.version.id)
    expect(d.omitted).toEqual(['address', 'country', 'alias', 'previousName'])
    expect(d.warnings[0]).toMatch(/^different file sets: .* only one has add \(fields address, country: left out of the comparison\); alt/)
    expect(d.changed.filter((c) => c.fields?.includes('alias'))).toEqual([])
    const un = await loadList(store, [`${DATA}/un-consolidated-xml/UN_consolidated.xml`], 'un-xml')
    await expect(diffVersions(store, b.version.id, un.version.id)).rejects.toThrow('cannot diff across sources')
  })
})
