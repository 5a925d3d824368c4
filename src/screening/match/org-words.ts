import { businessLine } from '../text/business-lines.js'
import { numeralValue } from '../text/numerals.js'
import type { Token } from '../text/tokens.js'
import type { Alignment, Similarity } from './align.js'
import { countryCode, queryCountryCode } from './countries.js'
import { groupsDiffer, isNumeral, numeralsDiffer, type Conflict } from './differs.js'

/**
 * Two organisation names that agree but for their distinctive words, which differ (Novosibirsk
 * Steel Works / Novosibirsk Glass Works, Fund II / Fund IV, X Trading / X Shipping), are two
 * organisations of one group or one naming pattern. The factor keeps such a pair below the
 * default threshold 0.7 however much else agrees (an alignment with words left over scores
 * under 1), while an extra word on one side only (Huawei / Huawei Technologies) is not touched.
 */
export const DISTINCT_WORD_DIFFERS = 0.68

/**
 * A word that tells an organisation apart by what it is called or does: a name word (a country's
 * name too), a number or ordinal (First Ocean), or a line of business. Not a place word
 * (words.ts), which lists add and drop, nor a word for what a firm is (Association / Union,
 * Society / Foundation), which lists translate freely.
 */
const distinctive = (t: Token) =>
  t.kind === 'word' ||
  t.kind === 'number' ||
  isNumeral(t) ||
  (t.kind === 'generic' && !!businessLine(t.text))

/** Words of the compass, which place a branch (West Africa Province / Central Africa Province). */
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
])

/** A word that says where: a place (words.ts), a country's name, the compass. */
const isWhere = (t: Token) =>
  t.kind === 'place' || COMPASS.has(t.text) || (t.text.length > 3 && !!countryCode(t.text))

/**
 * The words left unmatched on both sides that tell an organisation apart, when every one of one
 * side differs outright from every one of the other (differs.ts): names against names, then
 * places against places (Central Bank of Venezuela / of Iran). A place word against a name is
 * not compared (Korea / Chosun: one country's two names), nor places against their initials
 * (HK / Hong Kong).
 * Common words and particles left over are ignored: lists add and translate them freely; a word
 * on one side only is not a conflict.
 */
export function distinctWordConflict(al: Alignment, similarity?: Similarity): Conflict | undefined {
  if (al.joined || al.weak) return undefined
  const note = (qs: Token[], cs: Token[]) => ({
    factor: DISTINCT_WORD_DIFFERS,
    note: `distinctive word differs: ${list(qs)} vs ${list(cs)}`,
  })
  // Numbers the aligner paired for their shape (99th / 77th 0.70, I / II) differ all the same.
  const numbers = al.pairs.filter((p) => numeralsDiffer(p.q, p.c))
  if (numbers.length)
    return note(
      numbers.map((p) => p.q),
      numbers.map((p) => p.c)
    )
  // Numbers left unaligned on both sides (Investments I / Investments 2 once "II" reads as 2).
  const qn = unmatchedNumerals(al.unmatchedQ, al.unmatchedC)
  const cn = unmatchedNumerals(al.unmatchedC, al.unmatchedQ)
  if (qn.length && cn.length && valuesOf(qn) !== valuesOf(cn)) return note(qn, cn)
  const qs = al.unmatchedQ.filter(distinctive)
  const cs = al.unmatchedC.filter(distinctive)
  if (groupsDiffer(qs, cs, similarity)) return note(qs, cs)
  // One name word agreeing and nothing else: the words for what each firm is or does, where they
  // differ (Atlas Shipping / Atlas Holding, Day Bank / Day Investment), are all that tells them apart.
  if (al.pairs.length === 1) {
    const qg = al.unmatchedQ.filter((t) => t.kind === 'generic')
    const cg = al.unmatchedC.filter((t) => t.kind === 'generic')
    if (groupsDiffer(qg, cg, similarity)) return note(qg, cg)
  }
  const qw = al.unmatchedQ.filter(isWhere)
  const cw = al.unmatchedC.filter(isWhere)
  if (groupsDiffer(qw, cw, similarity) && !initials(qw, cw) && !initials(cw, qw))
    return note(qw, cw)
  // A name where the other has a place, and nothing else distinctive left (Islamic Movement of
  // Taliban / of Uzbekistan, Kaveh / Iran Cutting Tools): two organisations, unless the name is
  // the place's own name for itself (Korea / Chosun).
  const qNames = qs.filter((t) => !isWhere(t))
  const cNames = cs.filter((t) => !isWhere(t))
  if (!cNames.length && !qw.length && nameForPlace(qNames, cw)) return note(qNames, cw)
  if (!qNames.length && !cw.length && nameForPlace(cNames, qw)) return note(qw, cNames)
  return undefined
}

/** Names of a country in its own language or of old, as firms' names write them: a word and the place words it is. */
const ENDONYMS: Record<string, string[]> = {
  chosun: ['korea'], choson: ['korea'], joseon: ['korea'], hanguk: ['korea'],
  zhongguo: ['china', 'chinese'], zhonghua: ['china', 'chinese'],
  nippon: ['japan'], nihon: ['japan'], misr: ['egypt'], bharat: ['india'], hayastan: ['armenia'],
  sakartvelo: ['georgia'], rossiya: ['russia', 'russian'], rossii: ['russia', 'russian'], parsian: ['iran'],
}

/** Whether names stand where places do, none of them a name of those places. */
function nameForPlace(names: Token[], places: Token[]): boolean {
  if (!names.length || !places.length) return false
  return !names.some((n) => places.some((p) => ENDONYMS[n.text]?.includes(p.text) || samePlaceCode(n.text, p.text)))
}

// A country's other names the resolvers know (Persia, Burma, Holland: trade/countries) count too.
const samePlaceCode = (a: string, b: string) => {
  const x = a.length > 3 ? queryCountryCode(a) : undefined
  return x !== undefined && x === queryCountryCode(b)
}

/** Numerals among unaligned words; a lone I, V or X counts when the other side has a numeral. */
function unmatchedNumerals(ts: Token[], other: Token[]): Token[] {
  const letters = other.some((t) => numeralValue(t.text) !== undefined)
  return ts.filter((t) => numeralValue(t.text, letters) !== undefined)
}
const valuesOf = (ts: Token[]) => ts.map((t) => numeralValue(t.text, true)).sort().join(' ')

const list = (ts: Token[]) => ts.map((t) => t.text).join(' ')

/** One word that is the initials of the other words, in any order (hk: hong kong). */
function initials(one: Token[], words: Token[]): boolean {
  const sorted = (s: string[]) => s.sort().join('')
  return (
    one.length === 1 &&
    words.length > 1 &&
    sorted([...one[0].text]) === sorted(words.map((t) => t.text[0]))
  )
}
