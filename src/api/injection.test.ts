import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'

// Every text parameter of every route gets a SQL-injection string: each must be refused with a
// 4xx whose message quotes the value, and the database must be untouched afterwards.
const EVIL = `"';DROP TABLE flow;--`
const e = encodeURIComponent(EVIL)

let f: Fixture
let flows: number
beforeAll(async () => {
  f = await openFixture({ token: 't' })
  flows = await countFlows()
})
afterAll(async () => {
  expect(await countFlows()).toBe(flows)
  await f.close()
})

async function countFlows(): Promise<number> {
  const [{ n }] = await f.store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM flow')
  return n
}

const SHARES = { importer: 'RUS', basket: 'chpl', basis: 'mirror' }
const TREND = { ...SHARES, partner: 'CHN' }
const DIVERSION = { exporter: 'EU27', target: 'RUS', via: 'KGZ', baseline: '2021', period: '2023' }
const with_ = (base: Record<string, string>, key: string) => new URLSearchParams({ ...base, [key]: EVIL }).toString()

const gets: [string, string][] = [
  ...['importer', 'basket', 'by', 'from', 'to', 'basis', 'top', 'baseline', 'partner', 'format'].map((k): [string, string] => [`/shares ${k}`, `/shares?${with_(SHARES, k)}`]),
  [`/shares exporter`, `/shares?${with_({ basket: 'chpl' }, 'exporter')}`],
  ...['importer', 'partner', 'basket', 'by', 'from', 'to', 'basis', 'baseline', 'format'].map((k): [string, string] => [`/trend ${k}`, `/trend?${with_(TREND, k)}`]),
  ...['exporter', 'target', 'via', 'baseline', 'period', 'basket', 'by', 'break', 'top', 'format'].map((k): [string, string] => [`/diversion ${k}`, `/diversion?${with_(DIVERSION, k)}`]),
  ...['reporter', 'partner', 'basket', 'by', 'from', 'to', 'currency', 'format'].map((k): [string, string] => [`/mirror ${k}`, `/mirror?${with_({ reporter: 'RUS', partner: 'DEU' }, k)}`]),
  ['/baskets/{id}', `/baskets/${e}`],
  ['/datasets format', `/datasets?format=${e}`],
  ['/baskets format', `/baskets?format=${e}`],
  ...['schema', 'country', 'birth_date', 'id', 'threshold', 'limit', 'format'].map((k): [string, string] => [`/screen ${k}`, `/screen?${with_({ name: 'Zala' }, k)}`]),
  ['/lists format', `/lists?format=${e}`],
  ['/lists/diff a', `/lists/diff?a=${e}&b=eu_fsf`],
  ['/lists/diff b', `/lists/diff?a=eu_fsf&b=${e}`],
  ['/vendor/{file}', `/vendor/${e}`],
  ['/rules on', `/rules?on=${e}`],
  ['/rules format', `/rules?format=${e}`],
]

describe('SQL-injection text in every parameter', () => {
  test.each(gets)('GET %s', async (_, url) => {
    const res = await f.app.request(url)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const body = await res.json()
    expect(body.ok).toBe(false)
    expect(body.error).toContain(`;DROP TABLE flow;--`)
  })

  const json = { 'content-type': 'application/json' }
  const match = { queries: { q: { schema: 'Company', properties: { name: ['Zala'] } } } }
  const posts: [string, string, Record<string, string>, unknown][] = [
    ['/screen format', `/screen?format=${e}`, json, { queries: [{ name: 'x' }] }],
    ['/match dataset', `/match/${e}`, json, match],
    ['/match algorithm', `/match/default?algorithm=${e}`, json, match],
    ['/match threshold', `/match/default?threshold=${e}`, json, match],
    ['/match schema', '/match/default', json, { queries: { q: { schema: EVIL, properties: { name: ['x'] } } } }],
    ['/datasets format', `/datasets?format=${e}&name=a.csv`, { authorization: 'Bearer t' }, 'a,b\n'],
    ['/datasets name', `/datasets?format=comtrade&name=${e}`, { authorization: 'Bearer t' }, 'a,b\n'],
    ['/lists format', `/lists?format=${e}`, { authorization: 'Bearer t' }, 'x'],
    ['/lists as_of', `/lists?format=eu-fsf&as_of=${e}`, { authorization: 'Bearer t' }, 'x'],
    ['/metals/check at', `/metals/check?at=${e}`, json, { lots: [{ lot_id: 'L1' }] }],
    ['/metals/check quarantine', `/metals/check?quarantine=${e}`, json, { lots: [{ lot_id: 'L1' }] }],
    ['/metals/check format', `/metals/check?format=${e}`, json, { lots: [{ lot_id: 'L1' }] }],
    ...['origin_country', 'action', 'production_date'].map((k): [string, string, Record<string, string>, unknown] => [
      `/metals/check ${k}`, '/metals/check', json, { lots: [{ lot_id: 'L1', metal: 'aluminium', action: 'acquire', [k]: EVIL }, { lot_id: EVIL, metal: 'x' }] },
    ]),
    ['/metals/check csv', '/metals/check', { 'content-type': 'text/csv' }, `lot_id,metal,origin_country,production_date,warrant_issue_date,exchange,actor_jurisdiction,action\nL1,aluminium,RU,,,LME,GB,"${EVIL.replaceAll('"', '""')}"\n`],
    ['/risk quarantine', `/risk?quarantine=${e}`, { 'content-type': 'text/csv' }, 'date,hs_code,value,currency\n2024-01-01,854231,1,USD\n'],
    ['/risk format', `/risk?format=${e}`, { 'content-type': 'text/csv' }, 'date,hs_code,value,currency\n2024-01-01,854231,1,USD\n'],
    ...['date', 'hs_code', 'value', 'currency', 'origin_country'].map((k): [string, string, Record<string, string>, unknown] => [
      `/risk ${k}`, '/risk', { 'content-type': 'text/csv' }, `date,hs_code,value,currency,origin_country\n${['2024-01-01', '854231', '1', 'USD', 'CN'].map((v, i) => (['date', 'hs_code', 'value', 'currency', 'origin_country'][i] === k ? `"${EVIL.replaceAll('"', '""')}"` : v)).join(',')}\n`,
    ]),
  ]
  test.each(posts)('POST %s', async (_, url, headers, body) => {
    const res = await f.app.request(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect((await res.json()).error).toContain(`;DROP`)
  })

  // A batch row's schema and country are free text: a bad one is quoted in its row, not run.
  test.each([
    ['schema', (r: { error?: string }) => r.error],
    ['country', (r: { warnings?: string[] }) => r.warnings?.join(' ')],
  ] as const)('POST /screen %s: quoted in its row', async (k, said) => {
    const res = await f.app.request('/screen', { method: 'POST', headers: json, body: JSON.stringify({ queries: [{ name: 'x', [k]: EVIL }] }) })
    expect(res.status).toBe(200)
    expect(said((await res.json()).results[0])).toContain(';DROP TABLE flow;--')
  })
  test('POST /screen id: compared by its letters and digits, never run', async () => {
    const res = await f.app.request('/screen', { method: 'POST', headers: json, body: JSON.stringify({ queries: [{ name: 'x', id: EVIL }] }) })
    expect(res.status).toBe(200)
    expect((await res.json()).results[0].query.id).toBe(EVIL)
  })

  test('a lot\'s id is free text and an unknown metal is decided (sent to review, its name quoted): neither is ever run', async () => {
    const res = await f.app.request('/metals/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lots: [{ lot_id: EVIL, metal: EVIL, action: 'import' }] }) })
    expect((await res.json()).rows[0]).toMatchObject({ lot_id: EVIL, decision: 'needs_review', reason: expect.stringContaining(';DROP TABLE flow;--') })
  })

  test('a lot\'s evidence is free text: kept as written and sent to review, never run', async () => {
    const res = await f.app.request('/metals/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lots: [{ lot_id: 'L1', metal: 'aluminium', origin_country: 'RU', production_date: '2024-03-01', exchange: 'LME', actor_jurisdiction: 'GB', action: 'acquire', evidence: EVIL }] }) })
    // ";" separates evidence items: the text is kept in its pieces, each quoted.
    expect((await res.json()).rows[0]).toMatchObject({ decision: 'needs_review', reason: expect.stringContaining('"DROP TABLE flow", "--"') })
  })

  test('a shipment\'s parties and description are free text: screened and read as words, never run', async () => {
    const body = `date,hs_code,description,shipper_name,consignee_name,value,currency\n2024-01-01,854231,"${EVIL.replaceAll('"', '""')}","${EVIL.replaceAll('"', '""')}",x,1,USD\n`
    const res = await f.app.request('/risk', { method: 'POST', headers: { 'content-type': 'text/csv' }, body })
    expect(res.status).toBe(200)
    expect((await res.json()).rows[0]).toMatchObject({ shipper: EVIL, description: EVIL })
  })

  test('a screened name is free text: it is searched for, never run', async () => {
    // Names come in every script and punctuation, so the name itself is not refused; screening
    // runs in memory and the name never reaches SQL.
    const res = await f.app.request(`/screen?name=${e}`)
    expect(res.status).toBe(200)
    expect((await res.json()).hits).toEqual([])
  })
})
