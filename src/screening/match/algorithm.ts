import type { Analysed } from './analyse.js'
import {
  countryMatch, countryMismatch, dobMatch, dobMismatch, identifierMatch, legalFormMismatch, nameBound, nameLiteral, nameMatch, weakAliasMatch,
  type Context, type FeatureResult,
} from './features.js'

export interface Feature {
  name: string
  fn: (q: Analysed, c: Analysed, ctx: Context) => FeatureResult
  weight: number
  /** Qualifiers only lower a score the evidence features have set. */
  qualifier?: boolean
  /**
   * A cheaper score `fn` never exceeds (scoreBound), for a feature that costs more than a
   * lookup; it may stop once it reaches `enough`.
   */
  bound?: (q: Analysed, c: Analysed, ctx: Context, enough: number) => number
}

/**
 * The matcher as a table (nomenklatura style): the score is the strongest evidence feature times
 * its weight, then qualifiers lower it. Weights are calibrated on public benchmarks (see
 * bench/screening-eval.ts); change them here, nowhere else.
 */
export const ALGORITHM: Feature[] = [
  { name: 'name_literal', fn: nameLiteral, weight: 1 },
  { name: 'name', fn: nameMatch, bound: nameBound, weight: 1 },
  { name: 'weak_alias', fn: weakAliasMatch, weight: 0.8 },
  { name: 'identifier', fn: identifierMatch, weight: 0.95 },
  { name: 'dob_mismatch', fn: dobMismatch, weight: -0.2, qualifier: true },
  { name: 'country_mismatch', fn: countryMismatch, weight: -0.1, qualifier: true },
  { name: 'legal_form_mismatch', fn: legalFormMismatch, weight: -0.03, qualifier: true },
  // Agreement is said in the explanation and not scored: a shared birth date or country does not
  // make a name more alike, and the weights above were calibrated without them.
  { name: 'dob_match', fn: dobMatch, weight: 0, qualifier: true },
  { name: 'country_match', fn: countryMatch, weight: 0, qualifier: true },
]

import { DEFAULT_THRESHOLD } from './threshold.js'

export { DEFAULT_THRESHOLD }

export interface FeatureScore {
  score: number
  weight: number
  detail: string
}

export interface MatchResult {
  score: number
  match: boolean
  features: Record<string, FeatureScore>
}

const ORGS = new Set(['Company', 'Organization'])
const PARTIES = new Set(['Person', 'Company', 'Organization', 'LegalEntity'])

/**
 * Whether a query of one schema may hit an entity of another: a Person never hits a Vessel;
 * a query without schema (Thing) hits anything; LegalEntity hits persons and organisations.
 */
export function schemasCompatible(q: string, c: string): boolean {
  if (q === c || q === 'Thing') return true
  if (q === 'LegalEntity' || c === 'LegalEntity') return PARTIES.has(q) && PARTIES.has(c)
  return ORGS.has(q) && ORGS.has(c)
}

/** Scores one candidate against one query with every feature of the table; explains each. */
export function scoreMatch(q: Analysed, c: Analysed, ctx: Context, threshold = DEFAULT_THRESHOLD): MatchResult {
  // Features that fired and their results, in turn (no pair per feature: a candidate's garbage).
  const fired: (Feature | FeatureResult)[] = []
  let evidence = 0
  for (let k = 0; k < ALGORITHM.length; k++) {
    const f = ALGORITHM[k]
    if (f.qualifier) continue
    const r = f.fn(q, c, ctx)
    if (r.score <= 0) continue
    fired.push(f, r)
    evidence = Math.max(evidence, r.score * f.weight)
  }
  let score = evidence
  if (evidence > 0) {
    for (let k = 0; k < ALGORITHM.length; k++) {
      const f = ALGORITHM[k]
      if (!f.qualifier) continue
      const r = f.fn(q, c, ctx)
      if (r.score <= 0) continue
      fired.push(f, r)
      score += r.score * f.weight
    }
  }
  score = Math.max(0, Math.min(1, score))
  return new Explained(score, score >= threshold, fired)
}

/** The evidence features, those without a bound (lookups) first: the cheap ones may settle a bound. */
const EVIDENCE = ALGORITHM.filter((f) => !f.qualifier).sort((a, b) => Number(!!a.bound) - Number(!!b.bound))

/**
 * A score scoreMatch never exceeds for this candidate, found at a fraction of the cost: the best
 * evidence feature times its weight, each feature's bound taken for its score. Qualifiers are left
 * out (negative weights: they only lower a score) and the score is clamped to [0, 1]. Stops
 * once it reaches `enough`: below a cutoff, a candidate is no hit and needs no explanation.
 */
export function scoreBound(q: Analysed, c: Analysed, ctx: Context, enough = 1): number {
  let bound = 0
  for (const f of EVIDENCE) {
    const score = f.bound ? f.bound(q, c, ctx, enough / f.weight) : f.fn(q, c, ctx).score
    bound = Math.max(bound, score * f.weight)
    if (bound >= enough) break
  }
  return bound
}

/**
 * A result whose features (and the detail of each) are put together when first read: a query
 * scores a few dozen candidates and returns the few at or above its cutoff, so the rest were
 * explained for nothing. The features keep the table's order. A class, so that a candidate
 * costs one small object (a getter in an object literal is a new function each time).
 */
class Explained implements MatchResult {
  private kept?: Record<string, FeatureScore>
  constructor(
    readonly score: number,
    readonly match: boolean,
    private readonly fired: (Feature | FeatureResult)[]
  ) {}

  get features(): Record<string, FeatureScore> {
    if (this.kept) return this.kept
    const kept: Record<string, FeatureScore> = {}
    for (let k = 0; k < this.fired.length; k += 2) {
      const f = this.fired[k] as Feature
      const r = this.fired[k + 1] as FeatureResult
      kept[f.name] = { score: r.score, weight: f.weight, detail: r.detail }
    }
    return (this.kept = kept)
  }

  toJSON(): MatchResult {
    return { score: this.score, match: this.match, features: this.features }
  }
}
