import type { NameForm } from '../text/names.js'
import type { Token } from '../text/tokens.js'
import { nameTokenSimilarity as tokenSimilarity } from './name-variants.js'
import { transcribedSimilarity } from './transcription.js'
import { crossScriptSimilarity, wholeNameSimilarity } from './unvocalised.js'

/** How much a token counts, given the list-wide rarity of its text (1 when unknown). */
export type Rarity = (text: string) => number
/** Token similarity (tokenSimilarity, or a per-query cache of it). */
export type Similarity = (a: Token, b: Token) => number

const plainSimilarity: Similarity = (a, b) => tokenSimilarity(a.text, b.text)

/**
 * A per-query cache of token similarities: list tokens repeat across candidates. Keys on the
 * token numbers the index gives (index/candidates.ts); unnumbered tokens are not cached.
 */
export function cachedSimilarity(): Similarity {
  const cache = new Map<number, number>()
  return (a, b) => {
    if (a.id < 0 || b.id < 0) return tokenSimilarity(a.text, b.text)
    const k = a.id * 67_108_864 + b.id
    let v = cache.get(k)
    if (v === undefined) {
      v = tokenSimilarity(a.text, b.text)
      cache.set(k, v)
    }
    return v
  }
}

export interface Alignment {
  score: number
  pairs: { q: Token; c: Token; sim: number }[]
  unmatchedQ: Token[]
  unmatchedC: Token[]
  /** True when only common words (particles, generic words, places, initials) agree. */
  weak: boolean
  joined: boolean
}

/** A pair of tokens below this similarity is not aligned: they are different words. */
export const MIN_TOKEN_SIM = 0.7
/** Share of an unmatched token's weight that counts against the match. */
export const UNMATCHED_PENALTY = 0.6
/** Missing patronymics and particles say little: lists add and drop them freely. */
const SOFT_MISSING = new Set(['patronymic', 'particle', 'initial', 'place'])
/** Kinds of token that can carry a match; the others only add to one. */
export const STRONG = new Set(['word', 'number', 'patronymic'])
const MAX_TOKENS = 16

/**
 * Credit an aligned pair earns: near-identical tokens keep their similarity, looser ones lose
 * it faster (0.9 -> 0.84, 0.8 -> 0.68, 0.7 -> 0.52): two different surnames of the same shape
 * (Zakharov, Sychugov) must not add up to a match.
 */
export function credit(sim: number): number {
  return sim >= 0.95 ? sim : Math.max(0, 1 - (1 - sim) * 1.6)
}


/**
 * Aligns the tokens of two name forms, in any order, greedily by similarity (names are short,
 * so greedy equals optimal in practice), and scores the alignment as matched weight over matched
 * plus a share of unmatched weight. Falls back to comparing the names without spaces when the
 * word boundaries differ (Abdul Rahman / Abdulrahman).
 */
export function alignForms(q: NameForm, c: NameForm, base: Similarity = plainSimilarity): Alignment {
  // A name read from Arabic script also compares with its short vowels unknown (unvocalised.ts).
  const similarity = transcribedSimilarity(q, c, crossScriptSimilarity(q, c, base))
  const qt = q.tokens.slice(0, MAX_TOKENS)
  const ct = c.tokens.slice(0, MAX_TOKENS)
  const cand: { i: number; j: number; sim: number }[] = []
  for (let i = 0; i < qt.length; i++) {
    for (let j = 0; j < ct.length; j++) {
      let sim = similarity(qt[i], ct[j])
      if (sim < 0.75 && qt[i].skel === ct[j].skel && Math.min(qt[i].text.length, ct[j].text.length) > 3 && Math.abs(qt[i].text.length - ct[j].text.length) <= 1) sim = 0.75
      if (sim >= MIN_TOKEN_SIM) cand.push({ i, j, sim })
    }
  }
  // Among equals, the pair in the same place: Ibrahim Sabawi Ibrahim / Yasir Sabawi Ibrahim
  // keeps the first Ibrahim unmatched, so the part rules see the given names differ.
  cand.sort((a, b) => b.sim - a.sim || qt[b.i].weight - qt[a.i].weight || Math.abs(a.i - a.j) - Math.abs(b.i - b.j))
  const usedQ = new Set<number>()
  const usedC = new Set<number>()
  const pairs: Alignment['pairs'] = []
  for (const { i, j, sim } of cand) {
    if (usedQ.has(i) || usedC.has(j)) continue
    usedQ.add(i)
    usedC.add(j)
    pairs.push({ q: qt[i], c: ct[j], sim })
  }
  const unmatchedQ = qt.filter((_, i) => !usedQ.has(i))
  const unmatchedC = ct.filter((_, j) => !usedC.has(j))
  let num = 0
  let den = 0
  let strong = 0
  for (const p of pairs) {
    const w = (p.q.weight + p.c.weight) / 2
    num += credit(p.sim) * w
    den += w
    if (STRONG.has(p.q.kind) && STRONG.has(p.c.kind)) strong += credit(p.sim) * w
  }
  for (const t of unmatchedQ) den += t.weight * UNMATCHED_PENALTY * (SOFT_MISSING.has(t.kind) ? 0.3 : 1)
  for (const t of unmatchedC) den += t.weight * UNMATCHED_PENALTY * (SOFT_MISSING.has(t.kind) ? 0.3 : 1)
  let score = den > 0 ? num / den : 0
  const weak = strong === 0
  let joined = false
  const qs = q.text.replace(/ /g, '')
  const cs = c.text.replace(/ /g, '')
  // Only worth trying when the two names have about the same letters, in about the same order.
  const gap = Math.abs(qs.length - cs.length)
  const longest = Math.max(qs.length, cs.length)
  // Skip the costly whole-name distance when even a perfect one could not beat the alignment.
  // A merge or split of words changes the word count; below 0.9 is where it changes the outcome.
  if (qt.length !== ct.length && score < 0.9 && gap <= 0.15 * longest && qs[0] === cs[0] && (1 - (0.3 * gap) / longest) * 0.97 > score) {
    const whole = wholeNameSimilarity(q, c, qs, cs) * 0.97
    if (whole > score && whole >= 0.85) {
      score = whole
      joined = true
    }
  }
  return { score, pairs, unmatchedQ, unmatchedC, weak: weak && !joined, joined }
}
