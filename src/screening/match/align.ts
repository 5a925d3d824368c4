import type { NameForm } from '../text/names.js'
import type { Token } from '../text/tokens.js'
import { nameTokenSimilarity as tokenSimilarity } from './name-variants.js'
import { transcribedSimilarity } from './transcription.js'
import { crossScriptSimilarity, wholeNameSimilarity } from './unvocalised.js'

/** How much a token counts, given the list-wide rarity of its text (1 when unknown). */
export type Rarity = (text: string) => number
/**
 * Token similarity (tokenSimilarity, or a per-query cache of it), exact from SIMILARITY_FLOOR up
 * and 0 below: no feature reads a lower one, so its exact value is not worth computing.
 */
export type Similarity = (a: Token, b: Token) => number
/** A similarity two tokens have as one name in other forms (Bill, William), 0 when they are not. */
export type Equivalence = (a: Token, b: Token) => number

/**
 * Below this no feature reads a token similarity: the aligner needs MIN_TOKEN_SIM (0.7) and
 * differs.ts NEAR_SPELLING_SIM (0.6). Similarities under it are not computed in full (the
 * floor of distance.ts) and read 0. Lower it before a feature reads lower similarities
 * (bounds.test.ts checks it against both).
 */
export const SIMILARITY_FLOOR = 0.6

export const plainSimilarity: Similarity = (a, b) => tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)

/**
 * A per-query cache of token similarities: list tokens repeat across candidates. Keys on the
 * token numbers the index gives (index/candidates.ts); unnumbered tokens are not cached.
 * screenIndex uses pair-cache.ts, which reuses its memory from query to query.
 */
export function cachedSimilarity(): Similarity {
  const cache = new Map<number, number>()
  return (a, b) => {
    if (a.id < 0 || b.id < 0) return tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)
    const k = a.id * 67_108_864 + b.id
    let v = cache.get(k)
    if (v === undefined) {
      v = tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)
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
const SOFT_MISSING = new Set(['patronymic', 'particle', 'initial', 'place', 'generation'])
/**
 * Person names: a part one side lacks (a middle name, a second given name) while every part of
 * the other side is matched and two or more distinctive ones agree, costs this share of an unmatched word:
 * lists add and drop middle names freely (John Smith, John Michael Smith).
 */
export const EXTRA_PART = 0.4
/** Parts that agree for EXTRA_PART: the same or nearly (a short form, one letter off), not merely alike. */
const AGREE_SIM = 0.9
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
 * word boundaries differ (Abdul Rahman / Abdulrahman). `person`: the names are persons' (EXTRA_PART);
 * `equivalent`: tokens that are one name in other forms (given-names.ts), a separate call so the
 * similarity call stays the same function for V8 to inline. `beat`: a score the caller already
 * has; an alignment scoring no more is of no use to it and returns undefined (its pairs are
 * never made: a third of the alignments of a query lose to an earlier one).
 */
export function alignForms(q: NameForm, c: NameForm, base?: Similarity, person?: boolean, equivalent?: Equivalence): Alignment
export function alignForms(
  q: NameForm,
  c: NameForm,
  base: Similarity | undefined,
  person: boolean,
  equivalent: Equivalence | undefined,
  beat: number
): Alignment | undefined
export function alignForms(
  q: NameForm,
  c: NameForm,
  base: Similarity = plainSimilarity,
  person = false,
  equivalent?: Equivalence,
  beat = -Infinity
): Alignment | undefined {
  const score = alignmentScore(q, c, base, person, equivalent)
  if (score <= beat) return undefined
  const qt = firstTokens(q)
  const ct = firstTokens(c)
  const { taken, usedQ, usedC, unmatchedQ, unmatchedC, weak, joined } = last
  const pairs: Alignment['pairs'] = new Array(taken)
  for (let k = 0; k < taken; k++) {
    const x = cand.chosen[k]
    pairs[k] = { q: qt[cand.i[x]], c: ct[cand.j[x]], sim: cand.sim[x] }
  }
  return { score, pairs, unmatchedQ: unused(qt, usedQ, unmatchedQ), unmatchedC: unused(ct, usedC, unmatchedC), weak: weak && !joined, joined }
}

/**
 * The score alignForms gives two name forms, without the alignment: what a bound on a
 * candidate's score needs (algorithm.ts `scoreBound`). It leaves the pairs it took in `cand`
 * and the rest in `last`, for alignForms to build the alignment from.
 */
export function alignmentScore(
  q: NameForm,
  c: NameForm,
  base: Similarity = plainSimilarity,
  person = false,
  equivalent?: Equivalence
): number {
  // A name read from Arabic script also compares with its short vowels unknown (unvocalised.ts).
  const similarity = transcribedSimilarity(q, c, crossScriptSimilarity(q, c, base))
  const qt = firstTokens(q)
  const ct = firstTokens(c)
  let found = 0
  for (let i = 0; i < qt.length; i++) {
    const a = qt[i]
    for (let j = 0; j < ct.length; j++) {
      const b = ct[j]
      let sim = similarity(a, b)
      // A letter stands for a word only in a person's name (J. Smith); in a firm's it is a letter
      // (Jihad-e-Islami's e is no Egyptian).
      if (!person && sim < 1 && (a.kind === 'initial') !== (b.kind === 'initial')) continue
      if (equivalent) sim = Math.max(sim, equivalent(a, b))
      // The lengths before the skeletons: most pairs differ in length, and comparing numbers is cheaper.
      if (sim < 0.75 && Math.abs(a.text.length - b.text.length) <= 1 && Math.min(a.text.length, b.text.length) > 3 && a.skel === b.skel) sim = 0.75
      if (sim >= MIN_TOKEN_SIM) {
        cand.i[found] = i
        cand.j[found] = j
        cand.sim[found] = sim
        cand.order[found] = found
        found++
      }
    }
  }
  // Among equals, the pair in the same place: Ibrahim Sabawi Ibrahim / Yasir Sabawi Ibrahim
  // keeps the first Ibrahim unmatched, so the part rules see the given names differ.
  sortPairs(found, qt)
  // Tokens taken, as bits: at most MAX_TOKENS a side. The pairs taken are kept as numbers
  // (`chosen`) and become objects only for an alignment that scores above `beat`.
  let usedQ = 0
  let usedC = 0
  let taken = 0
  let num = 0
  let den = 0
  let strong = 0
  let strongPairs = 0
  for (let k = 0; k < found; k++) {
    const x = cand.order[k]
    const i = cand.i[x]
    const j = cand.j[x]
    if (usedQ & (1 << i) || usedC & (1 << j)) continue
    usedQ |= 1 << i
    usedC |= 1 << j
    cand.chosen[taken++] = x
    const sim = cand.sim[x]
    const a = qt[i]
    const b = ct[j]
    const w = (a.weight + b.weight) / 2
    num += credit(sim) * w
    den += w
    if (STRONG.has(a.kind) && STRONG.has(b.kind)) {
      strong += credit(sim) * w
      if (sim >= AGREE_SIM) strongPairs++
    }
  }
  const unmatchedQ = qt.length - popCount(usedQ)
  const unmatchedC = ct.length - popCount(usedC)
  const extra = person && strongPairs >= 2 && (!unmatchedQ || !unmatchedC) ? EXTRA_PART : 1
  for (let i = 0; i < qt.length; i++) if (!(usedQ & (1 << i))) den += unmatchedWeight(qt[i], extra)
  for (let j = 0; j < ct.length; j++) if (!(usedC & (1 << j))) den += unmatchedWeight(ct[j], extra)
  let score = den > 0 ? num / den : 0
  const weak = strong === 0
  let joined = false
  // As many words, split elsewhere: scored as a merge of words is (below).
  if (qt.length === ct.length && score < 0.9 && sameLettersSplitElsewhere(q.text, c.text)) {
    score = 0.97
    joined = true
  }
  // A merge or split of words changes the word count; below 0.9 is where it changes the outcome.
  // Only worth trying when the two names have about the same letters, in about the same order:
  // the first letter is the cheapest test, and it rules out most pairs.
  if (qt.length !== ct.length && score < 0.9 && firstLetter(q.text) === firstLetter(c.text)) {
    const ql = letters(q.text)
    const cl = letters(c.text)
    const gap = Math.abs(ql - cl)
    const longest = Math.max(ql, cl)
    // Skip the costly whole-name distance when even a perfect one could not beat the alignment.
    if (gap <= 0.15 * longest && (1 - (0.3 * gap) / longest) * 0.97 > score) {
      const whole = wholeNameSimilarity(q, c, q.text.replace(/ /g, ''), c.text.replace(/ /g, '')) * 0.97
      if (whole > score && whole >= 0.85) {
        score = whole
        joined = true
      }
    }
  }
  last.taken = taken
  last.usedQ = usedQ
  last.usedC = usedC
  last.unmatchedQ = unmatchedQ
  last.unmatchedC = unmatchedC
  last.weak = weak
  last.joined = joined
  return score
}

/**
 * As many words, split elsewhere (XIANHUA QIN, XIAN HUAQIN: a pinyin run joined across a comma):
 * the same letters only, since one word count leaves no merge to excuse a spelling.
 */
export function sameLettersSplitElsewhere(q: string, c: string): boolean {
  return q.length === c.length && q !== c && q.charCodeAt(0) === c.charCodeAt(0) && q.replace(/ /g, '') === c.replace(/ /g, '')
}

/** The tokens of a form the aligner reads: the first MAX_TOKENS (the bits of `usedQ`, `usedC`). */
const firstTokens = (f: NameForm) => (f.tokens.length > MAX_TOKENS ? f.tokens.slice(0, MAX_TOKENS) : f.tokens)

/** What a token left unmatched adds to the alignment's denominator. */
const unmatchedWeight = (t: Token, extra: number) => t.weight * UNMATCHED_PENALTY * (SOFT_MISSING.has(t.kind) ? 0.3 : extra)

function popCount(bits: number): number {
  let n = 0
  for (let b = bits; b; b &= b - 1) n++
  return n
}

/**
 * The token pairs alike enough to align, of the call in progress, in arrays reused from call to
 * call (alignForms is not reentrant): at most MAX_TOKENS² of them, and as objects they were most
 * of the matcher's garbage. `order` is their order once sorted.
 */
const cand = {
  i: new Int32Array(MAX_TOKENS * MAX_TOKENS),
  j: new Int32Array(MAX_TOKENS * MAX_TOKENS),
  sim: new Float64Array(MAX_TOKENS * MAX_TOKENS),
  order: new Int32Array(MAX_TOKENS * MAX_TOKENS),
  chosen: new Int32Array(MAX_TOKENS),
}

/** The rest of the last alignment scored (alignmentScore): pairs taken, tokens used as bits, counts left over. */
const last = { taken: 0, usedQ: 0, usedC: 0, unmatchedQ: 0, unmatchedC: 0, weak: false, joined: false }

// Best pair first, then the heavier query token, then the pair in the same place; ties keep their
// order (a stable insertion sort: a few pairs, sorted in place).
function sortPairs(found: number, qt: Token[]): void {
  const { order } = cand
  for (let k = 1; k < found; k++) {
    const x = order[k]
    let at = k
    while (at > 0 && pairOrder(order[at - 1], x, qt) > 0) {
      order[at] = order[at - 1]
      at--
    }
    order[at] = x
  }
}

const pairOrder = (a: number, b: number, qt: Token[]) =>
  cand.sim[b] - cand.sim[a] ||
  qt[cand.i[b]].weight - qt[cand.i[a]].weight ||
  Math.abs(cand.i[a] - cand.j[a]) - Math.abs(cand.i[b] - cand.j[b])

/** Letters of a name form without its spaces (the length of the text the spaces removed). */
function letters(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) n++
  return n
}

function firstLetter(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) return text[i]
  return undefined
}

/** The tokens not taken (`count` of them), in their order; one shared empty array for none. */
function unused(tokens: Token[], used: number, count: number): Token[] {
  if (!count) return NONE
  const out: Token[] = new Array(count)
  for (let i = 0, k = 0; i < tokens.length; i++) if (!(used & (1 << i))) out[k++] = tokens[i]
  return out
}

const NONE: Token[] = Object.freeze([]) as unknown as Token[]
