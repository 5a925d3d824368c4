import { GLOSS_VIA } from '../text/glosses.js'
import type { NameForm } from '../text/names.js'
import { SHORT_FORM_VIA } from '../text/short-forms.js'
import type { Token } from '../text/tokens.js'
import { STRONG, type Alignment } from './align.js'

/** Romanising loses information: a name met only through it reads a little below an exact one. */
const VIA_FACTOR = 0.97
const PINYIN_FACTOR = 0.95
/**
 * Organisation names in another word order are usually another organisation; a person name in
 * another order may be another person (Li Wei, Wei Li), so it reads a little below the same order.
 */
const ORDER_FACTOR = 0.97
/** Cap when only particles, generic words or places agree: never a match on their own. */
const WEAK_CAP = 0.45
/**
 * Most a name met only through its short form in brackets (DICO) scores: a few letters equal by
 * chance more often than a name does, so it counts as an OFAC weak alias does (algorithm.ts,
 * weight 0.8): a match, ranked below a name that agrees.
 */
const SHORT_FORM_CAP = 0.8
/** Translated common words that agree, with nothing distinctive left over: at least this many. */
const WHOLE_NAME_WORDS = 2

export interface NameScore {
  score: number
  /** What lowered or lifted the alignment's score, for the explanation. */
  notes: string[]
}

/**
 * Turns an alignment of two name forms into the name score: the penalty for romanisation, for
 * another word order, and the cap when only common words agree. `inverted`: a name was written
 * "SURNAME, Given".
 */
export function scoreAlignment(
  al: Alignment,
  qf: NameForm,
  cf: NameForm,
  org: boolean,
  inverted: boolean
): NameScore {
  let score = al.score
  const notes: string[] = []
  const glossed = qf.via.includes(GLOSS_VIA) || cf.via.includes(GLOSS_VIA)
  if (qf.via !== cf.via) score *= /pinyin/.test(qf.via + cf.via) ? PINYIN_FACTOR : VIA_FACTOR
  if (qf.via.includes(SHORT_FORM_VIA) || cf.via.includes(SHORT_FORM_VIA)) score = Math.min(score, SHORT_FORM_CAP)
  // Translation moves common words (Концерн Калашников, Kalashnikov Concern): only names keep order.
  // A person name may be turned round when written "SURNAME, Given" or as Russian
  // surname-name-patronymic (Путин Владимир Владимирович).
  const rotate = !org && (inverted || endsInPatronymic(qf) || endsInPatronymic(cf))
  if (!inOrder(al, qf, cf, glossed, rotate)) {
    score *= ORDER_FACTOR
    notes.push('in another order')
  }
  if (al.weak) {
    // A translated name may be common words and nothing else (中国航天科工集团, China Aerospace
    // Science and Industry Corporation): then those words agreeing is the whole name agreeing.
    if ((glossed && wholeNameAgrees(al)) || sameCommonWords(al)) notes.push('a name of common words only, all agree')
    else {
      score = Math.min(score, WEAK_CAP)
      notes.push('only common words agree')
    }
  }
  return { score, notes }
}

/**
 * Nothing distinctive unmatched, and enough common words agree, not only places (深圳电子). A
 * place on each side left unmatched is two places: China ... Trading is not Korea ... Trading.
 */
export function wholeNameAgrees(al: Alignment): boolean {
  if (al.unmatchedQ.some(distinctive) || al.unmatchedC.some(distinctive)) return false
  if (al.unmatchedQ.some(isPlace) && al.unmatchedC.some(isPlace)) return false
  const agree = al.pairs.filter((p) => p.q.kind !== 'particle' && p.c.kind !== 'particle')
  return agree.length >= WHOLE_NAME_WORDS && agree.some((p) => p.q.kind !== 'place')
}

/**
 * Both names are the same common words and nothing else (CHINA UNITED NETWORK COMMUNICATIONS
 * GROUP CO., LTD. / ... COMPANY LIMITED): the whole name agrees, word for word, only the legal
 * form or a particle written another way. One word left over on either side and it does not.
 */
export function sameCommonWords(al: Alignment): boolean {
  if (al.unmatchedQ.some(notParticle) || al.unmatchedC.some(notParticle)) return false
  return wholeNameAgrees(al)
}

const distinctive = (t: Token) => t.kind === 'word' || t.kind === 'number'
const notParticle = (t: Token) => t.kind !== 'particle'
const isPlace = (t: Token) => t.kind === 'place'

const endsInPatronymic = (f: NameForm) =>
  f.tokens.length > 2 && f.tokens[f.tokens.length - 1].kind === 'patronymic'

/**
 * Whether aligned tokens keep their order (only the distinctive ones when `strongOnly`). With
 * `rotate`, a rotation of the order counts as in order too.
 */
export function inOrder(
  al: Alignment,
  qf: NameForm,
  cf: NameForm,
  strongOnly: boolean,
  rotate: boolean
): boolean {
  // The candidate positions of the aligned pairs, taken in query order (no arrays: this runs
  // for every pair of forms compared).
  let descents = 0
  let first = -1
  let last = -1
  for (let i = 0; i < qf.tokens.length; i++) {
    const qt = qf.tokens[i]
    // A token met again later in the form was placed at its first position.
    if (qf.tokens.indexOf(qt) !== i) continue
    for (const p of al.pairs) {
      if (p.q !== qt || (strongOnly && !(STRONG.has(p.q.kind) && STRONG.has(p.c.kind)))) continue
      const at = cf.tokens.indexOf(p.c)
      if (first < 0) first = at
      else if (at < last) descents++
      last = at
    }
  }
  return descents === 0 || (rotate && descents === 1 && last < first)
}
