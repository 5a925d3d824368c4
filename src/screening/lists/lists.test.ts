import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openDuckDb } from '../../store/duckdb.js'
import { migrate } from '../../store/schema.js'
import type { Store } from '../../store/store.js'
import { openScreening } from '../index.js'
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
    expect(d.changed).toEqual([{ id: 'gb-hmt-15022', caption: 'ZALA AERO', schema: 'Organization', fields: ['alias'] }])
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
    const gaps = coverageGaps(s.entities(), un, 0.7)
    expect(gaps.checked).toBe(17)
    expect(gaps.gaps.length).toBe(17)
  })
})
