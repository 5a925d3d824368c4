import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { join } from 'node:path'
import { openFixture, type Fixture } from '../test-support/app.js'
import { REPO_ROOT } from '../test-support/files.js'
import { readExport } from '../test-support/csv.js'
import { parseCsv } from '../screening/loaders/read.js'

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

const json = async (res: Response) => ({ status: res.status, body: await res.json() })
const get = async (url: string) => json(await f.app.request(url))
const post = async (url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  f.app.request(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('GET /screen', () => {
  test('a known name hits with its list, program and explained features', async () => {
    const { status, body } = await get('/screen?name=Zala%20Aero%20Group&country=RU')
    expect(status).toBe(200)
    const hit = body.hits[0]
    expect(hit).toMatchObject({ match: true, entity: { caption: 'ZALA AERO', schema: 'Organization' }, list: { source: 'gb_hmt_sanctions' }, programs: ['Russia'] })
    expect(hit.score).toBeGreaterThanOrEqual(0.9)
    expect(hit.features.name_literal.detail).toMatch(/ZALA AERO GROUP/)
  })

  test('Cyrillic finds the Latin listing', async () => {
    const { body } = await get(`/screen?name=${encodeURIComponent('Владимир Путин')}&schema=Person`)
    expect(body.hits[0].entity.caption).toMatch(/PUTIN/i)
  })

  test('CSV has one row per record, numbered by card, with its explanation', async () => {
    const res = await f.app.request('/screen?name=Zala%20Aero&format=csv')
    const { about, lines } = readExport(await res.text())
    expect(about.lists[0]).toMatch(/gb_hmt_sanctions as of 2025-02-20/)
    expect(about.query).toEqual(['name=Zala Aero limit=10'])
    expect(lines[0]).toBe('row,query_name,query_schema,query_country,card,rank,caption,schema,score,match,list,programs,listed,entity_id,explanation,error')
    expect(lines[1]).toMatch(/^1,Zala Aero,,,1,1,ZALA AERO,Organization,1,true,gb_hmt_sanctions,Russia,2022-05-04,gb-hmt-15022,/)
  })

  // Regression: a "no hit" row named no list: a clean row read alone did not say what it was clean of.
  test('CSV: a name with no hit has one row naming the lists screened', async () => {
    const current = (await get('/lists')).body.lists.filter((l: { current: boolean }) => l.current).map((l: { source: string }) => l.source).sort()
    const { about, lines } = readExport(await (await f.app.request('/screen?name=Nobody%20Anywhere%20Ltd&format=csv')).text())
    expect(about.threshold).toEqual(['0.7'])
    expect(lines.slice(1)).toEqual([`1,Nobody Anywhere Ltd,,,0,,,,,,${current.join('; ')},,,,,`])
  })

  test('Putin, on the EU and the UK lists, is one card with both sources', async () => {
    const { body } = await get('/screen?name=Vladimir%20Putin&schema=Person')
    expect(body.cards).toHaveLength(1)
    const card = body.cards[0]
    expect(card).toMatchObject({ id: 'eu-fsf-7201+gb-hmt-14200', schema: 'Person', match: true, birth_dates: ['1952-10-07'], ties: [{ basis: 'name and birth date', ids: ['eu-fsf-7201', 'gb-hmt-14200'] }] })
    expect(card.sources.map((x: Record<string, unknown>) => [x.source, x.entity_id, x.programs, x.listed])).toEqual([
      ['eu_fsf', 'eu-fsf-7201', ['RUS'], '2022-02-25'],
      ['gb_hmt_sanctions', 'gb-hmt-14200', ['Russia'], '2022-02-26'],
    ])
    expect(card.score).toBe(card.records[0].score)
    expect(card.features).toEqual(card.records[0].features)
    expect(card.records[1]).toMatchObject({ entity: { id: 'gb-hmt-14200' }, list: { source: 'gb_hmt_sanctions', as_of: '2025-02-20' }, hit: true, features: { name: expect.anything() } })
    expect(body.hits.map((h: { entity: { id: string } }) => h.entity.id)).toEqual(['eu-fsf-7201', 'gb-hmt-14200'])
  })

  test.each([
    ['name=', 'empty name: ""'],
    ['', 'missing name'],
    ['name=x&schema=Ship', 'invalid schema: "Ship"'],
    ['name=x&threshold=2', 'invalid threshold: "2"'],
    ['name=x&limit=0', 'invalid limit: "0"'],
    ['name=x&limit=1000', 'invalid limit: "1000"'],
    // Regression: a birth date in the future was accepted and screened as if it were one.
    ['name=x&birth_date=2099-01-01', 'invalid birth date: "2099-01-01" (in the future)'],
  ])('%s is a 400 naming the value', async (q, message) => {
    const { status, body } = await get(`/screen?${q}`)
    expect(status).toBe(400)
    expect(body.error).toContain(message)
  })
})

// Regression: a record on a card only as the same entity as a hit said nothing of why it was there
// when no feature of its own fired (a blank explanation); the OFAC fixture's firm is below the cutoff.
describe('a record below the cutoff says why it is on its card', () => {
  let g: Fixture
  beforeAll(async () => {
    g = await openFixture()
    await g.screening.loadList([join(REPO_ROOT, 'src/screening/fixtures/ofac-sdn.csv')], 'ofac-csv', { asOf: '2025-01-15' })
  })
  afterAll(() => g.close())
  const query = 'name=Shenzhen%20Blue%20Hat%20International%20Trade&schema=Company&threshold=0.9'
  const why = / \| below the cutoff, on the card as the same entity as eu-fsf-5501 by identifier \(registrationNumber 91440300MA5F3XYZ12\)$/

  test('in JSON: each record of a card has its explanation', async () => {
    const body = await (await g.app.request(`/screen?${query}`)).json()
    const [best, tied] = body.cards[0].records
    expect(best).toMatchObject({ entity: { id: 'eu-fsf-5501' }, hit: true, explanation: body.cards[0].explanation })
    expect(tied).toMatchObject({ entity: { id: 'ofac-90001' }, hit: false, explanation: expect.stringMatching(why) })
  })

  test('in CSV: its row', async () => {
    const { lines } = readExport(await (await g.app.request(`/screen?${query}&format=csv`)).text())
    const [header, , tied] = lines.map((l) => parseCsv(l, 'screening.csv')[0])
    const row = Object.fromEntries(header.map((k, i) => [k, tied[i]]))
    expect(row).toMatchObject({ card: '1', rank: '2', entity_id: 'ofac-90001', match: 'false', explanation: expect.stringMatching(why) })
  })
})

test('the OpenAPI document describes the answer: cards, their sources and records, and the flat hits', async () => {
  const { body } = await get('/openapi.json')
  const schemas = body.components.schemas
  const answer = body.paths['/screen'].get.responses['200'].content['application/json'].schema
  expect(answer).toEqual({ $ref: '#/components/schemas/ScreeningAnswer' })
  expect(Object.keys(schemas.ScreeningAnswer.properties)).toEqual(['query', 'cards', 'hits', 'warnings', 'ok', 'threshold', 'lists'])
  expect(schemas.ScreeningAnswer.properties.cards.items).toEqual({ $ref: '#/components/schemas/ScreeningCard' })
  expect(Object.keys(schemas.ScreeningCard.properties)).toEqual(['id', 'caption', 'schema', 'score', 'match', 'birth_dates', 'features', 'explanation', 'sources', 'ties', 'records'])
  expect(schemas.ScreeningCard.properties.ties.items.properties.basis.enum).toEqual(['identifier', 'list id', 'name and birth date', 'name and country', 'same name'])
  expect(Object.keys(schemas.ScreeningCardSource.properties)).toEqual(['source', 'datasets', 'version', 'as_of', 'entity_id', 'caption', 'programs', 'listed', 'score', 'match', 'hit'])
  expect(body.paths['/screen'].post.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ScreeningBatchAnswer' })
})

// Regression: the document's patterns ended in the expression's flag ("$/u"), so no value matched them.
test('the field patterns of the OpenAPI document match the values the API takes', async () => {
  const { body } = await get('/openapi.json')
  const params = body.paths['/screen'].get.parameters as { name: string; schema: { pattern?: string } }[]
  const pattern = (name: string) => new RegExp(params.find((p) => p.name === name)!.schema.pattern!, 'u')
  expect(pattern('country').test('Russia')).toBe(true)
  expect(pattern('id').test('1027700167110')).toBe(true)
  expect(JSON.stringify(body)).not.toMatch(/\$\/[a-z]+"/)
})

// Regression: GET /screen's JSON did not say the threshold it was answered at (the CSV and the CLI's --json do).
test('every screening answer states its threshold: the one asked for, else the default', async () => {
  expect((await get('/screen?name=Zala%20Aero')).body.threshold).toBe(0.7)
  expect((await get('/screen?name=Zala%20Aero&threshold=0.9')).body.threshold).toBe(0.9)
  expect((await json(await post('/screen', { queries: [{ name: 'Zala Aero' }] }))).body.threshold).toBe(0.7)
  expect((await json(await post('/screen', { queries: [{ name: 'Zala Aero' }], threshold: 0.85 }))).body.threshold).toBe(0.85)
})

describe('POST /screen', () => {
  test('a batch answers each query in order; a bad row is reported in its place', async () => {
    const res = await post('/screen', { queries: [{ name: 'Zala Aero' }, { name: '   ' }, { name: 'Nobody Anywhere Ltd' }] })
    const { status, body } = await json(res)
    expect(status).toBe(200)
    expect(body.results).toHaveLength(3)
    expect(body.results[0].hits[0].entity.id).toBe('gb-hmt-15022')
    expect(body.results[0].cards.map((c: { id: string }) => c.id)).toEqual(['gb-hmt-15022'])
    expect(body.results[1].error).toMatch(/empty name/)
    expect(body.results[2].hits).toEqual([])
  })

  // Regression: an unknown schema in one row refused the whole batch (400), as an empty name does not.
  test('an unknown schema, a country with digits or an odd id is taken in its row, the batch answered', async () => {
    const res = await post('/screen', { queries: [{ name: 'Zala Aero', schema: 'Spaceship' }, { name: 'Zala Aero', country: 'R2' }, { name: 'Zala Aero', id: '#12?' }] })
    const { status, body } = await json(res)
    expect(status).toBe(200)
    expect(body.results[0].error).toMatch(/^invalid schema: "Spaceship"/)
    expect(body.results[1].cards[0].id).toBe('gb-hmt-15022')
    expect(body.results[1].warnings.join(' ')).toMatch(/R2/)
    expect(body.results[2].cards[0].id).toBe('gb-hmt-15022')
  })

  test('a birth date in the future is left out of its row with a warning naming it', async () => {
    const { body } = await json(await post('/screen', { queries: [{ name: 'Zala Aero', birth_date: '2099-01-01' }] }))
    expect(body.results[0].warnings).toEqual(['invalid birth date: "2099-01-01" (in the future): left out, the name screened without it'])
    expect(body.results[0].cards.map((c: { id: string }) => c.id)).toEqual(['gb-hmt-15022'])
  })

  test('the batch as CSV', async () => {
    const res = await post('/screen?format=csv', { queries: [{ name: 'Zala Aero' }, { name: 'Putin', schema: 'Person' }] })
    expect(res.headers.get('content-type')).toMatch(/text\/csv/)
    const { about, lines } = readExport(await res.text())
    expect(about.title).toEqual(['screening of 2 names'])
    expect(lines.filter((l) => /^1,Zala Aero/.test(l)).length).toBeGreaterThan(0)
    expect(lines.some((l) => /^2,Putin,Person/.test(l))).toBe(true)
  })

  test('1,001 names is a 400; an empty batch too', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `n${i}` }))
    expect((await json(await post('/screen', { queries: many }))).body.error).toMatch(/too many queries in one batch \(at most 1000\)/)
    expect((await json(await post('/screen', { queries: [] }))).body.error).toMatch(/empty batch/)
  })

  test('malformed JSON is a 400 quoting the parser', async () => {
    const { status, body } = await json(await post('/screen', '{"queries": [{"name": "x"}'))
    expect(status).toBe(400)
    expect(body.error).toMatch(/^malformed JSON in request body: /)
  })

  test('a body that is not JSON is a 415 naming the content type', async () => {
    const { status, body } = await json(await post('/screen', 'name=x', { 'content-type': 'text/plain' }))
    expect(status).toBe(415)
    expect(body.error).toBe('unsupported content type: "text/plain" (expected application/json)')
  })

  test('a body over the limit is a 413 giving size and limit', async () => {
    const small = await openFixture({ limits: { json: 1000, upload: 1000 } })
    const body = JSON.stringify({ queries: [{ name: 'x'.repeat(2000) }] })
    const res = await small.app.request('/screen', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body })
    expect(res.status).toBe(413)
    expect((await res.json()).error).toBe(`request body too large: ${body.length} bytes (limit 1000 bytes)`)
    await small.close()
  })

  test('a wrong field type names the field', async () => {
    const { status, body } = await json(await post('/screen', { queries: [{ name: 42 }] }))
    expect(status).toBe(400)
    expect(body.error).toMatch(/name/)
  })
})

describe('GET /lists and /lists/diff', () => {
  test('versions with counts, the newest of each source current', async () => {
    const { body } = await get('/lists')
    const uk = body.lists.filter((l: { source: string }) => l.source === 'gb_hmt_sanctions')
    expect(uk.map((l: { as_of: string; current: boolean }) => [l.as_of, l.current])).toEqual([['2025-02-20', true], ['2025-01-15', false]])
  })

  test('diff of the two UK versions: one added, one changed', async () => {
    const uk = (await get('/lists')).body.lists.filter((l: { source: string }) => l.source === 'gb_hmt_sanctions')
    const { body } = await get(`/lists/diff?a=${uk[1].id}&b=${uk[0].id}`)
    expect(body.counts).toEqual({ added: 1, removed: 0, changed: 1 })
    expect(body.added[0].caption).toBe('TEST DIFF ENTITY LLC')
    expect(body.changed[0]).toMatchObject({ id: 'gb-hmt-15022', fields: ['weakAlias'], changes: [{ field: 'weakAlias', removed: ['ZALA'], added: [] }] })
    const csv = await (await f.app.request(`/lists/diff?a=${uk[1].id}&b=${uk[0].id}&format=csv`)).text()
    const { about, lines } = readExport(csv)
    expect(about.a[0]).toMatch(new RegExp(`^${uk[1].id} \\(gb_hmt_sanctions as of`))
    // Regression: the CSV's header left out what was compared (the JSON says it).
    expect(about.compared[0]).toBe(body.compared)
    // Regression: a change named its fields, not what they lost and gained.
    expect(lines).toEqual(['change,id,caption,schema,fields,what', 'added,gb-hmt-99001,TEST DIFF ENTITY LLC,Organization,,', 'changed,gb-hmt-15022,ZALA AERO,Organization,weakAlias,"weakAlias: -""ZALA"""'])
  })

  test('an unknown version is a 404 naming it; a missing one a 400', async () => {
    expect(await get('/lists/diff?a=nope&b=eu_fsf')).toEqual({ status: 404, body: { ok: false, error: expect.stringContaining('no such list version: "nope"') } })
    expect(await get('/lists/diff?a=eu_fsf')).toEqual({ status: 400, body: { ok: false, error: 'missing b' } })
  })
})
