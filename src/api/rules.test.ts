import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { readExport } from '../test-support/csv.js'
import { REPO_ROOT } from '../test-support/files.js'

const LOTS = readFileSync(join(REPO_ROOT, 'examples/lots.csv'), 'utf8')
const HEADER = LOTS.split('\n')[0]

let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

const post = async (path: string, body: string, type = 'text/csv') => {
  const res = await f.app.request(path, { method: 'POST', headers: { 'content-type': type }, body })
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() }
}

describe('POST /metals/check', () => {
  test('a lots CSV gets the same decisions as the command line', async () => {
    const { status, body } = await post('/metals/check?at=2025-01-15', LOTS)
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, at: '2025-01-15', rules_in_force: 21, counts: { prohibited: 5, needs_review: 2, needs_evidence: 2, allowed: 8 }, rejected: [] })
    expect(body.rows[5]).toMatchObject({ lot_id: 'A-106', decision: 'prohibited', rule: 'uk-acquire-produced-on-or-after-cutoff', condition: 'production_date 2024-04-12T23:00Z is on or after 2024-04-12T23:59 Europe/London (2024-04-12T22:59Z)' })
  })

  test('JSON lots: a field left out is an empty cell', async () => {
    const lots = [{ lot_id: 'J1', metal: 'copper', origin_country: 'Russia', production_date: '2024-04-13T00:30+01:00', exchange: 'LME', actor_jurisdiction: 'United Kingdom', action: 'acquire' }]
    const { body } = await post('/metals/check?at=2025-01-15', JSON.stringify({ lots }), 'application/json')
    expect(body.rows).toEqual([expect.objectContaining({ lot_id: 'J1', decision: 'prohibited', rule: 'uk-acquire-produced-on-or-after-cutoff' })])
  })

  test('a bad row is a 400 naming every bad row, unless quarantine=true', async () => {
    const csv = `${HEADER}\nL1,aluminium,RU,,2024-02-30,,LME,GB,acquire,\nL2,aluminium,RU,,2024-03-01,,LME,GB,acquire,\n`
    const bad = await post('/metals/check', csv)
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({
      ok: false,
      error: expect.stringMatching(/^line 2: column production_date: bad value "2024-02-30" \(no such day: 2024-02 has 29 days; .*nothing was decided \(use quarantine=true to decide the good rows\)$/),
      errors: [expect.stringMatching(/^line 2: column production_date/)],
    })
    const ok = await post('/metals/check?quarantine=true', csv)
    expect(ok.body.rows.map((r: { lot_id: string }) => r.lot_id)).toEqual(['L2'])
    expect(ok.body.rejected).toEqual([{ line: 2, lot_id: 'L1', reason: expect.stringMatching(/^column production_date: bad value "2024-02-30"/) }])
    const json = await post('/metals/check', JSON.stringify({ lots: [{ lot_id: 'J1', metal: 'nickel', action: 'sell' }] }), 'application/json')
    expect(json.body.error).toMatch(/^lots\[0\]: column action: bad value "sell"/)
  })

  test('format=csv: one row per lot, provenance first', async () => {
    const { body } = await post('/metals/check?at=2025-01-15&format=csv', LOTS)
    const { about, lines } = readExport(body as string)
    expect(about.rules_version[0]).toMatch(/^sha256:[0-9a-f]{16}$/)
    expect(about.at).toEqual(['2025-01-15 (21 rules in force)'])
    expect(lines[0]).toBe('lot_id,decision,rule,reason,condition,citation')
    expect(lines[3]).toMatch(/^A-103,prohibited,lme-warrant-produced-on-or-after-cutoff,the LME suspends/)
    expect(lines).toHaveLength(18)
  })

  test('an unknown field, a missing column, another content type and malformed JSON are refused by name', async () => {
    expect((await post('/metals/check', JSON.stringify({ lots: [{ lot_id: 'x', colour: 'red' }] }), 'application/json')).body.error).toMatch(/colour/)
    expect((await post('/metals/check', 'lot_id,metal\nL1,aluminium\n')).body.error).toMatch(/^lots\.csv: missing columns origin_country, production_date/)
    expect(await post('/metals/check', 'x', 'application/xml')).toMatchObject({ status: 415, body: { error: expect.stringMatching(/^unsupported content type/) } })
    expect((await post('/metals/check', '{"lots": [', 'application/json')).body.error).toMatch(/^malformed JSON in request body/)
  })
})

describe('GET /rules', () => {
  test('?on=2024-04-12: the UK rules only, each with its effective instant and citation', async () => {
    const body = await (await f.app.request('/rules?on=2024-04-12')).json()
    expect(body.rules.map((r: { id: string }) => r.id)).toHaveLength(7)
    expect(body.rules[0]).toMatchObject({
      id: 'uk-acquire-produced-on-or-after-cutoff', jurisdiction: 'GB', outcome: 'prohibited', effective_utc: '2024-04-12T22:59Z',
      when: 'metal in (aluminium, copper, nickel); origin_country in (RUS); actor_jurisdiction in (GBR); action in (acquire, place_on_warrant); production_date on or after 2024-04-12T23:59 Europe/London (2024-04-12T22:59Z)',
    })
  })
  test('?on=2024-04-13T00:00Z: every rule; a bad date names the parameter', async () => {
    expect((await (await f.app.request('/rules?on=2024-04-13T12:00Z')).json()).rules).toHaveLength(21)
    expect(await (await f.app.request('/rules?on=2024-02-30')).json()).toEqual({ ok: false, error: 'invalid on: "2024-02-30" (no such day: 2024-02 has 29 days; expected a date that exists, YYYY-MM-DD, or a date-time with Z or an offset such as 2024-04-12T22:58Z or 2024-04-12T23:58+01:00)' })
  })
})
