import { afterAll, beforeAll, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

// The extractor (and compromise under it) is loaded on the first request, not with the app.
test('POST /claims/extract reads the claims of an article sent as text', async () => {
  const res = await f.app.request('/claims/extract?date=2024-07-06', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'China provided over 70% of the machine tools imported by Russia in the last quarter of 2023.',
  })
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body).toMatchObject({ ok: true, date: '2024-07-06', claims: [{ importer: 'RUS', partner: 'CHN', basket: 'machine-tools', period: '2023-Q4', comparator: 'over', figure: 0.7 }] })
  expect(body.yaml).toContain('machine-tools')
})
