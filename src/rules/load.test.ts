import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { tempDir, writeFixture } from '../test-support/files.js'
import { inForce, parseMoment, rulesInForce } from './in-force.js'
import { BUILTIN_RULES, loadRules } from './load.js'
import { byRule, decide, RULES } from './test-support/lots.js'

// A new jurisdiction in its own file: an EU rule on a new exchange and a new kind of evidence,
// with no code change. (The measure is invented for the test.)
const EU_FILE = `
vocabulary:
  exchanges:
    EEX: { name: European Energy Exchange }
  evidence:
    eu_origin_certificate: { description: a certificate of non-Russian origin, aliases: [origin certificate] }
measures:
  - id: eu-test-measure
    jurisdiction: EU
    instrument: Invented measure for a test
    citation: { notice: Test notice 1/2025, date: 2025-01-02, url: https://example.org/notice }
    effective: { at: "2025-01-02T00:00", zone: Europe/Brussels }
    when: { actor_jurisdiction: [EU27], origin_country: [RU] }
    rules:
      - id: eu-test-acquire
        when: { action: [acquire], exchange: [EEX] }
        outcome: needs_evidence
        evidence: [eu_origin_certificate]
        reason: an EU person needs an origin certificate
`

function rulesDir(files: Record<string, string>): string {
  const dir = tempDir('chokepoint-rules-')
  for (const [name, text] of Object.entries(files)) writeFixture(dir, name, text)
  return dir
}

describe('rules from an extra folder (--rules DIR)', () => {
  test('a new jurisdiction, exchange and kind of evidence need only a file', () => {
    const set = loadRules({ extra: [rulesDir({ 'eu.yaml': EU_FILE })] })
    expect(set.rules.map((r) => r.id)).toContain('eu-test-acquire')
    const lot = { actor_jurisdiction: 'EU27', exchange: 'EEX', action: 'acquire' }
    expect(byRule(decide(lot, set))).toEqual({ 'eu-test-acquire': 'needs_evidence' })
    expect(decide({ ...lot, evidence: 'origin certificate' }, set).decision).toBe('allowed')
    // Without the file the same lot is unknown to the rules: EEX is not in the built-in vocabulary.
    expect(decide(lot).decision).toBe('needs_review')
  })

  test('the rules version names the rule files: a change of file or rule changes it', () => {
    const a = loadRules({ extra: [rulesDir({ 'eu.yaml': EU_FILE })] })
    const b = loadRules({ extra: [rulesDir({ 'eu.yaml': EU_FILE.replace('an origin certificate', 'a certificate') })] })
    expect(a.version).toMatch(/^sha256:[0-9a-f]{16}$/)
    expect(RULES.version).not.toBe(a.version)
    expect(a.version).not.toBe(b.version)
    expect(loadRules().version).toBe(RULES.version)
  })

  test('a JSON rules file works as well as YAML', () => {
    const json = JSON.stringify({ measures: [{ id: 'x', jurisdiction: 'CH', instrument: 'i', citation: { notice: 'n', date: '2024-05-01', url: 'https://example.org' }, effective: { at: '2024-05-01', zone: 'Europe/Zurich' }, rules: [{ id: 'ch-import', when: { action: ['import'], actor_jurisdiction: ['CH'] }, outcome: 'needs_review', reason: 'test' }] }] })
    const set = loadRules({ extra: [rulesDir({ 'ch.json': json })] })
    expect(decide({ action: 'import', actor_jurisdiction: 'CH', exchange: '' }, set).rule).toBe('ch-import')
  })
})

describe('a rules file with an error names the file, the line, the path inside it and the reason', () => {
  const fails = (text: string) => {
    const dir = rulesDir({ 'bad.yaml': text })
    try {
      loadRules({ extra: [dir] })
    } catch (err) {
      return { dir, message: (err as Error).message, details: (err as { details?: string[] }).details }
    }
    throw new Error('loaded')
  }

  test.each([
    ['an unknown outcome', EU_FILE.replace('outcome: needs_evidence', 'outcome: forbidden'), 17, 'measures[0].rules[0].outcome: expected one of allowed, prohibited, needs_evidence, needs_review'],
    ['a misspelt metal', EU_FILE.replace('exchange: [EEX]', 'metal: [alumnium]'), 16, 'measures[0].rules[0].when.metal[0]: unknown metal "alumnium" (known: aluminium, copper, nickel, zinc, lead, tin, cobalt)'],
    ['an unknown country', EU_FILE.replace('origin_country: [RU]', 'origin_country: [Rusia]'), 13, 'measures[0].when.origin_country[0]: unknown country "Rusia" (expected an ISO code such as RU or a country name)'],
    ['an unknown time zone', EU_FILE.replace('Europe/Brussels', 'Europe/Brusels'), 12, 'measures[0].effective.zone: unknown time zone "Europe/Brusels" (expected an IANA name such as Europe/London)'],
    ['an impossible time', EU_FILE.replace('2025-01-02T00:00', '2025-02-30T00:00'), 12, 'measures[0].effective.at: bad time "2025-02-30T00:00"'],
    ['a time skipped by the clock change', EU_FILE.replace('2025-01-02T00:00', '2025-03-30T02:30'), 12, 'measures[0].effective.at: bad time "2025-03-30T02:30" (does not exist in Europe/Brussels: skipped by a clock change)'],
    ['needs_evidence without evidence', EU_FILE.replace('        evidence: [eu_origin_certificate]\n', ''), 15, 'measures[0].rules[0].evidence: a needs_evidence rule lists the evidence that satisfies it, and only such a rule does'],
    ['an unknown key', EU_FILE.replace('outcome: needs_evidence', 'outcome: needs_evidence\n        outcom: allowed'), 15, 'measures[0].rules[0]: unknown key "outcom"'],
    ['a date condition of the wrong shape', EU_FILE.replace('exchange: [EEX]', 'exchange: [EEX], production_date: { after: "2025-01-01" }'), 16, 'measures[0].rules[0].when.production_date: expected one of {before: TIME}, {on_or_after: TIME} or {missing: true}'],
  ])('%s', (_label, text, line, message) => {
    const { dir, message: got } = fails(text)
    expect(got).toContain(`bad rules file: ${join(dir, 'bad.yaml')}:${line}: ${message}`)
  })

  test('a YAML syntax error gives its line', () => {
    expect(fails('measures:\n  - id: x\n   bad: [\n').message).toMatch(/bad\.yaml: YAML syntax error at line 3/)
  })

  test('every problem is listed, one per line', () => {
    const { details, message, dir } = fails(EU_FILE.replace('outcome: needs_evidence', 'outcome: no').replace('    instrument: Invented measure for a test\n', ''))
    expect(message).toMatch(/\(2 problems in all\)$/)
    expect(details).toEqual([
      `${join(dir, 'bad.yaml')}:8: measures[0].instrument: missing (expected string)`,
      `${join(dir, 'bad.yaml')}:16: measures[0].rules[0].outcome: expected one of allowed, prohibited, needs_evidence, needs_review`,
    ])
  })

  test('a rule id used twice names both files', () => {
    const dir = rulesDir({ 'a.yaml': EU_FILE, 'b.yaml': EU_FILE.replace(/vocabulary:[\s\S]*?measures:/, 'measures:').replace('id: eu-test-measure', 'id: other') })
    expect(() => loadRules({ extra: [dir] })).toThrow(`${join(dir, 'b.yaml')}: rule id "eu-test-acquire" already used in ${join(dir, 'a.yaml')}`)
  })

  test('a name declared twice in the vocabulary is refused', () => {
    const dir = rulesDir({ 'v.yaml': 'vocabulary:\n  metals:\n    aluminum: { aliases: [alu] }\n' })
    expect(() => loadRules({ extra: [dir] })).toThrow(/v\.yaml:3: vocabulary\.metals\.aluminum: metal name "aluminum" already declared for aluminium/)
  })

  test('a missing or empty folder is named', () => {
    expect(() => loadRules({ extra: ['/nope/rules'] })).toThrow('no such rules folder: /nope/rules')
    const empty = tempDir()
    mkdirSync(join(empty, 'sub'))
    expect(() => loadRules({ extra: [empty] })).toThrow(`no rules files (.yaml, .yml or .json) in ${empty}`)
  })
})

describe('rules in force', () => {
  const ids = (on: string) => rulesInForce(RULES, parseMoment(on, 'on')).map((r) => r.id)
  test('none of the April 2024 measures before 12 April; the UK ones from 23:59 on 12 April London; all on 13 April', () => {
    expect(ids('2024-04-11')).toEqual([])
    expect(ids('2024-04-12T22:58Z')).toEqual([])
    const uk = RULES.rules.filter((r) => r.jurisdiction === 'GB').map((r) => r.id)
    expect(ids('2024-04-12T22:59Z')).toEqual(uk)
    expect(ids('2024-04-12')).toEqual(uk)
    expect(ids('2024-04-13')).toHaveLength(21)
  })
  test('the US rules start at midnight New York time', () => {
    const us = RULES.rules.find((r) => r.id === 'us-import-produced-before-cutoff')!
    expect(inForce(us, parseMoment('2024-04-13T03:59Z', 'at'))).toBe(false)
    expect(inForce(us, parseMoment('2024-04-13T00:00-04:00', 'at'))).toBe(true)
  })
  test('a bad date is refused with its name', () => {
    expect(() => parseMoment('2024-13-01', 'on')).toThrow('invalid on: "2024-13-01" (no such month: 13; expected')
  })
  test('the built-in folder holds the four measures', () => {
    expect(BUILTIN_RULES).toMatch(/src\/rules\/measures\/$/)
    expect([...new Set(RULES.rules.map((r) => r.jurisdiction))]).toEqual(['CME', 'LME', 'GB', 'US'])
  })
})
