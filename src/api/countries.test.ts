import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

const get = async (url: string) => {
  const res = await f.app.request(url)
  return { status: res.status, body: await res.json() }
}

describe('countries in the API go through the one resolver', () => {
  // Regression: /shares?importer=XXX and /trend?partner=ZZZ answered 200 with empty rows.
  test('an unknown importer or partner is a 400 naming it, with close matches', async () => {
    expect(await get('/shares?importer=XXX&basket=chpl')).toMatchObject({ status: 400, body: { ok: false, error: expect.stringMatching(/^unknown country: "XXX" for importer/) } })
    expect((await get('/trend?importer=RUS&partner=ZZZ&basket=chpl')).body.error).toMatch(/^unknown country: "ZZZ" for partner/)
    expect((await get('/shares?importer=Rusia&basket=chpl')).body.error).toBe('unknown country: "Rusia" for importer (did you mean RUS Russian Federation?)')
  })

  test('names and codes give the same answer as the ISO alpha-3 code', async () => {
    const rus = await get('/shares?importer=RUS&basket=chpl&basis=mirror')
    for (const alias of ['Russia', 'russian%20federation', 'RU', '643']) {
      const r = await get(`/shares?importer=${alias}&basket=chpl&basis=mirror`)
      expect(r.status).toBe(200)
      expect(r.body.rows).toEqual(rus.body.rows)
    }
    const trend = await get('/trend?importer=Russia&partner=United%20States&basket=chpl&basis=mirror')
    expect(trend.body.partner).toBe('USA')
    expect(trend.body.rows.length).toBeGreaterThan(0)
  })

  // Regression: /screen?country=Narnia and birth_date=2024-02-30 screened as if no country or date was given.
  // Regression: a bad birth date in a batch row blocked the screening of that row's name.
  test('screening: an unknown country or impossible birth date is a 400; in a batch, left out with a warning in its row', async () => {
    expect(await get('/screen?name=Putin&country=Narnia')).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^unknown country: "Narnia"/) } })
    expect((await get('/screen?name=Putin&birth_date=2024-02-30')).body.error).toBe('invalid birth date: "2024-02-30" (no such date)')
    expect((await get('/screen?name=Putin&country=Russia')).status).toBe(200)
    expect((await get('/screen?name=Putin&birth_date=1952-10-7')).body.query.birthDate).toBe('1952-10-07')
    const queries = [{ name: 'Vladimir Putin', country: 'RU' }, { name: 'Vladimir Putin', country: 'Narnia' }, { name: 'Vladimir Putin', birth_date: '7 Oct 52' }]
    const res = await f.app.request('/screen', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries }) })
    const body = await res.json()
    expect(res.status).toBe(200)
    expect(body.results.map((r: { error?: string }) => r.error)).toEqual([undefined, undefined, undefined])
    expect(body.results[1].warnings[0]).toMatch(/^unknown country: "Narnia" .*: left out, the name screened without it$/)
    expect(body.results[2].warnings[0]).toMatch(/^invalid birth date: "7 Oct 52" .*: left out, the name screened without it$/)
    expect(body.results[0].hits.length).toBeGreaterThan(0)
    expect(body.results[2].hits.length).toBe(body.results[0].hits.length)
  })
})
