import { describe, expect, test } from 'vitest'
import { readEvidence } from './evidence.js'
import { byRule, decide, RULES } from './test-support/lots.js'

const UK = {
  exchange: 'LME',
  action: 'acquire',
  actor_jurisdiction: 'GB',
  production_date: '2024-03-01',
}

describe('readEvidence: kinds read from free text by their words', () => {
  test.each([
    ['CoA #123', ['certificate_of_analysis'], []],
    ['certificate of analysis dated 2024-03-01', ['certificate_of_analysis'], []],
    ['Mill certificate MC-88 (Sayanogorsk)', ['production_record'], []],
    ['LME production evidence ref 7781', ['lme_accepted_production_evidence'], []],
    ['coa; mill certificate', ['certificate_of_analysis', 'production_record'], []],
    ['warrant W-1234 issued 2024-03', [], ['warrant W-1234 issued 2024-03']],
    ['no CoA', [], ['no CoA']],
    ['CoA pending from smelter', [], ['CoA pending from smelter']],
    ['coa; a letter from my bank', ['certificate_of_analysis'], ['a letter from my bank']],
    // "coal" holds "coa" but not as a word.
    ['coal quality report', [], ['coal quality report']],
  ])('%s', (text, kinds, unrecognised) => {
    expect(readEvidence(text, RULES.vocabulary)).toEqual({ kinds, unrecognised })
  })
})

describe('free text in the evidence column is decided, not a row error', () => {
  // Regression: "CoA #123" in the evidence column made the whole lots file fail as a bad row.
  test('a CoA written with its number satisfies the UK licence like "coa"', () => {
    const d = decide({ ...UK, evidence: 'CoA #123' })
    expect(d.decision).toBe('allowed')
    expect(byRule(d)['uk-acquire-produced-before-cutoff']).toBe('allowed')
  })

  test('a certificate of analysis with its date is read as one', () => {
    expect(decide({ ...UK, evidence: 'certificate of analysis dated 2024-03-01' }).decision).toBe(
      'allowed'
    )
  })

  test('text naming no kind, where evidence is asked for: needs_review, naming the text', () => {
    const d = decide({ ...UK, evidence: 'warrant W-1234 issued 2024-03' })
    expect(d.decision).toBe('needs_review')
    expect(d.rule).toBeNull()
    expect(d.reason).toBe(
      'evidence "warrant W-1234 issued 2024-03" names no kind of evidence the rules know: read it to judge whether it satisfies uk-acquire-produced-before-cutoff (recognised kinds: none)'
    )
    expect(byRule(d)['uk-acquire-produced-before-cutoff']).toBe('needs_evidence')
  })

  test('a prohibited lot stays prohibited: no evidence helps metal produced after the cutoff', () => {
    expect(
      decide({ ...UK, production_date: '2024-05-01', evidence: 'warrant W-1234 issued 2024-03' })
        .decision
    ).toBe('prohibited')
  })

  test('where no rule asks for evidence, the text changes nothing', () => {
    expect(decide({ ...UK, origin_country: 'NO', evidence: 'CoA pending' }).decision).toBe(
      'allowed'
    )
  })
})
