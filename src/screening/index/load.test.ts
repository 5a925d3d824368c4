import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { EU_LIST, writeUkVersions } from '../../test-support/supply.js'
import { openScreening, type Screening } from '../index.js'
import { loadList } from '../lists/load.js'
import { removeVersion, useVersion } from '../lists/versions.js'
import { explain } from '../screen.js'
import { indexKey } from './fingerprint.js'
import { loadIndex } from './load.js'

// The packed index persisted beside the database (the sidecar): read back instead of rebuilt,
// remade when the versions screened against change, and never trusted when damaged.
const QUERIES = [
  { name: 'Vladimir Putin', schema: 'Person' },
  { name: 'Владимир Путин' },
  { name: 'Zala Aero Group' },
  { name: 'ZALA' },
  { name: '深圳市蓝帽国际贸易有限公司', schema: 'Company' },
  { name: 'Test Diff Entity' },
  { name: 'Drone Holding', schema: 'Company' },
]

// Each hit as a user sees it: entity, list version, score, explanation and related parties.
const answers = (s: Screening) =>
  QUERIES.map((q) => s.screen(q, { cutoff: 0.3 }).hits.map((h) => [h.entity.id, h.version, h.score, explain(h), h.related.map((r) => `${r.role} ${r.caption}`)]))

// An FtM file with an Ownership: relations travel in the sidecar beside the tables.
const OWNED = [
  { id: 'co-1', schema: 'Company', properties: { name: ['Drone Holding'] } },
  { id: 'co-2', schema: 'Company', properties: { name: ['Drone Works'] } },
  { id: 'own-1', schema: 'Ownership', properties: { owner: ['co-1'], asset: ['co-2'], percentage: ['51'] } },
].map((e) => JSON.stringify({ ...e, caption: e.properties.name?.[0] ?? e.id, datasets: ['test_ftm'], last_change: '2025-03-01T10:00:00' }))

let store: Store
let dir: string
let file: string
beforeEach(async () => {
  store = await openStore(':memory:')
  dir = tempDir('chokepoint-index-')
  file = join(dir, 'lists.duckdb.screening-index')
  await loadList(store, [EU_LIST], 'eu-fsf')
  await loadList(store, [writeUkVersions(dir).v1], 'uk-csv')
  await loadList(store, [writeFixture(dir, 'owned.ftm.json', OWNED.join('\n') + '\n')], 'ftm')
})
afterEach(() => store.close())

describe('the sidecar index', () => {
  test('built once, then read back: the same answers, relations included', async () => {
    const first = await openScreening(store, { indexFile: file })
    expect(first.origin).toMatchObject({ file, built: true, warnings: [] })
    const again = await openScreening(store, { indexFile: file })
    expect(again.origin).toMatchObject({ built: false, warnings: [] })
    const inMemory = await openScreening(store)
    expect(answers(again)).toEqual(answers(first))
    expect(answers(again)).toEqual(answers(inMemory))
    expect(answers(again)[6][0]).toEqual(['co-1', expect.any(String), 1, expect.any(String), ['owns Drone Works']])
    expect(again.index.size).toBe(first.index.size)
  })

  test('a new current version, lists use and lists remove each change the key and the answers', async () => {
    const key = async () => indexKey((await openScreening(store, { indexFile: file })).versions.map((v) => v.id))
    const s1 = await openScreening(store, { indexFile: file })
    const k1 = await key()
    expect(s1.screen({ name: 'Test Diff Entity LLC' }).hits).toEqual([])
    const v2 = await loadList(store, [writeUkVersions(dir).v2], 'uk-csv')
    const s2 = await openScreening(store, { indexFile: file })
    expect(s2.origin.built).toBe(true)
    expect(s2.screen({ name: 'Test Diff Entity LLC' }).hits[0]).toMatchObject({ match: true, version: v2.version.id })
    const k2 = await key()
    expect(k2).not.toBe(k1)
    const v1 = s1.versions.find((v) => v.source === v2.version.source)!
    await useVersion(store, v1.id)
    const s3 = await openScreening(store, { indexFile: file })
    expect([s3.origin.built, await key()]).toEqual([true, k1])
    expect(s3.screen({ name: 'Test Diff Entity LLC' }).hits).toEqual([])
    await useVersion(store, v2.version.id)
    expect((await openScreening(store, { indexFile: file })).origin.built).toBe(true)
    await removeVersion(store, v2.version.id)
    const s4 = await openScreening(store, { indexFile: file })
    expect([s4.origin.built, await key()]).toEqual([true, k1])
    expect(answers(s4)).toEqual(answers(s1))
  })

  test('a list loaded through the screening surface (the API uploads) rebuilds the file for the next start', async () => {
    const s = await openScreening(store, { indexFile: file })
    const before = statSync(file).mtimeMs
    await s.loadList([writeUkVersions(dir).v2], 'uk-csv')
    expect(s.origin.built).toBe(true)
    expect(s.screen({ name: 'Test Diff Entity LLC' }).hits[0]).toMatchObject({ match: true })
    expect(statSync(file).mtimeMs).not.toBe(before)
    expect((await openScreening(store, { indexFile: file })).origin.built).toBe(false)
  })

  test('a screening of chosen versions (--list) reads a matching file but never replaces it', async () => {
    await openScreening(store, { indexFile: file })
    const before = readFileSync(file)
    const eu = await openScreening(store, { lists: ['eu_fsf'], indexFile: file })
    expect(eu.origin.built).toBe(true)
    expect(eu.versions.map((v) => v.source)).toEqual(['eu_fsf'])
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  test.each([
    ['cut short', (f: string) => truncateSync(f, statSync(f).size - 1000), /bytes where the header says .* \(cut short or appended to\)/],
    ['one byte changed in a table', (f: string) => flipByte(f, statSync(f).size - 2000), /checksum of table .* is wrong/],
    ['cut inside its header', (f: string) => truncateSync(f, 10), /not a chokepoint index file, or cut short before its header/],
    ['not an index at all', (f: string) => writeFileSync(f, 'hello'), /not a chokepoint index file/],
    ['with a header length past its end', (f: string) => patchBytes(f, 8, [0xff, 0xff, 0xff, 0x7f]), /its header is damaged or cut short/],
  ])('a sidecar %s is rebuilt with a warning, never used', async (_, damage, message) => {
    const good = answers(await openScreening(store, { indexFile: file }))
    damage(file)
    const s = await openScreening(store, { indexFile: file })
    expect(s.origin.built).toBe(true)
    expect(s.origin.warnings).toEqual([expect.stringMatching(message)])
    expect(s.origin.warnings[0]).toContain(`screening index ${file} not used: `)
    expect(answers(s)).toEqual(good)
    expect((await openScreening(store, { indexFile: file })).origin).toMatchObject({ built: false, warnings: [] })
  })

  test('a file that cannot be written is a warning: screening goes on', async () => {
    const r = await loadIndex(store, { file: join(dir, 'no-such-folder', 'x.screening-index') })
    expect(r.index.size).toBe(8)
    expect(r.origin.warnings).toEqual([expect.stringMatching(/^cannot write screening index .*x\.screening-index \(ENOENT\): the next start builds it again$/)])
  })
})

test('the key names the versions in order and the code', () => {
  expect(indexKey(['a', 'b'])).toMatch(/^[0-9a-f]{64}$/)
  expect(indexKey(['a', 'b'])).toBe(indexKey(['a', 'b']))
  expect(indexKey(['a', 'b'])).not.toBe(indexKey(['b', 'a']))
  expect(indexKey(['a'])).not.toBe(indexKey(['a', 'b']))
})

function patchBytes(f: string, at: number, values: number[]): void {
  const bytes = readFileSync(f)
  values.forEach((v, i) => (bytes[at + i] = v))
  writeFileSync(f, bytes)
}

function flipByte(f: string, at: number): void {
  const bytes = readFileSync(f)
  bytes[at] ^= 0xff
  writeFileSync(f, bytes)
}
