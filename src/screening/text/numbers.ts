/**
 * Numbers in organisation names written as words, ordinals or Roman numerals read as digits:
 * "Three Seas", "3 Seas"; "Third Rome", "3rd Rome"; "Plant No. 3", "Plant Number Three";
 * "Henry III", "Henry the Third". One is the exception: "first" stays a word (First Bank is a
 * common word of firm names, generic in words.ts), so "1st" reads as "first", and "one" as
 * itself (One Energy).
 */

// prettier-ignore
const CARDINALS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
// prettier-ignore
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth']
const TENS: [string, string, number][] = [
  ['thirty', 'thirtieth', 30],
  ['forty', 'fortieth', 40],
  ['fifty', 'fiftieth', 50],
  ['sixty', 'sixtieth', 60],
  ['seventy', 'seventieth', 70],
  ['eighty', 'eightieth', 80],
  ['ninety', 'ninetieth', 90],
  ['hundred', 'hundredth', 100],
  ['thousand', 'thousandth', 1000],
]

const WORDS = new Map<string, string>()
for (let n = 2; n <= 20; n++) {
  WORDS.set(CARDINALS[n], String(n))
  WORDS.set(ORDINALS[n], String(n))
}
for (const [cardinal, ordinal, n] of TENS) {
  WORDS.set(cardinal, String(n))
  WORDS.set(ordinal, String(n))
}

/** Reading of the number one: the generic word "first" (see above). */
const ONE = 'first'

/**
 * Roman numerals of i, v and x only (2 to 39): the others (c, d, l, m) spell too many words
 * (mix, civil, dim, mild). Single letters are initials, and "xi" is a Chinese surname (Xi
 * Jinping), so neither is read as a number.
 */
const ROMAN = /^x{0,3}(ix|iv|v?i{0,3})$/
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 }

export function romanValue(word: string): number | undefined {
  if (word.length < 2 || word === 'xi' || !ROMAN.test(word)) return undefined
  let n = 0
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN_VALUE[word[i]]
    n += v < (ROMAN_VALUE[word[i + 1]] ?? 0) ? -v : v
  }
  return n
}

/**
 * The digits a lowercase word stands for ("three", "third", "3rd" -> "3"; "1st" -> "first"), or
 * undefined. Roman numerals only when `roman` (organisation names: "VI Lenin" is a person).
 */
export function numberWord(word: string, roman = false): string | undefined {
  const w = WORDS.get(word)
  if (w) return w
  const c = word.charCodeAt(0)
  const ordinal = c >= 48 && c <= 57 ? /^(\d+)(st|nd|rd|th)$/.exec(word) : null
  if (ordinal) return ordinal[1] === '1' ? ONE : ordinal[1].replace(/^0+(?=\d)/, '')
  if (!roman) return undefined
  const r = romanValue(word)
  return r === undefined ? undefined : String(r)
}

/** Words that say "number" before one ("No. 3", "Nr 3"; "#3" is punctuation): dropped. */
export const NUMBER_SIGNS = new Set(['no', 'nr', 'num', 'number'])

/** Whether `word` is a number sign, as it is only before digits ("No 3", not "No Limit"). */
export function isNumberSign(word: string, next: string | undefined): boolean {
  return NUMBER_SIGNS.has(word) && next !== undefined && /^\d+$/.test(next)
}
