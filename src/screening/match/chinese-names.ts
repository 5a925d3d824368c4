import type { NameForm } from '../text/names.js'
import { chineseName, pinyinSyllableCount } from '../text/pinyin.js'
import { wadeGilesSyllable } from '../text/wade-giles.js'
import type { Alignment } from './align.js'
import type { Conflict } from './differs.js'
import { ROLE_DIFFERS } from './person-parts.js'

/**
 * Chinese persons' names: one surname, then a given name written as one word (text/pinyin.ts
 * joins its syllables). Surnames the aligner paired for their letters (Wang / Zhang 0.70) are
 * two families. Given names of one syllable and of two (Ming / Zeming, 0.70 by letters) are two
 * people's: with a hundred surnames for most of China, the given name is what tells them apart,
 * as a Korean's does (korean-names.ts). Of as many syllables, a letter apart (Jinping / Jinpin)
 * is left to the spelling's score: it may be a typo. A surname in Wade-Giles and in pinyin
 * (Chang / Zhang) is one surname.
 */
export function chineseConflict(al: Alignment, qf: NameForm, cf: NameForm): Conflict | undefined {
  const [q, c] = [qf.tokens, cf.tokens]
  if (q.length !== 2 || c.length !== 2 || !chineseName(q) || !chineseName(c)) return undefined
  // Written in the other order (Li Wei / WEI, Lin Na: Wei the surname of both): the given names
  // are the other words.
  if (q[0].text !== c[0].text && q[1].text === c[0].text && q[0].text !== c[1].text) return givenDiffer(q[0].text, c[1].text)
  if (q[0].text !== c[0].text && q[0].text === c[1].text && q[1].text !== c[0].text) return givenDiffer(q[1].text, c[0].text)
  if (q[0].text !== c[0].text) {
    const paired = al.pairs.some((p) => p.q === q[0] && p.c === c[0])
    return paired && !oneSurname(q[0].text, c[0].text) ? { factor: ROLE_DIFFERS, note: `family name differs: ${q[0].text} vs ${c[0].text}` } : undefined
  }
  return givenDiffer(q[1].text, c[1].text)
}

/** Two given names of one syllable and of two: two people's. */
function givenDiffer(q: string, c: string): Conflict | undefined {
  if (q === c || pinyinSyllableCount(q) === pinyinSyllableCount(c)) return undefined
  return { factor: ROLE_DIFFERS, note: `given name differs: ${q} vs ${c}` }
}

/** One surname in Wade-Giles and in pinyin (Chang / Zhang, Hsu / Xu). */
const oneSurname = (a: string, b: string) => wadeGilesSyllable(a) === b || wadeGilesSyllable(b) === a
