import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'

// HTTP fuzz over every route of /openapi.json: malformed, oversized, nested, prototype-named and
// injection values in each parameter and body. No answer may be a 5xx or take longer than the
// bound; every refusal has the one error shape.

let f: Fixture
let routes: { method: string; path: string; params: { name: string; in: string }[] }[]
beforeAll(async () => {
  f = await openFixture({ token: 't' })
  const doc = await (await f.app.request('/openapi.json')).json()
  routes = Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, params: op.parameters ?? [] }))
  )
})
afterAll(() => f.close())

const HOSTILE = [
  '', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '../../etc/passwd', '%00', '\u0000', '\u200b',
  `"';DROP TABLE flow;--`, '<script>alert(1)</script>', '${7*7}', '{{7*7}}', 'NaN', 'Infinity', '-1', '1e309', '9'.repeat(400),
  'x'.repeat(20_000), '[]', '{}', 'null', 'true', '2023-13', '2023-Q5', '0000', 'RUS,CHN', 'Путин', '中国', 'العربية', '\ud800',
]
const BOUND_MS = 10_000

/** Sends one request and checks the answer: no 5xx, in time, one error shape. */
async function probe(method: string, url: string, body?: string, type = 'application/json'): Promise<number> {
  const headers: Record<string, string> = { authorization: 'Bearer t' }
  if (body !== undefined) headers['content-type'] = type
  const request = Promise.resolve(f.app.request(url, { method, headers, body }))
  const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`${method} ${url.slice(0, 120)} took over ${BOUND_MS} ms`)), BOUND_MS))
  const res = await Promise.race([request, timeout])
  const text = await res.text()
  expect(res.status, `${method} ${url.slice(0, 200)} -> ${text.slice(0, 300)}`).toBeLessThan(500)
  if (res.status >= 400) expect(JSON.parse(text)).toMatchObject({ ok: false, error: expect.any(String) })
  return res.status
}

/** Percent-encodes a value; a lone surrogate goes as the bytes a careless client would send. */
function encode(v: string): string {
  try {
    return encodeURIComponent(v)
  } catch {
    return '%ED%A0%80'
  }
}

function url(path: string, pathValue: string, query: Record<string, string>): string {
  const p = path.replace(/\{[^}]+\}/g, encode(pathValue))
  const q = Object.entries(query).map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')
  return q ? `${p}?${q}` : p
}

const BODIES = [
  '', 'not json', '{', '[]', 'null', '{"queries": null}', '{"queries": [{}]}', '{"queries": {"a": {"schema": "Person"}}}',
  '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": {}}}', `{"queries": ${'['.repeat(3000)}${']'.repeat(3000)}}`,
  JSON.stringify({ queries: [{ name: 'x'.repeat(100_000) }] }), JSON.stringify({ queries: Array.from({ length: 1001 }, () => ({ name: 'a' })) }),
]

describe('fuzzed requests over every route in the OpenAPI document', () => {
  test('every parameter of every route with hostile values', async () => {
    let cases = 0
    for (const r of routes) {
      const named = r.params.filter((p) => p.in === 'query' || p.in === 'path')
      for (const p of named) {
        for (const v of HOSTILE) {
          const query = p.in === 'query' ? { [p.name]: v } : {}
          await probe(r.method, url(r.path, p.in === 'path' ? v : 'x', query), r.method === 'POST' ? '{}' : undefined)
          cases++
        }
      }
      if (r.method !== 'POST') continue
      for (const b of BODIES) {
        await probe(r.method, url(r.path, 'default', {}), b)
        cases++
      }
    }
    console.log(`http fuzz: ${cases} hostile-value requests over ${routes.length} routes, no 5xx`)
    expect(cases).toBeGreaterThan(300)
  }, 300_000)

  test('malformed percent-encoding in paths and queries', async () => {
    const raw = ['/baskets/%', '/baskets/%zz', '/vendor/%E0%A4%A', '/shares?importer=%', '/screen?name=%ED%A0%80', '/lists/diff?a=%&b=%%', '/%2e%2e/%2e%2e/etc/passwd', '/index.html%00', '/' + 'a/'.repeat(2000)]
    for (const u of raw) await probe('GET', u)
  })

  test('random query strings and paths', async () => {
    let cases = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes.map((r) => r)),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 60 }), { maxKeys: 6 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        async (r, query, pathValue) => {
          cases++
          await probe(r.method, url(r.path, pathValue || 'x', query), r.method === 'POST' ? JSON.stringify(query) : undefined)
        }
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 200) }
    )
    console.log(`http fuzz: ${cases} random requests, no 5xx`)
  }, 300_000)
})
