/**
 * Numbers in organisation names written as words, ordinals or Roman numerals read as digits:
 * "Three Seas", "3 Seas"; "Third Rome", "3rd Rome"; "Plant No. 3", "Plant Number Three";
 * "Henry III", "Henry the Third", "Channel One", "Channel 1". The ordinal of one is the exception:
 * "first" stays a word (First Bank is a common word of firm names, generic in words.ts), so
 * "1st" reads as "first". The number words are the one table of numerals.ts.
 */

import { NUMBER_WORDS, romanNumeral } from './numerals.js'

/** Reading of the number one: the generic word "first" (see above). */
const ONE = 'first'

/**
 * A Roman numeral read as a number in a name (numerals.ts): not a single letter (an initial),
 * and not "xi", a Chinese surname (Xi Jinping).
 */
export function romanValue(word: string): number | undefined {
  return word.length < 2 || word === 'xi' ? undefined : romanNumeral(word)
}

/**
 * The digits a lowercase word stands for ("three", "third", "3rd" -> "3"; "1st" -> "first"), or
 * undefined. Roman numerals only when `roman` (organisation names: "VI Lenin" is a person).
 */
export function numberWord(word: string, roman = false): string | undefined {
  // "first" stays a word (generic), as does "zero" (Zero Waste is no number).
  const w = NUMBER_WORDS.get(word)
  if (w !== undefined) return w >= 1 && word !== 'first' ? String(w) : undefined
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
