import { isKoreanName, sameKoreanSurname, sameKoreanSyllable } from '../text/korean-names.js'
import type { NameForm } from '../text/names.js'
import type { Equivalence } from './align.js'
import type { Conflict } from './differs.js'
import { tokenSimilarity } from './distance.js'
import { PART_DIFFERS, ROLE_DIFFERS } from './person-parts.js'

/** Given names written this alike are one given name mistyped or broken elsewhere. */
const SAME_GIVEN_SIM = 0.9

/**
 * Korean names compared as their parts, not syllable by syllable: the syllables of a Korean name
 * stay apart (text/pinyin.ts), but its given name is all of them together, and short syllables
 * align loosely (Jong / Song 0.75, Un / Hun 0.8): KIM Jong Un is not KIM Song Hun. A surname of
 * another family (Choe / Cho) is strong evidence against; a given name with a syllable of other
 * sounds (Jong Un / Song Hun), not another romanisation (Song Hun / Seong Hun), is evidence against.
 */
export function koreanConflict(qf: NameForm, cf: NameForm): Conflict | undefined {
  const [q, c] = [qf.tokens, cf.tokens]
  if (!isKoreanName(q) || !isKoreanName(c)) return undefined
  if (q[0].text !== c[0].text && !sameKoreanSurname(q[0].text, c[0].text))
    return { factor: ROLE_DIFFERS, note: `family name differs: ${q[0].text} vs ${c[0].text}` }
  // The given name syllable by syllable, in order. It is one name: a syllable more or less
  // (Myong / Myong Hun) is another given name, unless the letters are the same, broken elsewhere.
  const [gq, gc] = [q.slice(1), c.slice(1)]
  if (gq.length === gc.length && gq.every((t, i) => sameKoreanSyllable(t.text, gc[i].text))) return undefined
  // The same letters broken elsewhere or one letter off (Myongc Hin / Myong Chin): a typo, not a name.
  const joined = (ts: typeof gq) => ts.map((t) => t.text).join('')
  if (tokenSimilarity(joined(gq), joined(gc)) >= SAME_GIVEN_SIM) return undefined
  const text = (ts: typeof gq) => ts.map((t) => t.text).join(' ')
  return { factor: PART_DIFFERS, note: `given name differs: ${text(gq)} vs ${text(gc)}` }
}

/** Whether both forms read as Korean names (worth the rule above). */
export const bothKorean = (qf: NameForm, cf: NameForm) => isKoreanName(qf.tokens) && isKoreanName(cf.tokens)

/** One Korean surname spelt two ways (RI / Lee / Yi, Jo / Cho): a little below identical, as a reading is. */
export const KOREAN_SURNAME_SIM = 0.95

/**
 * The surnames of two Korean names, spelt the ways the North and the South spell one surname
 * (RI / Lee, JO / Cho, PAK / Park), as one name for the aligner: as words they are far apart
 * (ri~lee 0). Undefined unless both names read as Korean and their surnames so differ.
 */
export function koreanSurnameEquivalence(qf: NameForm, cf: NameForm): Equivalence | undefined {
  const [a, b] = [qf.tokens[0], cf.tokens[0]]
  if (!a || !b || a.text === b.text || !sameKoreanSurname(a.text, b.text) || !bothKorean(qf, cf)) return undefined
  return (x, y) => (x === a && y === b ? KOREAN_SURNAME_SIM : 0)
}
