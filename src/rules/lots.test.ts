import { describe, expect, test } from 'vitest'
import { checkLots, quarantineCsv } from './check.js'
import { readLotsCsv } from './lots.js'
import { AFTER, records, RULES, type LotCells } from './test-support/lots.js'
import { parseLotTime } from './time.js'

const HEADER = 'lot_id,metal,origin_country,producer,production_date,warrant_issue_date,exchange,actor_jurisdiction,action,evidence'
const OPTS = { at: AFTER, where: (l: number) => `lots.csv:${l}`, hint: '--quarantine BAD.csv' }

function rowError(lot: LotCells): string {
  try {
    checkLots(records(lot), RULES, OPTS)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('no error')
}

describe('a bad row names the column and the value', () => {
  test.each([
    ['an impossible date', { production_date: '2024-02-30' }, 'column production_date: bad value "2024-02-30" (no such day: 2024-02 has 29 days; expected a date that exists, YYYY-MM-DD, or a date-time with Z or an offset such as 2024-04-12T22:58Z or 2024-04-12T23:58+01:00)'],
    ['a date-time without its zone', { warrant_issue_date: '2024-04-12T23:00' }, 'column warrant_issue_date: bad value "2024-04-12T23:00" (a date-time needs its zone: add Z (UTC) or an offset such as +01:00, or give the date alone;'],
    ['a production date after the warrant date', { production_date: '2024-05-02', warrant_issue_date: '2024-05-01' }, 'column production_date: bad value "2024-05-02" (after warrant_issue_date "2024-05-01": metal is produced before its warrant is issued)'],
    ['an unknown action', { action: 'buy' }, 'column action: bad value "buy" (expected one of place_on_warrant, acquire, cancel, withdraw, import, deliver, provide_warranting_service)'],
    ['an empty action', { action: '' }, 'column action: empty (expected one of place_on_warrant,'],
    ['an unknown country', { origin_country: 'Rusia' }, 'column origin_country: bad value "Rusia" (unknown country; expected an ISO code such as RU or GB, or a country name)'],
    ['an empty metal', { metal: '' }, 'column metal: empty (expected one of aluminium, copper'],
  ] as [string, LotCells, string][])('%s', (_label, lot, message) => {
    expect(rowError(lot)).toContain(`lots.csv:2: ${message}`)
  })

  test('every bad column of a row is named, and the message says nothing was decided', () => {
    expect(rowError({ production_date: '2024-13-01', action: 'sell' })).toBe(
      'lots.csv:2: column action: bad value "sell" (expected one of place_on_warrant, acquire, cancel, withdraw, import, deliver, provide_warranting_service); ' +
        'column production_date: bad value "2024-13-01" (no such month: 13; expected a date that exists, YYYY-MM-DD, or a date-time with Z or an offset such as 2024-04-12T22:58Z or 2024-04-12T23:58+01:00)' +
        '; nothing was decided (use --quarantine BAD.csv to decide the good rows)'
    )
  })

  test('"unknown", "n/a", "-" or "none" in an optional cell is an empty cell, which never lets a lot through', () => {
    const [d] = checkLots(records({ production_date: 'unknown', warrant_issue_date: 'n/a', evidence: 'none', actor_jurisdiction: 'GB' }), RULES, OPTS).rows
    expect(d).toMatchObject({ decision: 'needs_evidence', rule: 'uk-acquire-no-production-date', condition: 'production_date not given' })
    expect(checkLots(records({ origin_country: '-', action: 'import', exchange: '' }), RULES, OPTS).rows[0].decision).toBe('needs_review')
  })

  test('a lot id on two rows (one lot, two actions) is decided row by row, with a warning', () => {
    const r = records({ action: 'acquire' }, { action: 'import', exchange: '' })
    r[1].cells.lot_id = 'L1'
    const report = checkLots(r, RULES, OPTS)
    expect(report.rows.map((x) => [x.lot_id, x.decision])).toEqual([['L1', 'needs_evidence'], ['L1', 'prohibited']])
    expect(report.warnings).toEqual(['lot_id "L1" is on 2 rows (lots.csv:2, lots.csv:3): each row is decided on its own'])
  })
})

describe('bad rows: all or nothing, unless quarantined', () => {
  const rows = records({ production_date: '2024-04-20', action: 'place_on_warrant' }, { action: 'buy' }, { production_date: '2024-02-30' }, { exchange: '', action: 'import', actor_jurisdiction: 'US' })

  test('without quarantine one error lists every bad row and no lot is decided', () => {
    let err: (Error & { details?: string[] }) | undefined
    try {
      checkLots(rows, RULES, OPTS)
    } catch (e) {
      err = e as typeof err
    }
    expect(err!.message).toMatch(/^lots\.csv:3: column action: bad value "buy" .* \(2 bad rows in all\); nothing was decided/)
    expect(err!.details!.map((d) => d.split(': column')[0])).toEqual(['lots.csv:3', 'lots.csv:4'])
  })

  test('with quarantine the good rows are decided and the bad ones returned with their reasons', () => {
    const r = checkLots(rows, RULES, { ...OPTS, quarantine: true })
    expect(r.rows.map((x) => [x.lot_id, x.decision])).toEqual([['L1', 'prohibited'], ['L4', 'allowed']])
    expect(r.rejected.map((b) => [b.line, b.lot_id])).toEqual([[3, 'L2'], [4, 'L3']])
    expect(r.counts).toEqual({ prohibited: 1, needs_review: 0, needs_evidence: 0, allowed: 1 })
    const csv = quarantineCsv(HEADER.split(','), r.rejected).split('\n')
    expect(csv[0]).toBe(`line,reason,${HEADER}`)
    expect(csv[1]).toBe('3,"column action: bad value ""buy"" (expected one of place_on_warrant, acquire, cancel, withdraw, import, deliver, provide_warranting_service)",L2,aluminium,RU,Rusal,2024-03-01,,LME,GB,buy,')
  })
})

describe('reading a lots CSV', () => {
  test('missing columns are named, with the columns found and expected', () => {
    expect(() => readLotsCsv('lot_id,metal,origin\nL1,aluminium,RU\n', 'lots.csv')).toThrow(
      `lots.csv: missing columns origin_country, production_date, warrant_issue_date, exchange, actor_jurisdiction, action (found: lot_id, metal, origin; expected ${HEADER})`
    )
  })
  test('producer and evidence may be left out; headers are matched without case; a BOM is skipped', () => {
    const { records: r } = readLotsCsv('\ufeffLot ID,Metal,origin_country,production_date,warrant_issue_date,exchange,actor_jurisdiction,ACTION\nL1,aluminium,RU,2024-03-01,,LME,GB,acquire\n', 'lots.csv')
    expect(r).toEqual([{ line: 2, cells: { lot_id: 'L1', metal: 'aluminium', origin_country: 'RU', production_date: '2024-03-01', warrant_issue_date: '', exchange: 'LME', actor_jurisdiction: 'GB', action: 'acquire' } }])
  })
  test('an empty file and a header alone are errors', () => {
    expect(() => readLotsCsv('', 'lots.csv')).toThrow('lots.csv: empty file')
    expect(() => readLotsCsv(HEADER + '\n', 'lots.csv')).toThrow('lots.csv: no lots after the header')
  })
  test('a row is numbered by its line, blank lines included', () => {
    const { records: r } = readLotsCsv(`${HEADER}\n\nL1,aluminium,RU,,2024-03-01,,LME,GB,acquire,\n`, 'lots.csv')
    expect(r[0].line).toBe(3)
  })
})

describe('lot times', () => {
  test.each([
    ['2024-04-12', { date: '2024-04-12' }],
    ['2024-04-12T22:58Z', { instant: '2024-04-12T22:58:00.000Z' }],
    ['2024-04-12 23:58+01:00', { instant: '2024-04-12T22:58:00.000Z' }],
    ['2024-04-12T23:58:30+0100', { instant: '2024-04-12T22:58:30.000Z' }],
  ])('%s', (raw, want) => {
    const t = parseLotTime(raw)
    if (typeof t === 'string') throw new Error(t)
    expect({ ...(t.date ? { date: t.date } : {}), ...(t.instant ? { instant: t.instant.toISO() } : {}) }).toEqual(want)
  })
  test.each([['2024-02-30'], ['2023-02-29'], ['2024-04-12T24:30Z'], ['12/04/2024'], ['2024-04-12T23:00']])('%s is refused', (raw) => {
    expect(typeof parseLotTime(raw)).toBe('string')
  })
})
