import { describe, expect, test } from 'vitest'
import { byRule, decide, RULES, type LotCells } from './test-support/lots.js'

// One lot per built-in rule: the rule speaks, with the decision it encodes. Lots are Russian
// aluminium unless a case says otherwise (test-support/lots.ts BASE).
const LME: LotCells = { exchange: 'LME', action: 'place_on_warrant', actor_jurisdiction: 'CH' }
const CME: LotCells = { exchange: 'CME', action: 'deliver', actor_jurisdiction: 'CH' }
const UK: LotCells = { exchange: 'LME', actor_jurisdiction: 'GB', action: 'acquire' }
const US_IMPORT: LotCells = { exchange: '', actor_jurisdiction: 'US', action: 'import' }
const US_SERVICE: LotCells = { exchange: 'LME', actor_jurisdiction: 'US', action: 'provide_warranting_service' }

const CASES: [string, LotCells, string][] = [
  ['lme-warrant-produced-on-or-after-cutoff', { ...LME, production_date: '2024-04-20' }, 'prohibited'],
  ['lme-warrant-produced-before-cutoff', { ...LME, production_date: '2024-03-01' }, 'needs_evidence'],
  ['lme-warrant-produced-before-cutoff', { ...LME, production_date: '2024-03-01', evidence: 'LME evidence' }, 'allowed'],
  ['lme-warrant-no-production-date', { ...LME, production_date: '' }, 'needs_evidence'],
  ['cme-aluminium-produced-on-or-after-cutoff', { ...CME, production_date: '2024-04-20' }, 'prohibited'],
  ['cme-aluminium-produced-before-cutoff', { ...CME, production_date: '2024-03-01' }, 'allowed'],
  ['cme-aluminium-no-production-date', { ...CME, production_date: '' }, 'needs_evidence'],
  ['cme-copper-nickel-review', { ...CME, metal: 'copper' }, 'needs_review'],
  ['uk-acquire-produced-on-or-after-cutoff', { ...UK, production_date: '2024-04-20' }, 'prohibited'],
  ['uk-acquire-produced-before-cutoff', { ...UK, production_date: '2024-03-01' }, 'needs_evidence'],
  ['uk-acquire-produced-before-cutoff', { ...UK, production_date: '2024-03-01', evidence: 'CoA' }, 'allowed'],
  ['uk-acquire-produced-before-cutoff', { ...UK, production_date: '2024-03-01', warrant_issue_date: '2024-03-05' }, 'allowed'],
  ['uk-acquire-no-production-date', { ...UK, production_date: '' }, 'needs_evidence'],
  ['uk-cancel-withdraw-warrant-before-cutoff', { ...UK, action: 'cancel', warrant_issue_date: '2024-03-05' }, 'allowed'],
  ['uk-cancel-withdraw-warrant-on-or-after-cutoff', { ...UK, action: 'withdraw', warrant_issue_date: '2024-05-02' }, 'needs_evidence'],
  ['uk-cancel-withdraw-warrant-on-or-after-cutoff', { ...UK, action: 'withdraw', warrant_issue_date: '2024-05-02', evidence: 'non-UK client' }, 'allowed'],
  ['uk-cancel-withdraw-no-warrant-date', { ...UK, action: 'cancel', warrant_issue_date: '' }, 'needs_review'],
  ['uk-import-russian-metal', { ...UK, exchange: '', action: 'import', production_date: '2023-01-01' }, 'prohibited'],
  ['us-import-produced-on-or-after-cutoff', { ...US_IMPORT, production_date: '2024-04-20' }, 'prohibited'],
  ['us-import-produced-before-cutoff', { ...US_IMPORT, production_date: '2024-03-01' }, 'allowed'],
  ['us-import-no-production-date', { ...US_IMPORT, production_date: '' }, 'needs_evidence'],
  ['us-import-substantially-transformed', { ...US_IMPORT, production_date: '2024-06-01', evidence: 'substantially transformed' }, 'allowed'],
  ['us-warranting-produced-on-or-after-cutoff', { ...US_SERVICE, production_date: '2024-04-20' }, 'needs_review'],
  ['us-warranting-produced-before-cutoff', { ...US_SERVICE, production_date: '2024-03-01' }, 'allowed'],
  ['us-warranting-no-production-date', { ...US_SERVICE, production_date: '' }, 'needs_evidence'],
]

describe('each built-in rule decides its own lot', () => {
  test('every built-in rule has a case here', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(RULES.rules.map((r) => r.id)))
  })

  test.each(CASES)('%s: %o -> %s', (rule, lot, decision) => {
    const d = decide(lot)
    expect(byRule(d)[rule]).toBe(decision)
    const mine = d.decisions.find((x) => x.rule === rule)!
    expect(mine.citation).toMatch(/\(20\d\d-\d\d-\d\d\) https:\/\//)
    expect(mine.condition).not.toBe('')
  })
})

describe('what a decision says', () => {
  test('a needs_evidence decision names the evidence that would satisfy it, and the UK licence its obligations', () => {
    const d = decide({ ...UK, production_date: '2024-03-01' })
    const uk = d.decisions.find((x) => x.rule === 'uk-acquire-produced-before-cutoff')!
    expect(uk.evidence_needed).toEqual(['warrant_issued_before_uk_cutoff', 'certificate_of_analysis', 'equivalent_production_evidence'])
    expect(uk.citation).toBe('Trade Licence for acquisition of metals, as amended 12 April 2024, para. 2(c) and 4 (2024-04-12) https://www.gov.uk/government/publications/trade-licence-for-acquisition-of-metals-warrant')
    expect(uk.obligations).toEqual(['keep records of each act under the licence to the end of the calendar year plus 4 years (regulation 76)'])
  })

  test('evidence read from the warrant date says which date showed it', () => {
    const d = decide({ ...UK, production_date: '2024-03-01', warrant_issue_date: '2024-03-05' })
    expect(d.decision).toBe('allowed')
    expect(d.reason).toMatch(/satisfied by warrant_issued_before_uk_cutoff \(warrant_issue_date 2024-03-05 \(start of day Europe\/London: 2024-03-05T00:00Z\) is before 2024-04-12T23:59 Europe\/London \(2024-04-12T22:59Z\)/)
  })

  test('the overall decision is the strictest: LME prohibits while the UK licence only asks for evidence', () => {
    const d = decide({ exchange: 'LME', actor_jurisdiction: 'GB', action: 'place_on_warrant', production_date: '2024-04-13' })
    expect(byRule(d)).toEqual({ 'lme-warrant-produced-on-or-after-cutoff': 'prohibited', 'uk-acquire-produced-on-or-after-cutoff': 'prohibited' })
    const early = decide({ exchange: 'LME', actor_jurisdiction: 'GB', action: 'place_on_warrant', production_date: '2024-03-01', evidence: 'coa' })
    expect(byRule(early)).toEqual({ 'lme-warrant-produced-before-cutoff': 'needs_evidence', 'uk-acquire-produced-before-cutoff': 'allowed' })
    expect(early).toMatchObject({ decision: 'needs_evidence', rule: 'lme-warrant-produced-before-cutoff' })
  })

  test('uncertain rules say what is uncertain in their citation', () => {
    const d = decide({ ...CME, metal: 'nickel' })
    expect(d.citation).toMatch(/uncertain: the notice number .*; CME's statement covers its aluminum contract; copper \(COMEX\) and nickel are not addressed/)
  })
})
