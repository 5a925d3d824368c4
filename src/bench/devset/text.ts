/**
 * Plain text helpers of the dev-set builder. They decide labels (is this part a spelling of that
 * one, or another name?), so they are deliberately the builder's own and not the matcher's: a
 * pair must not be labelled by the code it is meant to test.
 */

import { distance } from 'fastest-levenshtein'

const folds = new Map<string, string>()

/** Lowercase, accents folded, punctuation to spaces, spaces collapsed (cached: names repeat). */
export function fold(s: string): string {
  let f = folds.get(s)
  if (f === undefined) {
    const plain = /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, '')
    f = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
    folds.set(s, f)
  }
  return f
}

export function words(s: string): string[] {
  const f = fold(s)
  return f ? f.split(' ') : []
}

export type Script = 'latin' | 'arabic' | 'cyrillic' | 'han' | 'kana' | 'other' | 'none'

/** The script of a name: the one script its letters are in, or "other" when mixed or rare. */
export function scriptOf(s: string): Script {
  if (/^[\x20-\x7e]*$/.test(s)) return /[a-z]/i.test(s) ? 'latin' : 'none'
  const found = new Set<Script>()
  for (const ch of s) {
    if (!/\p{L}/u.test(ch)) continue
    if (/\p{Script=Latin}/u.test(ch)) found.add('latin')
    else if (/\p{Script=Arabic}/u.test(ch)) found.add('arabic')
    else if (/\p{Script=Cyrillic}/u.test(ch)) found.add('cyrillic')
    else if (/\p{Script=Han}/u.test(ch)) found.add('han')
    else if (/\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch)) found.add('kana')
    else found.add('other')
  }
  if (!found.size) return 'none'
  return found.size === 1 ? [...found][0] : 'other'
}

/**
 * A consonant key of a folded word: the sounds transliterations agree on. Vowels, h, w and y
 * dropped (Mohammed/Muhammad, Yusuf/Youssef, Hussein/Husayn), c/k/q, s/z and ph/f merged,
 * doubled letters collapsed. Two words with one key are spellings of one name.
 */
export function consonantKey(word: string): string {
  return word
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/[ckq]+/g, 'k')
    .replace(/z/g, 's')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1')
}

/** Shortest folded part that can count as a name of its own (not an initial or a particle). */
const MIN_PART = 3

/**
 * Two name parts (or words) that differ outright, not by spelling: different consonant keys,
 * more than one edit apart, neither a prefix of the other (an initial, a cut-off form), both at
 * least MIN_PART letters. Hassan/Hussein and Abdul/Abd al are spellings; Ali/Omar are not.
 */
export function differOutright(a: string, b: string): boolean {
  const x = fold(a).replace(/ /g, '')
  const y = fold(b).replace(/ /g, '')
  if (x.length < MIN_PART || y.length < MIN_PART) return false
  if (x.startsWith(y) || y.startsWith(x)) return false
  if (distance(x, y) <= 1) return false
  return consonantKey(x) !== consonantKey(y)
}

/** Writes `part` in the letter case of `like` (OFAC writes surnames upper case). */
export function caseLike(part: string, like: string): string {
  if (like === like.toUpperCase()) return part.toUpperCase()
  return part
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
}

/** A set of words written as one text (tables of words stay readable when formatted). */
export const wordSet = (text: string) => new Set(text.trim().split(/\s+/))
