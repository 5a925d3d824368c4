import type { Analysed } from '../match/analyse.js'
import { ARABIC_VIA } from '../text/arabic.js'
import { givenNameKeys } from '../text/nicknames.js'
import { skeletonWords } from '../text/phonetic.js'
import { PINYIN_SYLLABLES } from '../text/pinyin.js'
import type { Token } from '../text/tokens.js'
import { hash, KEY_WEIGHT } from './keys.js'

/**
 * Meets one key: its kind (t token, s skeleton, g trigram, n given name by its full name,
 * w whole name, i identifier), its text as `s.slice(from, to)` and its weight. A slice, not a string: a query
 * looks its keys up without building them (keys.ts keyIdOf); the builder joins them.
 */
export type KeyVisitor = (kind: keyof typeof KEY_WEIGHT, s: string, from: number, to: number, w: number) => void

/** Marks a whole-name key of skeletons, apart from names as written. */
const SKELETONS = '~'

/** Schemata whose names may be a person's: their given names get keys of the full name. */
const PERSONS = new Set(['Person', 'LegalEntity', 'Thing'])

/**
 * The keys of an entity (`query` false, as the builder counts them) or of a query, in one order:
 * the one definition both sides use, so an entity and a query always meet on the same keys.
 */
export function keysOf(a: Analysed, visit: KeyVisitor, query = false): void {
  const person = PERSONS.has(a.schema)
  // A name as written, whole: what a weak alias is also keyed by (match/analyse.ts).
  for (const n of a.names) wholeName(n.literal, visit)
  for (const n of a.names) for (const f of n.forms) {
    for (const t of f.tokens) {
      visit('t', t.text, 0, t.text.length, KEY_WEIGHT.t)
      visit('s', t.skel, 0, t.skel.length, KEY_WEIGHT.s)
      // Trigrams of words of four letters or more, sharing the weight of one key.
      const grams = t.text.length - 2
      if (grams >= 2) for (let i = 0; i < grams; i++) visit('g', t.text, i, i + 3, KEY_WEIGHT.g / grams)
      if (person && t.kind === 'word') givenNames(t.text, visit, query)
    }
    joinedSyllables(f.tokens, visit)
    wholeName(f.text, visit)
  }
  // A weak alias matches only a query that is it: keyed as a whole name, so such a query has its
  // entity as a candidate (search.ts). As a token key its joined words met no query's key. Also
  // by its words' skeletons, which a name read from Arabic script meets (weakAliasMatch).
  for (const w of a.weak.keys()) {
    wholeName(w, visit)
    wholeName(SKELETONS + skeletonWords(w), visit)
  }
  if (query) for (const n of a.names) for (const f of n.forms) if (f.via.includes(ARABIC_VIA)) wholeName(SKELETONS + skeletonWords(f.text), visit)
  for (const id of a.ids.keys()) visit('i', id, 0, id.length, KEY_WEIGHT.i)
}

/**
 * Two syllables written apart are also keyed as the word they make when written together
 * ("hua xin" also as "huaxin", "hong kong" as "hongkong"): on both sides, so a spaced query meets
 * a joined name (its pair key is the name's word) and a joined query a spaced name (its word is
 * the name's pair key). Only pairs of pinyin syllables, whatever their kind (Hong Kong is a place),
 * as the analysis leaves them apart (a surname, a place) or never joins them (not Chinese).
 */
function joinedSyllables(tokens: Token[], visit: KeyVisitor): void {
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1].text, tokens[i].text]
    if (a.length < 2 || b.length < 2 || !PINYIN_SYLLABLES.has(a) || !PINYIN_SYLLABLES.has(b)) continue
    const joined = a + b
    visit('t', joined, 0, joined.length, KEY_WEIGHT.t)
  }
}

/**
 * A name form as one key, its spaces left out: a query that is a listed name finds it first,
 * however common its words (KIM, Chol among a hundred KIM CHOL NAMs; a vessel MARIA among the
 * persons named Maria), and however its syllables are grouped (nan fengzhixing, nanfengzhixing).
 */
function wholeName(text: string, visit: KeyVisitor): void {
  const whole = wholeNameHash(text)
  visit('w', whole, 0, whole.length, KEY_WEIGHT.w)
}

/**
 * A whole name as a short key: a 32-bit FNV-1a hash of its letters without spaces, in base 36.
 * Nearly every name is a key of its own, so their text was most of the key table (117 MB more
 * at a million entities); two names of one hash only give each other a candidate, which the
 * matcher then scores as any other.
 */
export function wholeNameHash(text: string): string {
  return hash(text, 32).toString(36)
}

/** Keys of a given name and its short forms: a query's Bill finds William, William finds Bill. */
function givenNames(text: string, visit: KeyVisitor, query: boolean): void {
  const k = givenNameKeys(text)
  if (!query) for (const full of k.listed) visit('n', full, 0, full.length, KEY_WEIGHT.n)
  else {
    for (const full of k.queriedGroup) visit('n', full, 0, full.length, KEY_WEIGHT.n)
    for (const full of k.queriedFull) visit('t', full, 0, full.length, KEY_WEIGHT.n)
  }
}
