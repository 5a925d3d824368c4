import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { loadDiversionFixture } from '../trade/analytics/diversion/fixtures.js'

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
  await loadDiversionFixture(f.store, f.dir, { products: true })
})
afterAll(() => f.close())

const URL_ = '/diversion?exporter=EU27&target=RUS&via=KGZ,ARM,GEO&baseline=2021-Q1&period=2023-Q1'

describe('GET /diversion', () => {
  test('the JSON twin: target, ranked corridors, datasets, warnings, provenance', async () => {
    const res = await f.app.request(URL_)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, target: { country: 'RUS', baseline: 300, period: 60, ratio: 0.2, fall: 240 } })
    expect(body.rows.map((r: { country: string; ratio: number | null; excess: number | null }) => [r.country, r.ratio, r.excess])).toEqual([['KGZ', 5, 80], ['ARM', 1.5, 15], ['GEO', null, null]])
    expect(body.datasets.map((d: { file: string }) => d.file)).toEqual(['eu-exports.csv'])
    expect(body.provenance.map((l: { key: string }) => l.key)).toContain('excess')
  })
  test('format=csv: the ranked table with provenance lines first', async () => {
    const res = await f.app.request(`${URL_}&format=csv`)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const text = await res.text()
    expect(text).toMatch(/^# title: Exports of All goods from EU27 to RUS and KGZ, ARM, GEO: 2023-Q1 against 2021-Q1/)
    expect(text).toContain('# warning: GEO: missing: no data for exports to GEO in baseline 2021-Q1')
    const table = text.split(/\r?\n/).filter((l) => l && !l.startsWith('#'))
    expect(table[0]).toBe('role,country,name,baseline,period,ratio,change,excess,offset,fall,months,of,level_before,level_after,rise_start,anomalies,note')
    expect(table[1]).toMatch(/^target,RUS,Russia,300,60,0.2,-240,,,240,3,3,/)
  })
  test('bad input names the parameter and the value', async () => {
    const res = await f.app.request('/diversion?exporter=EU72&target=RUS&via=KGZ&baseline=2021&period=2023')
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(/^unknown country or group: "EU72" for exporter \(did you mean EU27/)
    const short = await f.app.request('/diversion?exporter=EU27&target=RUS&via=KGZ&baseline=2021&period=2023-Q1')
    expect((await short.json()).error).toContain('invalid period: "2023-Q1" (3 months) is not as long as baseline "2021" (12 months)')
  })
  test('in the OpenAPI document', async () => {
    const doc = await (await f.app.request('/openapi.json')).json()
    expect(Object.keys(doc.paths)).toContain('/diversion')
  })
})
