import { describe, expect, test } from 'vitest'
import { byRule, decide, type LotCells } from './test-support/lots.js'

// The edge cases of issue 11, each on its own.
const UK: LotCells = { exchange: 'LME', actor_jurisdiction: 'GB', action: 'acquire' }

describe('production on 12 vs 13 April 2024', () => {
  test.each([
    ['LME warranting', { exchange: 'LME', action: 'place_on_warrant', actor_jurisdiction: 'CH' }, 'needs_evidence', 'prohibited'],
    ['CME delivery', { exchange: 'CME', action: 'deliver', actor_jurisdiction: 'CH' }, 'allowed', 'prohibited'],
    ['US import', { exchange: '', action: 'import', actor_jurisdiction: 'US' }, 'allowed', 'prohibited'],
    ['UK acquisition', UK, 'needs_evidence', 'prohibited'],
  ] as [string, LotCells, string, string][])('%s: 2024-04-12 is %s, 2024-04-13 is %s', (_label, lot, on12, on13) => {
    expect(decide({ ...lot, production_date: '2024-04-12' }).decision).toBe(on12)
    expect(decide({ ...lot, production_date: '2024-04-13' }).decision).toBe(on13)
  })
})

describe('the UK cutoff: 23:59 on 12 April 2024, London time (BST, UTC+1)', () => {
  // With a warrant issued at the same moment, the warrant itself proves production before the cutoff.
  const at = (t: string) => decide({ ...UK, production_date: t, warrant_issue_date: t })
  test('22:58 UTC is 23:58 in London, before the cutoff: allowed on the warrant date', () => {
    expect(at('2024-04-12T22:58Z')).toMatchObject({ decision: 'allowed', rule: 'uk-acquire-produced-before-cutoff' })
  })
  test('23:00 UTC is 00:00 on 13 April in London, after the cutoff: prohibited', () => {
    const d = at('2024-04-12T23:00Z')
    expect(d).toMatchObject({ decision: 'prohibited', rule: 'uk-acquire-produced-on-or-after-cutoff' })
    expect(d.condition).toBe('production_date 2024-04-12T23:00Z is on or after 2024-04-12T23:59 Europe/London (2024-04-12T22:59Z)')
  })
  test('the same instants written with an offset decide the same', () => {
    expect(at('2024-04-12T23:58+01:00').decision).toBe('allowed')
    expect(at('2024-04-13T00:00+01:00').decision).toBe('prohibited')
    expect(at('2024-04-12T18:58-04:00').decision).toBe('allowed')
  })
  test('the minute itself: 22:59Z is the cutoff, so it is on or after it', () => {
    expect(at('2024-04-12T22:58:59Z').decision).toBe('allowed')
    expect(at('2024-04-12T22:59Z').decision).toBe('prohibited')
  })
  test('a date alone is the start of that day in London: 12 April is before the cutoff, 13 April after', () => {
    expect(decide({ ...UK, production_date: '2024-04-12', evidence: 'certificate of analysis' }).decision).toBe('allowed')
    expect(decide({ ...UK, production_date: '2024-04-13', evidence: 'certificate of analysis' }).decision).toBe('prohibited')
  })
})

describe('a lot with no production date is never allowed without evidence', () => {
  test.each([
    ['LME warranting', { exchange: 'LME', action: 'place_on_warrant', actor_jurisdiction: 'CH' }, 'needs_evidence'],
    ['CME delivery', { exchange: 'CME', action: 'deliver', actor_jurisdiction: 'CH' }, 'needs_evidence'],
    ['US import', { exchange: '', action: 'import', actor_jurisdiction: 'US' }, 'needs_evidence'],
    ['UK acquisition', UK, 'needs_evidence'],
    ['US warranting service', { exchange: 'LME', action: 'provide_warranting_service', actor_jurisdiction: 'US' }, 'needs_evidence'],
  ] as [string, LotCells, string][])('%s: %s', (_label, lot, decision) => {
    const d = decide({ ...lot, production_date: '' })
    expect(d.decision).toBe(decision)
    expect(d.condition).toBe('production_date not given')
  })

  test('an empty origin leaves every Russian-origin rule open: needs_review, not allowed', () => {
    const d = decide({ ...UK, origin_country: '', production_date: '2024-03-01' })
    expect(d.decision).toBe('needs_review')
    expect(d.reason).toMatch(/^origin_country not given, so this rule cannot be ruled out/)
  })
})

describe('metal that is not Russian', () => {
  test('Finnish nickel produced after the cutoff: no rule applies, and the answer says what was checked', () => {
    const d = decide({ metal: 'nickel', origin_country: 'FI', producer: 'Nornickel Harjavalta', production_date: '2024-06-01', exchange: 'LME', action: 'place_on_warrant' })
    expect(d).toMatchObject({ decision: 'allowed', rule: null, decisions: [] })
    expect(d.reason).toBe('no rule applies: checked 21 rules in force (CME, LME, GB, US) against metal nickel, origin FIN, action place_on_warrant, exchange LME, actor GBR, production_date 2024-06-01')
  })
  test('Russian zinc is known but covered by none of the measures', () => {
    expect(decide({ metal: 'zinc', production_date: '2024-06-01', action: 'import' }).decision).toBe('allowed')
  })
})

describe('substantially transformed abroad (US import)', () => {
  test('Russian aluminium produced after the cutoff and substantially transformed abroad may be imported', () => {
    const d = decide({ exchange: '', action: 'import', actor_jurisdiction: 'US', production_date: '2024-06-01', evidence: 'substantially transformed abroad' })
    expect(byRule(d)).toEqual({ 'us-import-substantially-transformed': 'allowed' })
    expect(d.condition).toBe('evidence includes substantial_transformation')
    expect(d.citation).toMatch(/uncertain: .*the evidence given is taken as shown, not checked/)
  })
  test('without the evidence it is prohibited', () => {
    expect(decide({ exchange: '', action: 'import', actor_jurisdiction: 'US', production_date: '2024-06-01' }).decision).toBe('prohibited')
  })
  test('transformation does not help under the UK import ban, which has no such exception', () => {
    expect(decide({ exchange: '', action: 'import', actor_jurisdiction: 'GB', evidence: 'substantially transformed' }).decision).toBe('prohibited')
  })
})

describe('an unknown metal or exchange goes to review (decided, documented in CONTEXT.md), never allowed', () => {
  test('a misspelt metal', () => {
    const d = decide({ ...UK, metal: 'alumnium', evidence: 'coa' })
    expect(d).toMatchObject({ decision: 'needs_review', rule: null })
    expect(d.reason).toBe('metal "alumnium" is not one the rules know (aluminium, copper, nickel, zinc, lead, tin, cobalt): check the spelling, or declare it in a rules vocabulary')
  })
  test('an unknown exchange, even where the other rules allow the lot', () => {
    const d = decide({ ...UK, exchange: 'LMX', evidence: 'coa' })
    expect(byRule(d)).toEqual({ '(vocabulary)': 'needs_review', 'uk-acquire-produced-before-cutoff': 'allowed' })
    expect(d.decision).toBe('needs_review')
  })
  test('aliases are known: Aluminum, COMEX, Primary-Aluminium', () => {
    expect(decide({ metal: 'Aluminum', exchange: 'COMEX', action: 'deliver', production_date: '2024-05-01' }).rule).toBe('cme-aluminium-produced-on-or-after-cutoff')
    expect(decide({ metal: 'Primary-Aluminium', exchange: 'comex', action: 'deliver', production_date: '2024-05-01' }).decision).toBe('prohibited')
  })
})
