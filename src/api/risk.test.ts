import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { readExport } from '../test-support/csv.js'
import { REPO_ROOT } from '../test-support/files.js'

// The example file with its listed consignee written as the UK list names a designated firm (the fixture app loads the EU and UK samples).
const SHIPMENTS = readFileSync(join(REPO_ROOT, 'examples/shipments.csv'), 'utf8').replace(
  ',Radioavtomatika,',
  ',Zala Aero Group,'
)
const HEADER = SHIPMENTS.split('\n')[0]

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

const post = async (path: string, body: string, type = 'text/csv') => {
  const res = await f.app.request(path, { method: 'POST', headers: { 'content-type': type }, body })
  return {
    status: res.status,
    body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(),
  }
}

describe('POST /risk', () => {
  test('a shipments CSV is ranked like the command line, each row with its reasons', async () => {
    const { status, body } = await post('/risk', SHIPMENTS)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      ok: true,
      weights_version: expect.stringMatching(/^sha256:/),
      counts: { shipments: 21, review: 5, rejected: 0 },
      rejected: [],
      warnings: [],
    })
    expect(body.rows.slice(0, 5).map((r: { shipment_id: string }) => r.shipment_id)).toEqual([
      'EX-101',
      'EX-102',
      'EX-104',
      'EX-105',
      'EX-103',
    ])
    expect(body.rows[0].reasons[0]).toMatchObject({
      factor: 'listed_party',
      points: 60,
      why: expect.stringMatching(
        /^consignee "Zala Aero Group" \(RUS\) matches "ZALA AERO", Organization on gb_hmt_sanctions/
      ),
    })
    expect(body.provenance.lists.map((l: { source: string }) => l.source).sort()).toEqual([
      'eu_fsf',
      'gb_hmt_sanctions',
    ])
  })

  test('format=csv: the table with its provenance lines', async () => {
    const { status, body } = await post('/risk?format=csv', SHIPMENTS)
    expect(status).toBe(200)
    const { about, lines } = readExport(body as string)
    expect(about.title).toEqual([
      'shipment risk of 21 shipments in the request: 5 at or above 30 points',
    ])
    expect(about.weights[0]).toMatch(
      /^chokepoint default weights \(.*weights\.yaml\), version sha256:/
    )
    expect(lines[0]).toBe(
      'rank,shipment_id,line,score,review,factors,reasons,date,hs_code,description,shipper,consignee'
    )
    expect(lines[1]).toMatch(/^1,EX-101,17,80,yes,listed_party \+60; chpl_tier \+20,/)
    expect(lines).toHaveLength(22)
  })

  test('a bad row: 400 naming the line, column and value; quarantine=true scores the rest', async () => {
    const bad = `${SHIPMENTS}EX-900,2024-02-30,,8542.31,chips,A,CN,B,RU,,,CN,CN,100,USD,1\n`
    const r1 = await post('/risk', bad)
    expect(r1.status).toBe(400)
    expect(r1.body.error).toBe(
      'line 23: column date: bad value "2024-02-30" (no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024); nothing was scored (use quarantine=true to score the good rows)'
    )
    const r2 = await post('/risk?quarantine=true', bad)
    expect(r2.status).toBe(200)
    expect(r2.body.counts).toEqual({ shipments: 21, review: 5, rejected: 1 })
    expect(r2.body.rejected).toEqual([
      {
        line: 23,
        shipment_id: 'EX-900',
        reason: expect.stringMatching(/^column date: bad value "2024-02-30"/),
      },
    ])
  })

  test('a missing column, JSON instead of CSV, and too many rows are refused with the reason', async () => {
    expect((await post('/risk', 'date,hs_code,value\n2024-01-01,854231,1\n')).body.error).toBe(
      'shipments.csv: missing column currency (found: date, hs_code, value)'
    )
    const json = await post('/risk', '{}', 'application/json')
    expect(json).toEqual({
      status: 415,
      body: {
        ok: false,
        error: 'unsupported content type: "application/json" (expected text/csv)',
      },
    })
    const many = `${HEADER}\n${Array.from({ length: 10_001 }, (_, i) => `X${i},2024-01-01,,854231,,,,,,,,,,1,USD,`).join('\n')}\n`
    expect((await post('/risk', many)).body.error).toBe(
      'too many shipments in one request: 10001 (at most 10000; score larger files with chokepoint risk)'
    )
  })

  test('is in the OpenAPI document', async () => {
    const doc = await (await f.app.request('/openapi.json')).json()
    expect(Object.keys(doc.paths['/risk'])).toEqual(['post'])
    expect(doc.paths['/risk'].post.requestBody.content['text/csv']).toBeDefined()
  })
})
