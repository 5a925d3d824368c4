import { citationText, STRICTNESS, type Lot, type Outcome, type Rule, type Vocabulary } from './model.js'
import { describe, known } from './vocabulary.js'
import { evaluate, evidenceMet, type Evaluation } from './conditions.js'

/** What one rule says of one lot, with the condition that decided it. */
export interface RuleDecision {
  rule: string | null
  jurisdiction: string | null
  decision: Outcome
  citation: string | null
  condition: string
  reason: string
  /** needs_evidence: the kinds of evidence any one of which would do. */
  evidence_needed?: string[]
  /** The evidence that satisfied a needs_evidence rule. */
  evidence_used?: string
  obligations?: string[]
}

/** A lot's overall decision (the strictest of its rules') and every rule's decision. */
export interface LotDecision {
  lot_id: string
  line: number
  decision: Outcome
  rule: string | null
  citation: string | null
  reason: string
  condition: string
  decisions: RuleDecision[]
}

/**
 * Decides a lot against the rules in force: one decision per rule that applies, a needs_review
 * where a rule may apply but a cell it needs is empty (never a silent allowed), a needs_review
 * for a metal or exchange the vocabulary does not know, and "no rule applies" otherwise.
 */
export function decideLot(lot: Lot, rules: Rule[], v: Vocabulary): LotDecision {
  const evaluated = rules.map((rule) => ({ rule, e: evaluate(rule, lot) }))
  const applies = evaluated.filter((x) => x.e.status === 'applies')
  const decisions: RuleDecision[] = [...unknownNames(lot, v), ...applies.map(({ rule, e }) => ruleDecision(rule, e, lot, v))]
  for (const { rule, e } of evaluated) {
    if (e.status !== 'pending' || rule.outcome === 'allowed') continue
    // A rule of the same measure that covers the empty cell ({missing: true}) has decided already.
    const covered = applies.some((a) => a.rule.measure === rule.measure && e.unknown.every((f) => a.rule.when.dates.some((d) => d.field === f && d.op === 'missing')))
    const namesOnly = e.unknown.every((f) => (f === 'metal' && !lot.metal) || (f === 'exchange' && !lot.exchange))
    if (covered || namesOnly) continue
    decisions.push({
      rule: rule.id, jurisdiction: rule.jurisdiction, decision: 'needs_review', citation: citationText(rule), condition: e.matched.join('; '),
      reason: `${e.unknown.join(' and ')} not given, so this rule cannot be ruled out (${rule.outcome}: ${rule.reason})`,
    })
  }
  decisions.push(...unrecognisedEvidence(lot, decisions, applies.map((a) => a.rule)))
  if (!decisions.length) return noRule(lot, rules)
  const top = STRICTNESS.find((o) => decisions.some((d) => d.decision === o))!
  const first = decisions.find((d) => d.decision === top)!
  return { lot_id: lot.lot_id, line: lot.line, decision: top, rule: first.rule, citation: first.citation, reason: first.reason, condition: first.condition, decisions }
}

function ruleDecision(rule: Rule, e: Evaluation, lot: Lot, v: Vocabulary): RuleDecision {
  const base = {
    rule: rule.id, jurisdiction: rule.jurisdiction, citation: citationText(rule), condition: e.decisive,
    ...(rule.obligations.length ? { obligations: rule.obligations } : {}),
  }
  if (rule.outcome !== 'needs_evidence') return { ...base, decision: rule.outcome, reason: rule.reason }
  const met = rule.evidence.find((k) => evidenceMet(k, lot, rule.zone))
  if (met) {
    const how = lot.evidence.includes(met.id) ? `given: ${describe(v, 'evidence', met.id)}` : met.when!.map((t) => e.describeDate(t)).join('; ')
    return { ...base, decision: 'allowed', evidence_used: met.id, reason: `${rule.reason}; satisfied by ${met.id} (${how})` }
  }
  const ids = rule.evidence.map((k) => k.id)
  return { ...base, decision: 'needs_evidence', evidence_needed: ids, reason: `${rule.reason}; give one of: ${ids.join(', ')}` }
}

/** A metal or exchange the vocabulary does not know: the lot cannot be cleared by rules that may not have recognised it. */
function unknownNames(lot: Lot, v: Vocabulary): RuleDecision[] {
  const out: RuleDecision[] = []
  const add = (column: string, kind: 'metals' | 'exchanges') =>
    out.push({
      rule: null, jurisdiction: null, decision: 'needs_review', citation: null, condition: `${column} ${JSON.stringify(lot.raw[column])} is not in the vocabulary`,
      reason: `${column} ${JSON.stringify(lot.raw[column])} is not one the rules know (${known(v, kind).join(', ')}): check the spelling, or declare it in a rules vocabulary`,
    })
  if (!lot.metal) add('metal', 'metals')
  if (!lot.exchange) add('exchange', 'exchanges')
  return out
}

/**
 * Evidence written as text no kind could be read from: where evidence could change the outcome
 * (a rule asks for evidence, or a rule's conditions name evidence), a person must read it, so
 * the lot is needs_review, naming the text. Where evidence cannot matter, the lot stands.
 */
function unrecognisedEvidence(lot: Lot, decisions: RuleDecision[], applying: Rule[]): RuleDecision[] {
  const items = lot.unrecognised_evidence ?? []
  const open = decisions.filter((d) => d.decision === 'needs_evidence' || applying.some((r) => r.id === d.rule && r.when.evidence))
  if (!items.length || !open.length) return []
  const text = items.map((i) => JSON.stringify(i)).join(', ')
  return [{
    rule: null, jurisdiction: null, decision: 'needs_review', citation: null, condition: `evidence ${text} is not a kind the rules know`,
    reason: `evidence ${text} names no kind of evidence the rules know: read it to judge whether it satisfies ${open.map((d) => d.rule).join(', ')} (recognised kinds: ${lot.evidence.join(', ') || 'none'})`,
  }]
}

function noRule(lot: Lot, rules: Rule[]): LotDecision {
  const jurisdictions = [...new Set(rules.map((r) => r.jurisdiction))].join(', ')
  const facts = [
    `metal ${lot.metal}`, `origin ${lot.origin_country ?? '(not given)'}`, `action ${lot.action}`, `exchange ${lot.exchange}`,
    `actor ${lot.actor_jurisdiction ?? '(not given)'}`, `production_date ${lot.production_date?.text ?? '(not given)'}`,
  ].join(', ')
  const reason = `no rule applies: checked ${rules.length} rules in force (${jurisdictions || 'none'}) against ${facts}`
  return { lot_id: lot.lot_id, line: lot.line, decision: 'allowed', rule: null, citation: null, reason, condition: facts, decisions: [] }
}
