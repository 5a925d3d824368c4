/**
 * Hangul syllables romanised as the lists write Korean names. A precomposed syllable (U+AC00 to
 * U+D7A3) is an initial, a vowel and an optional final (Unicode's arithmetic, not a table).
 * Three systems, because the lists hold them all: the North's (as North Korean names reach OFAC
 * and the UN: Choe Ryong Hae, Kim Yo Jong), McCune-Reischauer without its breves and apostrophes,
 * which differs from it in ㅈ (Ri Chong Chol, O Chong Ok), and the South's Revised Romanization
 * (Kim Jeong Eun). No library on npm writes the first two, so the tables are here, from the
 * systems' charts.
 */
export type KoreanSystem = 'north' | 'mr' | 'south'

const FIRST = 0xac00
const LAST = 0xd7a3
const VOWELS = 21
const FINALS = 28

// In jamo order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const INITIAL: Record<KoreanSystem, string[]> = {
  north: ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'kh', 'th', 'ph', 'h'],
  mr: ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'kh', 'th', 'ph', 'h'],
  south: ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'],
}
/** Plain stops (ㄱ ㄷ ㅂ ㅈ) voiced inside a given name, after a vowel or a voiced final (Man Gon, Yo Jong). */
const VOICED = new Map([[0, 'g'], [3, 'd'], [7, 'b'], [12, 'j']])
// ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
const VOWEL: Record<KoreanSystem, string[]> = {
  north: ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'],
  mr: ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'],
  south: ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'],
}
// none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ (both systems alike)
// prettier-ignore
const FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']

/** Whether a word is Hangul syllables only. */
export function isHangul(word: string): boolean {
  if (!word) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < FIRST || c > LAST) return false
  }
  return true
}

/**
 * The syllables of a Hangul word, each romanised on its own, as Korean names are written (Ryong
 * Hae, not Ryonghae). Outside the South's system a plain stop after a vowel or a voiced final is voiced,
 * as the lists mostly write it (리만건 Ri Man Gon); `given`: where the given name starts (1 after a
 * one-syllable surname, 0 in a word of the given name alone), whose first syllable keeps its initial.
 */
export function romaniseHangul(word: string, system: KoreanSystem, given = 1): string[] {
  const out: string[] = []
  let previousFinal = ''
  for (let i = 0; i < word.length; i++) {
    const n = word.charCodeAt(i) - FIRST
    const lead = Math.floor(n / (VOWELS * FINALS))
    const final = FINAL[n % FINALS]
    const voiced = system !== 'south' && i > given && /^(|n|m|ng|l)$/.test(previousFinal) ? VOICED.get(lead) : undefined
    out.push((voiced ?? INITIAL[system][lead]) + VOWEL[system][Math.floor(n / FINALS) % VOWELS] + final)
    previousFinal = final
  }
  return out
}

const RIEUL = 5
const NIEUN = 2
const IEUNG = 11
/** Vowels before which the South drops an initial ㄹ or ㄴ (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ): 李 리 -> 이, 柳 류 -> 유. */
const Y_VOWELS = new Set([2, 3, 6, 7, 12, 17, 20])

/**
 * The South's initial sound rule (두음법칙), which the North does not follow: a word's first
 * ㄹ becomes ㅇ before i and y, ㄴ elsewhere; its first ㄴ becomes ㅇ before i and y. So one
 * surname is 리 in the North and 이 in the South, and the surname tables key the South's.
 */
export function southInitial(syllable: string): string {
  const n = syllable.charCodeAt(0) - FIRST
  const lead = Math.floor(n / (VOWELS * FINALS))
  const rest = n % (VOWELS * FINALS)
  const y = Y_VOWELS.has(Math.floor(rest / FINALS))
  const to = lead === RIEUL ? (y ? IEUNG : NIEUN) : lead === NIEUN && y ? IEUNG : lead
  return String.fromCharCode(FIRST + to * VOWELS * FINALS + rest)
}
