import type { NameForm } from '../text/names.js'
import { chineseName, pinyinSyllableCount } from '../text/pinyin.js'
import type { Conflict } from './differs.js'
import { ROLE_DIFFERS } from './person-parts.js'

/**
 * Chinese persons' names: one surname, then a given name written as one word (text/pinyin.ts
 * joins its syllables). Given names of one syllable and of two (Ming / Zeming, 0.70 by letters,
 * which the aligner pairs) are two people's: with a hundred surnames for most of China, the
 * given name is what tells them apart, as a Korean's does (korean-names.ts). Of as many
 * syllables, a letter apart (Jinping / Jinpin) is left to the spelling's score: it may be a typo.
 */
export function chineseConflict(qf: NameForm, cf: NameForm): Conflict | undefined {
  const [q, c] = [qf.tokens, cf.tokens]
  if (q.length !== 2 || c.length !== 2 || q[0].text !== c[0].text || q[1].text === c[1].text) return undefined
  if (!chineseName(q) || !chineseName(c) || pinyinSyllableCount(q[1].text) === pinyinSyllableCount(c[1].text)) return undefined
  return { factor: ROLE_DIFFERS, note: `given name differs: ${q[1].text} vs ${c[1].text}` }
}
