import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT, tempDir } from '../test-support/files.js'

const LOTS = join(REPO_ROOT, 'examples/lots.csv')
const HEADER = 'lot_id,metal,origin_country,producer,production_date,warrant_issue_date,exchange,actor_jurisdiction,action,evidence'

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const dir = tempDir('chokepoint-metals-')

describe('chokepoint metals check', () => {
  test('--json: one decision per lot with rule, citation and reason, and the rules version', () => {
    const r = cli('metals', 'check', LOTS, '--at', '2025-01-15', '--json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc).toMatchObject({ ok: true, rules_version: expect.stringMatching(/^sha256:[0-9a-f]{16}$/), at: '2025-01-15', rules_in_force: 21, rejected: [] })
    expect(doc.counts).toEqual({ prohibited: 5, needs_review: 2, needs_evidence: 2, allowed: 8 })
    expect(doc.rows.map((x: { lot_id: string; decision: string }) => `${x.lot_id} ${x.decision}`)).toEqual([
      'A-101 allowed', 'A-102 needs_evidence', 'A-103 prohibited', 'A-104 allowed', 'A-105 allowed', 'A-106 prohibited', 'A-107 needs_evidence', 'A-108 allowed', 'A-109 allowed',
      'A-110 prohibited', 'A-111 allowed', 'A-112 prohibited', 'A-113 allowed', 'A-114 prohibited', 'A-115 allowed', 'A-116 needs_review', 'A-117 needs_review',
    ])
    expect(doc.rows[2]).toMatchObject({
      lot_id: 'A-103', decision: 'prohibited', rule: 'lme-warrant-produced-on-or-after-cutoff',
      citation: 'LME Notice 24/171 (2024-04-13) https://www.lme.com/News/russian-sanctions',
      reason: 'the LME suspends warranting of Russian metal produced on or after 13 April 2024',
      condition: 'production_date 2024-04-13 (start of day Europe/London: 2024-04-12T23:00Z) is on or after 2024-04-13T00:00 Europe/London (2024-04-12T23:00Z)',
    })
  }, 60_000)

  test('the text output is a table, then each lot with its condition and citation', () => {
    const r = cli('metals', 'check', LOTS, '--at', '2025-01-15')
    expect(r.out).toMatch(/^rules sha256:[0-9a-f]{16}: 21 rules in force at 2025-01-15; 17 lots: 5 prohibited, 2 needs_review, 2 needs_evidence, 8 allowed\nlot_id +decision +rule +reason\n/)
    expect(r.out).toMatch(/\nA-106 +prohibited +uk-acquire-produced-on-or-after-cutoff +a UK person may acquire/)
    expect(r.out).toContain('A-106 (line 7): prohibited\n  condition: production_date 2024-04-12T23:00Z is on or after 2024-04-12T23:59 Europe/London (2024-04-12T22:59Z)\n  citation: Trade Licence for acquisition of metals')
  }, 60_000)

  test('bad rows fail the run, one line per row, and write nothing', () => {
    const lots = join(dir, 'bad.csv')
    writeFileSync(lots, `${HEADER}\nL1,aluminium,RU,,2024-03-01,,LME,GB,acquire,\nL2,aluminium,RU,,2024-02-30,,LME,GB,acquire,\nL3,aluminium,RU,,2024-03-01,,LME,GB,buy,\n`)
    const r = cli('metals', 'check', lots)
    expect(r.code).toBe(1)
    expect(r.err.split('\n')).toEqual([
      `error: ${lots}:3: column production_date: bad value "2024-02-30" (no such day: 2024-02 has 29 days; expected a date that exists, YYYY-MM-DD, or a date-time with Z or an offset such as 2024-04-12T22:58Z or 2024-04-12T23:58+01:00) (2 bad rows in all); nothing was decided (use --quarantine BAD.csv to decide the good rows)`,
      `  ${lots}:3: column production_date: bad value "2024-02-30" (no such day: 2024-02 has 29 days; expected a date that exists, YYYY-MM-DD, or a date-time with Z or an offset such as 2024-04-12T22:58Z or 2024-04-12T23:58+01:00)`,
      `  ${lots}:4: column action: bad value "buy" (expected one of place_on_warrant, acquire, cancel, withdraw, import, deliver, provide_warranting_service)`,
      '',
    ])
    expect(r.out).toBe('')
    const json = JSON.parse(cli('metals', 'check', lots, '--json').out)
    expect(json).toMatchObject({ ok: false, errors: [expect.stringMatching(/:3: column production_date/), expect.stringMatching(/:4: column action/)] })
  }, 60_000)

  test('--quarantine decides the good rows and writes the bad ones with their reasons', () => {
    const lots = join(dir, 'mixed.csv')
    const bad = join(dir, 'rejects.csv')
    writeFileSync(lots, `${HEADER}\nL1,aluminium,RU,,2024-05-01,2024-04-30,LME,GB,acquire,\nL2,aluminium,RU,,2024-03-01,,LME,GB,acquire,\n`)
    const r = cli('metals', 'check', lots, '--quarantine', bad, '--json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.rows.map((x: { lot_id: string }) => x.lot_id)).toEqual(['L2'])
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 2, lot_id: 'L1', reason: 'column production_date: bad value "2024-05-01" (after warrant_issue_date "2024-04-30": metal is produced before its warrant is issued)' })])
    expect(readFileSync(bad, 'utf8')).toBe(`line,reason,${HEADER}\n2,"column production_date: bad value ""2024-05-01"" (after warrant_issue_date ""2024-04-30"": metal is produced before its warrant is issued)",L1,aluminium,RU,,2024-05-01,2024-04-30,LME,GB,acquire,\n`)
    expect(existsSync(`${bad}.partial`)).toBe(false)
  }, 60_000)

  test('a missing column, a missing file and a bad --at are errors naming them', () => {
    const lots = join(dir, 'cols.csv')
    writeFileSync(lots, 'lot_id,metal\nL1,aluminium\n')
    expect(cli('metals', 'check', lots).err).toMatch(/^error: .*cols\.csv: missing columns origin_country, production_date, warrant_issue_date, exchange, actor_jurisdiction, action \(found: lot_id, metal;/)
    expect(cli('metals', 'check', join(dir, 'nope.csv')).err.trim()).toBe(`error: no such file: ${join(dir, 'nope.csv')}`)
    expect(cli('metals', 'check', LOTS, '--at', 'yesterday').err.trim()).toMatch(/^error: invalid --at: "yesterday" \(not a date;/)
  }, 60_000)

  test('--rules DIR adds rules; a broken rules file fails with its file, line and path', () => {
    const rules = tempDir('chokepoint-rules-')
    writeFileSync(join(rules, 'ch.yaml'), `measures:
  - id: ch-test
    jurisdiction: CH
    instrument: Invented for a test
    citation: { notice: Test, date: 2024-05-01, url: https://example.org/ch }
    effective: { at: "2024-05-01", zone: Europe/Zurich }
    rules:
      - id: ch-place-on-warrant
        when: { actor_jurisdiction: [CH], action: [place_on_warrant], origin_country: [RU] }
        outcome: needs_review
        reason: Swiss lots are reviewed by hand (test)
`)
    const doc = JSON.parse(cli('metals', 'check', LOTS, '--at', '2025-01-15', '--rules', rules, '--json').out)
    expect(doc.rows[0]).toMatchObject({ lot_id: 'A-101', decision: 'needs_review', rule: 'ch-place-on-warrant' })
    expect(doc.rules_in_force).toBe(22)
    writeFileSync(join(rules, 'ch.yaml'), readFileSync(join(rules, 'ch.yaml'), 'utf8').replace('needs_review', 'maybe'))
    const r = cli('metals', 'check', LOTS, '--rules', rules)
    expect(r.code).toBe(1)
    expect(r.err).toContain(`error: bad rules file: ${join(rules, 'ch.yaml')}:10: measures[0].rules[0].outcome: expected one of allowed, prohibited, needs_evidence, needs_review`)
  }, 60_000)
})

describe('chokepoint metals rules', () => {
  test('--on lists the rules in force that day with their effective instant', () => {
    const doc = JSON.parse(cli('metals', 'rules', '--on', '2024-04-12', '--json').out)
    expect(doc.rules.map((r: { id: string }) => r.id)).toEqual([
      'uk-acquire-produced-on-or-after-cutoff', 'uk-acquire-produced-before-cutoff', 'uk-acquire-no-production-date', 'uk-cancel-withdraw-warrant-before-cutoff',
      'uk-cancel-withdraw-warrant-on-or-after-cutoff', 'uk-cancel-withdraw-no-warrant-date', 'uk-import-russian-metal',
    ])
    expect(doc.rules[0]).toMatchObject({ jurisdiction: 'GB', effective: '2024-04-12T23:59 Europe/London (2024-04-12T22:59Z)', effective_utc: '2024-04-12T22:59Z', outcome: 'prohibited' })
    expect(cli('metals', 'rules', '--on', '2024-04-11').out).toMatch(/: 0 in force on 2024-04-11\n\(no rows\)/)
  }, 60_000)
})
