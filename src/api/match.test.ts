import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Hit } from '../screening/index.js'
import { makeEntity } from '../screening/model.js'
import { openFixture, type Fixture } from '../test-support/app.js'
import { REPO_ROOT, writeFixture } from '../test-support/files.js'
import { onePerId } from './match.js'

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

const match = async (path: string, body: unknown) => {
  const res = await f.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, headers: res.headers, body: await res.json() }
}
const zala = { schema: 'Company', properties: { name: ['Zala Aero Group'], country: ['ru'] } }

describe('POST /match/{dataset} (yente)', () => {
  test("answers in yente's EntityMatchResponse shape", async () => {
    const { status, headers, body } = await match('/match/default', { queries: { q1: zala } })
    expect(status).toBe(200)
    expect(headers.get('x-batch-size')).toBe('1')
    expect(Object.keys(body).sort()).toEqual(['limit', 'lists', 'matcher', 'responses', 'threshold'])
    // Every screening answer names the list versions it screened against, with their dates.
    expect(body.lists).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'gb_hmt_sanctions', as_of: '2025-02-20', as_of_basis: expect.stringMatching(/^from the file/), current: true })]))
    expect(body.limit).toBe(5)
    // Regression: the answer did not say the threshold it was given at.
    expect(body.threshold).toBe(0.7)
    const r = body.responses.q1
    expect(r).toMatchObject({ status: 200, total: { value: 1, relation: 'eq' }, query: { schema: 'Company', properties: zala.properties } })
    const hit = r.results[0]
    expect(Object.keys(hit).sort()).toEqual(
      ['caption', 'datasets', 'explanations', 'features', 'first_seen', 'id', 'last_change', 'last_seen', 'match', 'properties', 'referents', 'schema', 'score', 'target', 'token'].sort()
    )
    expect(hit).toMatchObject({ id: 'gb-hmt-15022', caption: 'ZALA AERO', schema: 'Organization', datasets: ['gb_hmt_sanctions'], target: true, match: true })
    expect(hit.explanations.name_literal).toEqual({ score: 1, detail: expect.stringContaining('ZALA AERO GROUP') })
    expect(hit.features.name_literal).toBe(1)
    expect(body.matcher.name.coefficient).toBe(1)
  })

  test('several queries, limit and threshold as yente takes them', async () => {
    const putin = { schema: 'Person', properties: { firstName: ['Vladimir'], lastName: ['Putin'], birthDate: ['1952-10-07'] } }
    const { body } = await match('/match/default?limit=1&threshold=0.5&algorithm=logic-v2', { queries: { a: zala, b: putin, c: { schema: 'Person', properties: { name: ['Jane Nobody'] } } } })
    expect(body.limit).toBe(1)
    expect(body.threshold).toBe(0.5)
    expect(body.responses.a.results).toHaveLength(1)
    expect(body.responses.b.results[0].caption).toMatch(/PUTIN/i)
    expect(body.responses.b.total.value).toBeGreaterThanOrEqual(1)
    expect(body.responses.c).toMatchObject({ results: [], total: { value: 0 } })
  })

  // Regression: /match trusted 1952-02-30 and 2099-01-01 as birth dates, and a true hit became a birth date mismatch.
  test('a birth date that does not exist or lies ahead is left out with a warning, as /screen does', async () => {
    const putin = (birthDate: string) => ({ schema: 'Person', properties: { name: ['Vladimir Putin'], birthDate: [birthDate] } })
    const { body } = await match('/match/default', { queries: { bad: putin('1952-02-30'), ahead: putin('2099-01-01'), none: { schema: 'Person', properties: { name: ['Vladimir Putin'] } } } })
    expect(body.responses.bad.warnings).toEqual(['invalid birth date: "1952-02-30" (no such date): left out, the name screened without it'])
    expect(body.responses.ahead.warnings[0]).toMatch(/^invalid birth date: "2099-01-01" \(.*\): left out, the name screened without it$/)
    for (const key of ['bad', 'ahead']) {
      expect(body.responses[key].results.map((r: { id: string; score: number }) => [r.id, r.score])).toEqual(body.responses.none.results.map((r: { id: string; score: number }) => [r.id, r.score]))
      expect(Object.keys(body.responses[key].results[0].features)).not.toContain('dob_mismatch')
    }
    expect(body.responses.none.warnings).toBeUndefined()
  })

  test('each result stays a yente entity; one on a card with others names them in same_entity', async () => {
    const putin = { schema: 'Person', properties: { name: ['Vladimir Putin'] } }
    const { body } = await match('/match/default', { queries: { q: putin } })
    const results = body.responses.q.results
    expect(results.map((r: { id: string }) => r.id)).toEqual(['eu-fsf-7201', 'gb-hmt-14200'])
    expect(results[0].same_entity).toEqual([{ id: 'gb-hmt-14200', caption: 'Vladimir Vladimirovich PUTIN', datasets: ['gb_hmt_sanctions'], score: results[1].score }])
    expect(results[1].same_entity.map((o: { id: string }) => o.id)).toEqual(['eu-fsf-7201'])
    // Scoped to one list, a result still names its records on the others.
    const eu = await match('/match/eu_fsf', { queries: { q: putin } })
    expect(eu.body.responses.q.results.map((r: { id: string; same_entity: { id: string }[] }) => [r.id, r.same_entity.map((o) => o.id)])).toEqual([['eu-fsf-7201', ['gb-hmt-14200']]])
  })

  test('a dataset name limits the results to that list', async () => {
    const putin = { schema: 'Person', properties: { name: ['Vladimir Putin'] } }
    const eu = await match('/match/eu_fsf', { queries: { q: putin } })
    expect(eu.body.responses.q.results.every((r: { datasets: string[] }) => r.datasets.includes('eu_fsf'))).toBe(true)
    expect(eu.body.responses.q.results.length).toBeGreaterThan(0)
  })

  // As yente (routers/util.py get_dataset: 404 "No such dataset."): a name no loaded list has is
  // refused, not answered from every list, so a typo cannot pass for a clean screening.
  test('a dataset no loaded list has is a 404 naming the lists; a list or version id is taken', async () => {
    const unknown = await match('/match/nonsense', { queries: { q: zala } })
    expect(unknown).toMatchObject({ status: 404, body: { ok: false, error: 'no such dataset: "nonsense" (expected default or one of eu_fsf, gb_hmt_sanctions)' } })
    const version = f.screening.versions.find((v) => v.source === 'eu_fsf')?.id ?? ''
    for (const name of ['sanctions', 'all', 'eu_fsf', version]) expect((await match(`/match/${name}`, { queries: { q: zala } })).status).toBe(200)
  })

  test.each([
    ['/match/default?algorithm=neural', { queries: { q: zala } }, 400, 'unknown algorithm: "neural"'],
    ['/match/default?threshold=1.5', { queries: { q: zala } }, 400, 'invalid threshold: "1.5"'],
    ['/match/default?limit=-1', { queries: { q: zala } }, 400, 'invalid limit: "-1"'],
    ['/match/us_ofac_sdn', { queries: { q: zala } }, 404, 'no such dataset: "us_ofac_sdn"'],
    ['/match/default', { queries: { q: { schema: 'Security', properties: { name: ['x'] } } } }, 400, 'invalid schema: "Security"'],
    ['/match/default', { queries: { q: { properties: { name: ['x'] } } } }, 400, 'missing schema in query example at queries.q.schema'],
    ['/match/default', { query: {} }, 400, 'missing queries'],
  ])('%s %j is a %i naming the value', async (path, body, status, message) => {
    const r = await match(path, body)
    expect(r.status).toBe(status)
    expect(r.body).toEqual({ ok: false, error: expect.stringContaining(message) })
  })
})

// Regression: /match gave the lists' text ("07 Oct 1952", "Russia") where yente gives FtM values
// ("1952-10-07", "ru"), so a yente client comparing dates or country codes found none.
describe('POST /match/{dataset}: result properties as FtM values', () => {
  let o: Fixture
  beforeAll(async () => {
    o = await openFixture()
    // The SDN fixture's Putin, and a record whose dates and country no FtM value can say.
    const odd = '77001,"KOVALENKO, Ivan","individual","RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB circa 1961; DOB 31 Feb 1962; nationality Ruritania; citizen RU."\r\n'
    const sdn = readFileSync(join(REPO_ROOT, 'src/screening/fixtures/ofac-sdn.csv'), 'utf8').replace(/\x1a?$/, odd + '\x1a')
    await o.screening.loadList([writeFixture(o.dir, 'sdn.csv', sdn)], 'ofac-csv', { asOf: '2025-01-15' })
  })
  afterAll(() => o.close())
  const ask = async (name: string) => {
    const res = await o.app.request('/match/us_ofac_sdn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries: { q: { schema: 'Person', properties: { name: [name] } } } }) })
    return (await res.json()).responses.q.results as { id: string; properties: Record<string, string[]> }[]
  }

  test('an OFAC record\'s "07 Oct 1952" and "Russia" come back as 1952-10-07 and ru', async () => {
    const [putin] = await ask('Vladimir Putin')
    expect(putin.id).toBe('ofac-35096')
    expect(putin.properties).toMatchObject({ birthDate: ['1952-10-07'], nationality: ['ru'], citizenship: ['ru'] })
    // Not date or country properties: as the list writes them.
    expect(putin.properties.birthPlace).toEqual(['Leningrad, Russia'])
  })

  test('a value no FtM date or country says is kept as written', async () => {
    const [ivan] = await ask('Ivan Kovalenko')
    expect(ivan.properties).toMatchObject({ birthDate: ['circa 1961', '31 Feb 1962'], nationality: ['Ruritania'], citizenship: ['ru'] })
  })

  test('/screen keeps the lists\' text', async () => {
    const res = await o.app.request('/screen?name=Vladimir+Putin&schema=Person')
    const body = await res.json()
    const ofac = body.hits.find((h: { entity: { id: string } }) => h.entity.id === 'ofac-35096')
    expect(ofac.entity.properties).toMatchObject({ birthDate: ['07 Oct 1952'], nationality: ['Russia'] })
  })
})

// Regression: OFAC's record of Sberbank on the SDN and non-SDN lists came back as two results with one id.
test('one result per entity id, naming the lists of each record with that id', () => {
  const hit = (list: string, score: number): Hit => ({
    entity: makeEntity('ofac-17018', 'Company', list, { name: ['SBERBANK'] }), version: `${list}-v1`, score, match: true, features: {}, related: [],
  })
  const other: Hit = { ...hit('us_ofac_sdn', 0.8), entity: makeEntity('ofac-1', 'Company', 'us_ofac_sdn', { name: ['SBER'] }) }
  const got = onePerId([hit('us_ofac_sdn', 1), other, hit('us_ofac_cons', 1)])
  expect(got.map((r) => [r.hit.entity.id, r.hit.score, r.datasets])).toEqual([['ofac-17018', 1, ['us_ofac_sdn', 'us_ofac_cons']], ['ofac-1', 0.8, ['us_ofac_sdn']]])
})
