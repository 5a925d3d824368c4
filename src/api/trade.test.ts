import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { readExport } from '../test-support/csv.js'
import { supplyValue } from '../test-support/supply.js'

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

const get = async (url: string) => {
  const res = await f.app.request(url)
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() }
}

describe('GET /datasets and /baskets', () => {
  test('datasets list the fixture, flagged synthetic, with coverage', async () => {
    const { status, body } = await get('/datasets')
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, datasets: [{ file: 'supply-fixture.csv', format: 'comtrade', synthetic: true, period_from: '2019-01', period_to: '2024-12', rejected: 0 }] })
  })

  test('datasets as CSV have a header and one row per dataset', async () => {
    const { type, body } = await get('/datasets?format=csv')
    expect(type).toMatch(/^text\/csv/)
    const { about, lines } = readExport(body as string)
    expect(about.synthetic[0]).toMatch(/^supply-fixture\.csv \(SYNTHETIC/)
    expect(lines[0]).toMatch(/^id,format,file,/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('supply-fixture.csv')
  })

  test('baskets, and one basket by id', async () => {
    expect((await get('/baskets')).body.baskets.map((b: { id: string }) => b.id)).toContain('machine-tools')
    expect((await get('/baskets/chpl-tier-1')).body.basket.codes).toEqual(['854231', '854232', '854233', '854239'])
  })

  test('an unknown basket id is a 400 naming it', async () => {
    const { status, body } = await get('/baskets/nope')
    expect(status).toBe(400)
    expect(body.error).toMatch(/unknown basket: "nope"/)
  })
})

describe('GET /shares', () => {
  test('mirror shares of CHPL tier 1 equal the fixture values', async () => {
    const { status, body } = await get('/shares?importer=RUS&basket=chpl-tier-1&by=year&basis=mirror')
    expect(status).toBe(200)
    expect(body.synthetic).toBe(true)
    expect(body.basis_note).toMatch(/mirror/)
    const chn2023 = body.rows.find((r: { period: string; partner: string }) => r.period === '2023' && r.partner === 'CHN')
    let value = 0
    for (let m = 1; m <= 12; m++) value += supplyValue('CHN', '854231', 2023, m)
    expect(chn2023.value).toBe(value)
    expect(chn2023.share).toBeCloseTo(60 / 92.5, 2)
  })

  test('top N folds the rest into OTHERS, and the baseline gives the change in points', async () => {
    const { body } = await get('/shares?importer=RUS&basket=chpl&basis=mirror&top=2&baseline=2021')
    const y2024 = body.rows.filter((r: { period: string }) => r.period === '2024')
    // Top partners are ranked within each period: Hong Kong, not Germany (big before 2022), in 2024.
    expect(y2024.map((r: { partner: string }) => r.partner)).toEqual(['CHN', 'HKG', 'OTHERS'])
    expect(body.rows.filter((r: { period: string }) => r.period === '2019').map((r: { partner: string }) => r.partner)).toEqual(['CHN', 'DEU', 'OTHERS'])
    expect(body.query.top).toBe(2)
    const chn = y2024[0]
    expect(chn.change_pts).toBeCloseTo(100 * (chn.share - chn.baseline_share), 6)
  })

  test('CSV has the same rows as the JSON', async () => {
    const q = 'importer=RUS&basket=chpl&by=quarter&basis=mirror&top=4'
    const json = (await get(`/shares?${q}`)).body
    const csv = (await get(`/shares?${q}&format=csv`)).body as string
    const { lines } = readExport(csv)
    expect(lines[0]).toBe('period,partner,partner_name,value,currency,share,baseline_share,change_pts')
    expect(lines).toHaveLength(json.rows.length + 1)
    expect(lines[1].split(',').slice(0, 4)).toEqual([json.rows[0].period, json.rows[0].partner, json.rows[0].partner_name, String(json.rows[0].value)])
  })

  // Regression: the shares CSV had no basis, basket, denominator, datasets or synthetic flag, so a saved file could not say what it was.
  test('the CSV carries its provenance: basis, basket codes, denominator, datasets, synthetic flag', async () => {
    const q = 'importer=RUS&basket=chpl-tier-1&by=year&basis=mirror&top=3'
    const json = (await get(`/shares?${q}`)).body
    const csv = (await get(`/shares?${q}&format=csv`)).body as string
    const { about } = readExport(csv)
    expect(csv).toMatch(/^# title: Exports to RUS reported by \d+ reporters? \(of \d+\): /)
    expect(about.reporters[0]).toMatch(/^[A-Z]{3}( [A-Z]{3})* \(\d+ of \d+\)$/)
    expect(about.synthetic).toEqual(['true (SYNTHETIC DEMO DATA: generated, not real trade statistics)'])
    expect(about.query).toEqual(['importer=RUS basket=chpl-tier-1 by=year basis=mirror top=3'])
    expect(about.basis).toEqual(['mirror'])
    expect(about.basis_note[0]).toMatch(/^mirror: partners' reported exports to RUS/)
    expect(about.basket_codes).toEqual(['854231 854232 854233 854239'])
    expect(about.denominator).toEqual(['sum of countries'])
    expect(about.datasets).toEqual([`${json.datasets[0].id} supply-fixture.csv (comtrade, synthetic)`])
    expect(about.reporters).toHaveLength(1)
    // The JSON answer carries the same lines, for the dashboard's chart downloads.
    expect(json.provenance.map((l: { key: string; value: string }) => `# ${l.key}: ${l.value}`)).toEqual(csv.split('\r\n').filter((l) => l.startsWith('# ')))
    // No clock in an export: the same question gives the same bytes.
    expect((await get(`/shares?${q}&format=csv`)).body).toBe(csv)
  })

  test('every CSV route starts with its provenance lines', async () => {
    for (const path of ['/datasets', '/baskets', '/shares?importer=RUS&basis=mirror', '/trend?importer=RUS&partner=CHN&basis=mirror', '/screen?name=Zala', '/lists']) {
      const csv = (await get(`${path}${path.includes('?') ? '&' : '?'}format=csv`)).body as string
      expect(csv, path).toMatch(/^# title: /)
    }
  })

  test.each([
    ['basket=nope', 'unknown basket: "nope"'],
    ['by=week', 'invalid by: "week"'],
    ['basis=guess', 'invalid basis: "guess"'],
    ['from=2023-13', 'invalid from: "2023-13"'],
    ['from=1850', 'period out of range: from "1850"'],
    ['from=2099', 'period out of range: from "2099" (loaded data covers 2019-01 to 2024-12)'],
    ['to=2001', 'period out of range: to "2001"'],
    ['from=2024&to=2020', 'invalid period range: from "2024" is after to "2020"'],
    ['top=0', 'invalid top: "0"'],
    ['top=many', 'invalid top: "many"'],
    ['baseline=1999', 'baseline period not in the result: "1999"'],
    ['format=xml', 'invalid format: "xml"'],
  ])('bad input %s is a 400 that names the value', async (q, message) => {
    const params = new URLSearchParams({ importer: 'RUS', basket: 'chpl', basis: 'mirror', ...Object.fromEntries(new URLSearchParams(q)) })
    const { status, body } = await get(`/shares?${params}`)
    expect(status).toBe(400)
    expect(body).toEqual({ ok: false, error: expect.stringContaining(message) })
  })

  test('a repeated parameter is a 400 that shows both values', async () => {
    const { status, body } = await get('/shares?importer=RUS&basis=mirror&basis=reported')
    expect(status).toBe(400)
    expect(body.error).toMatch(/invalid basis: .*mirror.*reported/)
  })

  test('importer and exporter together, or neither, is a 400', async () => {
    expect((await get('/shares?importer=RUS&exporter=CHN')).body.error).toMatch(/exactly one of importer or exporter/)
    expect((await get('/shares')).status).toBe(400)
  })
})

describe('GET /trend', () => {
  test('one partner with a row for every period and the baseline change', async () => {
    const { status, body } = await get('/trend?importer=RUS&partner=usa&basket=chpl&by=year&basis=mirror&baseline=2021')
    expect(status).toBe(200)
    expect(body.partner).toBe('USA')
    expect(body.rows.map((s: { period: string }) => s.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024'])
    expect(body.rows.every((r: { partner: string }) => r.partner === 'USA')).toBe(true)
    expect(body.rows.find((r: { period: string }) => r.period === '2023').change_pts).toBeLessThan(-15)
    expect(body.rows.filter((r: { is_baseline: boolean }) => r.is_baseline).map((r: { period: string }) => r.period)).toEqual(['2021'])
  })

  // Regression: the trend table left out the baseline row the chart plots (a baseline before `from` was refused, a period without trade had no row).
  test('the table includes the baseline row, also when it lies before from, and CSV agrees with JSON', async () => {
    const q = 'importer=RUS&partner=CHN&basket=chpl&by=year&basis=mirror&baseline=2021&from=2023'
    const { status, body } = await get(`/trend?${q}`)
    expect(status).toBe(200)
    expect(body.rows.map((r: { period: string }) => r.period)).toEqual(['2021', '2023', '2024'])
    expect(body.periods.map((r: { period: string }) => r.period)).toEqual(['2021', '2023', '2024'])
    const base = body.rows[0]
    expect(base).toMatchObject({ is_baseline: true, baseline_share: base.share, change_pts: 0 })
    const { about, lines } = readExport((await get(`/trend?${q}&format=csv`)).body as string)
    expect(lines[0]).toBe('period,partner,partner_name,value,currency,share,baseline_share,change_pts,is_baseline')
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2021', '2023', '2024'])
    expect(lines[1].endsWith(',true')).toBe(true)
    expect(about.baseline).toEqual(['2021'])
    expect(about.title[0]).toMatch(/^China \(CHN\) in exports to RUS reported by \d+ reporters/)
  })

  test('a partner with no trade in the baseline period gets a zero row there', async () => {
    // Armenia sold nothing in any period: each is a zero row, the baseline one included.
    const { body } = await get('/trend?importer=RUS&partner=ARM&basket=chpl&by=year&basis=mirror&baseline=2021')
    expect(body.rows).toHaveLength(6)
    expect(body.rows.find((r: { period: string }) => r.period === '2021')).toMatchObject({ value: 0, share: 0, is_baseline: true, baseline_share: 0, change_pts: 0 })
  })

  test('partner is required', async () => {
    const { status, body } = await get('/trend?importer=RUS&basket=chpl')
    expect(status).toBe(400)
    expect(body.error).toBe('missing partner')
  })
})

describe('the API as a whole', () => {
  test('/openapi.json describes every route', async () => {
    const { body } = await get('/openapi.json')
    expect(Object.keys(body.paths).sort()).toEqual(['/baskets', '/baskets/{id}', '/claims', '/claims/check', '/claims/extract', '/datasets', '/diversion', '/lists', '/lists/diff', '/match/{dataset}', '/metals/check', '/mirror', '/risk', '/rules', '/screen', '/shares', '/trend'])
    expect(body.paths['/shares'].get.parameters.map((p: { name: string }) => p.name)).toContain('basket')
  })

  test('an unknown route is a 404 in the one error shape', async () => {
    expect(await get('/nope')).toMatchObject({ status: 404, body: { ok: false, error: 'no such route: GET /nope' } })
  })

  test('the dashboard and the chart libraries are served', async () => {
    expect((await get('/index.html')).type).toMatch(/text\/html/)
    expect((await get('/vendor/plot.js')).body).toMatch(/Plot/)
    expect((await get('/vendor/d3.js')).status).toBe(200)
    expect((await get('/vendor/jquery.js')).status).toBe(404)
  })
})

// The API had no way to pick datasets, though its mixed-currency error told the user to.
describe('dataset= picks the datasets a figure uses', () => {
  test('a loaded id answers from it; an unknown id is a 404 naming it; a malformed one a 400', async () => {
    const id = (await get('/datasets')).body.datasets[0].id as string
    const all = await get('/shares?importer=RUS&basket=chpl&basis=mirror')
    const picked = await get(`/shares?importer=RUS&basket=chpl&basis=mirror&dataset=${id}`)
    expect(picked.status).toBe(200)
    expect(picked.body.rows).toEqual(all.body.rows)
    expect(picked.body.datasets.map((d: { id: string }) => d.id)).toEqual([id])
    expect((await get(`/shares?importer=RUS&basket=chpl&basis=mirror&dataset=${id.toUpperCase()}`)).body.rows).toEqual(all.body.rows)
    const unknown = await get('/shares?importer=RUS&basket=chpl&basis=mirror&dataset=abc123')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatch(/^no such dataset: "abc123" \(loaded: supply-fixture\.csv/)
    const bad = await get('/trend?importer=RUS&partner=CHN&dataset=x;y')
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid dataset: "x;y" (expected dataset ids, comma separated (see /datasets))' } })
  })
})
