import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { MAX_NAMES_PER_QUERY, MAX_NAMES_PER_REQUEST } from './limits.js'

// Requests a careless or hostile client sends: each gets a 4xx in the one error shape, never a 500.
let f: Fixture
beforeAll(async () => {
  f = await openFixture({ token: 't' })
})
afterAll(() => f.close())

const json = (path: string, body: string | object) =>
  Promise.resolve(f.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }))
const answer = async (res: Response | Promise<Response>) => {
  const r = await res
  return { status: r.status, body: await r.json() }
}
const refused = (status: number) => ({ status, body: { ok: false, error: expect.any(String) } })

describe('server errors that were 500s', () => {
  // Regression: /vendor/constructor found Object's constructor on the lookup table and answered 500.
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('GET /vendor/%s is a 404', async (name) => {
    expect(await answer(f.app.request(`/vendor/${name}`))).toEqual(refused(404))
  })

  // Regression: a 5,000-deep JSON body overflowed the validator's stack (500).
  test.each([5_000, 100_000])('POST /screen nested %i deep is a 400', async (depth) => {
    const body = `{"queries": ${'['.repeat(depth)}${']'.repeat(depth)}}`
    const r = await answer(json('/screen', body))
    expect(r).toEqual(refused(400))
    expect(r.body.error).toMatch(/nested too deep/)
  })

  // Regression: a multipart file name with a path failed validation outside the handler (500).
  test.each(['../x.csv', '/etc/passwd', '..', 'a/b.csv', 'x\u0000.csv'])('POST /lists with file name %j is a 400', async (name) => {
    const form = new FormData()
    form.append('file', new File(['a,b\n'], name))
    const r = await answer(f.app.request('/lists?format=uk-csv', { method: 'POST', headers: { authorization: 'Bearer t' }, body: form }))
    expect(r).toEqual(refused(400))
    expect(r.body.error).toMatch(/invalid file name/)
  })

  // Regression: an XML upload with an external-entity DOCTYPE was refused as a 500.
  test('POST /lists with an XXE DOCTYPE is a 400 naming the declaration', async () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<CONSOLIDATED_LIST>&e;</CONSOLIDATED_LIST>'
    const form = new FormData()
    form.append('file', new File([xml], 'un.xml'))
    const r = await answer(f.app.request('/lists?format=un-xml', { method: 'POST', headers: { authorization: 'Bearer t' }, body: form }))
    expect(r).toEqual(refused(400))
    expect(r.body.error).toMatch(/un\.xml:2: xml with a DOCTYPE declaration is not accepted/)
    expect(r.body.error).not.toMatch(/root:/)
  })

  // Regression: a /match query keyed "__proto__" vanished from the answer without a word.
  test('a /match query keyed __proto__ is refused by name', async () => {
    const body = '{"queries": {"__proto__": {"schema": "Person", "properties": {"name": ["Vladimir Putin"]}}, "q": {"schema": "Person", "properties": {"name": ["x"]}}}}'
    const r = await answer(json('/match/default', body))
    expect(r).toEqual(refused(400))
    expect(r.body.error).toMatch(/"__proto__" at queries/)
  })
})

describe('the work of one request is bounded', () => {
  const query = (names: number) => ({ schema: 'Person', properties: { name: Array.from({ length: names }, (_, i) => `Name ${i}`) } })
  test('too many names in one query: 422 naming the query', async () => {
    const r = await answer(json('/match/default', { queries: { big: query(MAX_NAMES_PER_QUERY + 1) } }))
    expect(r).toEqual(refused(422))
    expect(r.body.error).toMatch(/too many names in query "big": 21/)
  })
  test('too many names in one request: 413', async () => {
    const n = Math.ceil((MAX_NAMES_PER_REQUEST + 1) / MAX_NAMES_PER_QUERY)
    const queries = Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, query(MAX_NAMES_PER_QUERY)]))
    const r = await answer(json('/match/default', { queries }))
    expect(r).toEqual(refused(413))
    expect(r.body.error).toMatch(/too many names in one request/)
  })

  // Regression: a 1,000-query /match kept the event loop to itself, stalling every other request.
  test.each(['/match/default', '/screen'])('a long batch on %s lets a concurrent GET /baskets through first', async (path) => {
    const done: string[] = []
    const body =
      path === '/screen'
        ? { queries: Array.from({ length: 1000 }, (_, i) => ({ name: `Vladimir Putin ${i}` })) }
        : { queries: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`q${i}`, { schema: 'Person', properties: { name: [`Vladimir Putin ${i}`, 'Zala Aero'] } }])) }
    const heavy = Promise.resolve(json(path, body)).then((r) => (done.push('batch'), r))
    await new Promise((ok) => setImmediate(ok))
    const light = Promise.resolve(f.app.request('/baskets')).then((r) => (done.push('baskets'), r))
    const [h, l] = await Promise.all([heavy, light])
    expect(h.status).toBe(200)
    expect(l.status).toBe(200)
    expect(done).toEqual(['baskets', 'batch'])
  })
})
