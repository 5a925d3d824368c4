import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { EU_LIST } from '../test-support/supply.js'

const CSV = readFileSync(new URL('../trade/formats/fixtures/comtrade-plus.csv', import.meta.url))
const auth = { authorization: 'Bearer s3cret' }

let open: Fixture
let closed: Fixture
beforeAll(async () => {
  open = await openFixture({ token: 's3cret', limits: { json: 1 << 20, upload: 64 * 1024 } })
  closed = await openFixture()
})
afterAll(async () => {
  await open.close()
  await closed.close()
})

const upload = (f: Fixture, url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  Promise.resolve(f.app.request(url, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body })).then(async (r) => ({ status: r.status, body: await r.json() }))

describe('POST /datasets (upload and ingest)', () => {
  test('off when the server has no token: 403 that says how to turn it on', async () => {
    const r = await upload(closed, '/datasets?format=comtrade&name=c.csv', CSV, auth)
    expect(r).toEqual({ status: 403, body: { ok: false, error: expect.stringMatching(/write routes are off: start the server with --token or CHOKEPOINT_TOKEN/) } })
  })

  test('missing or wrong token: 401 / 403', async () => {
    expect((await upload(open, '/datasets?format=comtrade&name=c.csv', CSV)).status).toBe(401)
    expect(await upload(open, '/datasets?format=comtrade&name=c.csv', CSV, { authorization: 'Bearer nope' })).toEqual({ status: 403, body: { ok: false, error: 'invalid bearer token' } })
  })

  test('with the token the file is ingested and listed; the same bytes again are a no-op', async () => {
    const r = await upload(open, '/datasets?format=comtrade&name=comtrade-plus.csv', CSV, auth)
    expect(r).toMatchObject({ status: 200, body: { ok: true, status: 'loaded', file: 'comtrade-plus.csv', rows: 16 } })
    const list = await (await open.app.request('/datasets')).json()
    expect(list.datasets.map((d: { file: string }) => d.file)).toContain('comtrade-plus.csv')
    expect((await upload(open, '/datasets?format=comtrade&name=comtrade-plus.csv', CSV, auth)).body.status).toBe('unchanged')
  })

  test('a bad row stops the load with its line and value', async () => {
    const bad = 'period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2021,643,156,M,854231,lots\n'
    const r = await upload(open, '/datasets?format=comtrade&name=bad.csv', bad, auth)
    expect(r.status).toBe(400)
    expect(r.body.error).toMatch(/^bad\.csv:2: column primaryValue: bad value "lots"/)
    expect(r.body.error).not.toMatch(/chokepoint-upload/)
  })

  test.each([
    ['format=excel&name=a.csv', 'invalid format: "excel"'],
    ['format=comtrade&name=../../etc/passwd', 'invalid name: "../../etc/passwd"'],
    ['format=comtrade', 'missing name'],
  ])('%s is a 400 naming the value', async (q, message) => {
    const r = await upload(open, `/datasets?${q}`, CSV, auth)
    expect(r.status).toBe(400)
    expect(r.body.error).toContain(message)
  })

  test('an upload over the limit is a 413, declared or streamed', async () => {
    const big = Buffer.alloc(70 * 1024, 'a')
    expect((await upload(open, '/datasets?format=comtrade&name=big.csv', big, { ...auth, 'content-length': String(big.length) })).body.error).toBe(`upload too large: ${big.length} bytes (limit 65536 bytes)`)
    const stream = new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(big)), c.close()) })
    const r = await open.app.request('/datasets?format=comtrade&name=big.csv', { method: 'POST', headers: auth, body: stream, duplex: 'half' } as RequestInit)
    expect(r.status).toBe(413)
    expect((await r.json()).error).toMatch(/^upload too large: \d+ bytes \(limit 65536 bytes\)$/)
  })
})

describe('POST /lists (load a list version)', () => {
  const form = (name: string, bytes: Buffer) => {
    const fd = new FormData()
    fd.append('file', new File([new Uint8Array(bytes)], name))
    return fd
  }

  test('needs the token', async () => {
    const r = await closed.app.request('/lists?format=eu-fsf', { method: 'POST', body: form('eu.csv', readFileSync(EU_LIST)) })
    expect(r.status).toBe(403)
  })

  test('loads a list file; the same file again says it existed', async () => {
    const r = await open.app.request('/lists?format=eu-fsf', { method: 'POST', headers: auth, body: form('eu-fsf.csv', readFileSync(EU_LIST)) })
    expect(r.status).toBe(200)
    expect(await r.json()).toMatchObject({ ok: true, existed: true, version: { source: 'eu_fsf' } })
  })

  test('an as_of that does not exist or is after today is a 400 naming it, and the loaded version keeps its date', async () => {
    // Regression: as_of=2062-05-03 (a typo in the year) on a reload "corrected" the version's date to it; 2024-02-30 was recorded as given.
    const eu = async () => (await (await open.app.request('/lists')).json()).lists.find((l: { source: string }) => l.source === 'eu_fsf').as_of
    const before = await eu()
    const day = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
    for (const [asOf, why] of [['2062-05-03', `a date after today, ${day(new Date())}`], ['2024-02-30', 'no such date']]) {
      const r = await open.app.request(`/lists?format=eu-fsf&as_of=${asOf}`, { method: 'POST', headers: auth, body: form('eu-fsf.csv', readFileSync(EU_LIST)) })
      expect(await r.json()).toEqual({ ok: false, error: `invalid as_of: "${asOf}" (${why})` })
      expect(r.status).toBe(400)
    }
    expect(await eu()).toBe(before)
  })

  test('an unknown list format is a 400 naming it', async () => {
    const r = await open.app.request('/lists?format=pdf', { method: 'POST', headers: auth, body: form('x.csv', Buffer.from('a')) })
    expect(r.status).toBe(400)
    expect((await r.json()).error).toContain('invalid format: "pdf"')
  })
})
