import { isKoreanName, isKoreanSurname, isKoreanSyllable, oneKoreanSyllable, sameKoreanSurname, sameKoreanSyllable } from '../text/korean-names.js'
import type { Token } from '../text/tokens.js'
import type { NameForm } from '../text/names.js'
import type { Equivalence } from './align.js'
import type { Conflict } from './differs.js'
import { tokenSimilarity } from './distance.js'
import { ROLE_DIFFERS } from './person-parts.js'

/** Given names written this alike are one given name mistyped or broken elsewhere. */
const SAME_GIVEN_SIM = 0.9

/**
 * Korean names compared as their parts, not syllable by syllable: the syllables of a Korean name
 * stay apart (text/pinyin.ts), but its given name is all of them together, and short syllables
 * align loosely (Jong / Song 0.75, Un / Hun 0.8): KIM Jong Un is not KIM Song Hun. A surname of
 * another family (Choe / Cho) is strong evidence against. So is a given name with a syllable of
 * other sounds (Jong Un / Song Hun), not another romanisation (Song Hun / Seong Hun), or a
 * syllable more or less: with one Korean in five a Kim, the given name is what tells them apart.
 */
export function koreanConflict([q, c]: [Token[], Token[]]): Conflict | undefined {
  if (!sameSurname(q[0], c[0])) return { factor: ROLE_DIFFERS, note: `family name differs: ${q[0].text} vs ${c[0].text}` }
  // The given name syllable by syllable, in order. It is one name: a syllable more or less
  // (Myong / Myong Hun) is another given name, unless the letters are the same, broken elsewhere.
  const [gq, gc] = [q.slice(1), c.slice(1)]
  if (gq.length === gc.length && gq.every((t, i) => sameKoreanSyllable(t.text, gc[i].text))) return undefined
  // The same letters broken elsewhere or one letter off (Myongc Hin / Myong Chin): a typo, not a name.
  const joined = (ts: typeof gq) => ts.map((t) => t.text).join('')
  if (tokenSimilarity(joined(gq), joined(gc)) >= SAME_GIVEN_SIM) return undefined
  const text = (ts: typeof gq) => ts.map((t) => t.text).join(' ')
  return { factor: ROLE_DIFFERS, note: `given name differs: ${text(gq)} vs ${text(gc)}` }
}

const sameSurname = (a: Token, b: Token) => a.text === b.text || sameKoreanSurname(a.text, b.text)

/**
 * Two names' tokens, surname first, when both read as Korean names: as written, or with the last
 * word first, as Western order writes them (Jong Un Kim, Young Kim). The order in which the
 * surnames agree is taken, so a given name whose first syllable is also a surname (Jong, Yong)
 * is not read as one, the candidate's order as written tried first (lists write the surname
 * first); when none agrees, the orders as written (or the only ones that read).
 */
export function koreanParts(qf: NameForm, cf: NameForm): [Token[], Token[]] | undefined {
  const qs = koreanOrders(qf.tokens)
  if (!qs.length) return undefined
  const cs = koreanOrders(cf.tokens)
  if (!cs.length) return undefined
  for (const c of cs) for (const q of qs) if (sameSurname(q[0], c[0])) return [q, c]
  return [qs[0], cs[0]]
}

/** The orders, surname first, in which a name's tokens read as a Korean name (isKoreanName). */
function koreanOrders(tokens: Token[]): Token[][] {
  const out = isKoreanName(tokens) ? [tokens] : []
  const last = tokens[tokens.length - 1]
  if (tokens.length > 1 && isKoreanSurname(last.text)) {
    // Turned round only when every other word could be a syllable: Bruce Lee is no Korean name.
    const turned = [last, ...tokens.slice(0, -1)]
    if (isKoreanName(turned) && turned.slice(1).every((t) => isKoreanSyllable(t.text))) out.push(turned)
  }
  return out
}

/** One Korean name part spelt two ways (RI / Lee, Jeong / Jong): a little below identical, as a reading is. */
export const KOREAN_SPELLING_SIM = 0.95

/**
 * The parts of two Korean names spelt the ways the North and the South write them, as one part
 * for the aligner: the surname (RI / Lee, JO / Cho, PAK / Park), far apart as words (ri~lee 0),
 * and each syllable of the given name (Jeong Eun / Jong Un: jeong~jong 0.84, eun~un 0.68).
 * Undefined unless both names read as Korean.
 */
export function koreanEquivalence(qf: NameForm, cf: NameForm): Equivalence | undefined {
  const parts = koreanParts(qf, cf)
  if (!parts) return undefined
  const [qs, cs] = [parts[0][0], parts[1][0]]
  return (x, y) => {
    if (x.text === y.text || (x === qs) !== (y === cs)) return 0
    const same = x === qs ? sameKoreanSurname(x.text, y.text) : oneKoreanSyllable(x.text, y.text)
    return same ? KOREAN_SPELLING_SIM : 0
  }
}
