import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { readExport } from '../test-support/csv.js'

// The supply fixture: partners report their exports to Russia 2019-2024, Russia its imports
// (at 1.06 x the exports, the CIF/FOB factor) only until 2021, all in USD.
let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

describe('GET /mirror', () => {
  test('rows with both sides, the gap near zero while Russia reported, missing sides named after', async () => {
    const res = await f.app.request('/mirror?reporter=RUS&partner=DEU&basket=chpl')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, query: { reporter: 'RUS', partner: 'DEU', basket: 'chpl', by: 'year', currency: 'USD' }, synthetic: true })
    const y2021 = body.rows.find((r: { period: string }) => r.period === '2021')
    expect(Math.abs(y2021.gap_ratio)).toBeLessThan(1e-6)
    const y2023 = body.rows.find((r: { period: string }) => r.period === '2023')
    expect(y2023).toMatchObject({ reporter_reported_imports: null, gap: null })
    expect(body.datasets.map((d: { side: string }) => d.side)).toEqual(['exports', 'imports'])
    expect(body.provenance.map((l: { key: string }) => l.key)).toContain('basis_imports')
  })

  test('format=csv carries the provenance first', async () => {
    // To 2023: the FX table's monthly averages end in 2024-09, so EUR figures for 2024-10 would be refused.
    const res = await f.app.request('/mirror?reporter=RUS&partner=DEU&basket=chpl&format=csv&currency=EUR&to=2023')
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const { about, lines } = readExport(await res.text())
    expect(about.title[0]).toMatch(/^Mirror gap: DEU's reported exports to RUS vs RUS's reported imports from DEU/)
    expect(about.fx_source[0]).toMatch(/European Central Bank/)
    expect(about.synthetic[0]).toMatch(/^true/)
    expect(lines[0]).toBe('period,partner_reported_exports,reporter_reported_imports,imports_fob,gap,gap_ratio,currency,months_exports,months_imports,fx_exports,fx_imports,notes')
    expect(lines[1]).toMatch(/^2019,[\d.]+,[\d.]+,[\d.]+,[-\d.e]+,[-\d.e]+,EUR,12,12,"USD->EUR 0\.\d+ \(12 monthly averages 2019-01 to 2019-12, value-weighted\)",/)
  })

  test('a period without an FX rate is refused naming the pair and period', async () => {
    const res = await f.app.request('/mirror?reporter=RUS&partner=DEU&basket=chpl&currency=EUR')
    expect(res.status).toBe(409)
    expect((await res.json()).error).toMatch(/^no fx rate for USD\/EUR in 2024-10 /)
  })

  test('is in the OpenAPI document; bad parameters are named', async () => {
    const doc = await (await f.app.request('/openapi.json')).json()
    expect(doc.paths['/mirror'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['reporter', 'partner', 'currency']))
    const bad = await f.app.request('/mirror?reporter=RUS&partner=DEU&currency=XYZ')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/^invalid currency: "XYZ"/)
  })
})
