import type { CyrillicScheme } from './cyrillic.js'
import { RU_GLOSSES, RU_NAMES } from './glosses-ru.js'
import { extractLegalForms, type LegalForm } from './legal-forms.js'
import { kindOf, makeToken, romanise, type Token, type TokenKind } from './tokens.js'

/**
 * Translation glosses: a Han or Cyrillic organisation name is also read with its common words in
 * English (the tables are glosses-zh.ts and glosses-ru.ts), next to its pinyin or transliterated
 * reading, since lists carry such names either way.
 */

/** Marks a reading with words in English; name-score.ts relaxes word order and the common-words cap for it. */
export const GLOSS_VIA = 'English words'

/** The alternative glosses of a table value ("group | corporation"), most common first. */
export function alternatives(value: string): string[] {
  return value
    .split('|')
    .map((g) => g.trim())
    .filter((g) => g.length > 0)
}

/**
 * Kind of a word of a gloss: a translated common word weighs as a generic word ("aerospace",
 * "concern"), whatever the Latin tables say, so it never carries a match; particles and places
 * keep their own (lower or equal) weight.
 */
export function glossKind(word: string): TokenKind {
  const k = kindOf(word)
  return k === 'particle' || k === 'place' ? k : 'generic'
}

/**
 * Which gloss each glossed word takes, reading by reading (-1: the word transliterated, when
 * `mixed`). Every combination would grow as a product, so: every word its first gloss, then one
 * word at a time another (航天 as "space"); with `mixed`, also every word transliterated but one
 * (NPO Mashinostroyeniya: the phrase as its abbreviation, the rest as written). A reading a
 * change away from the listed one leaves at most a common word unmatched, which costs little.
 */
export function glossChoices(counts: number[], mixed = false): number[][] {
  const out = new Map<string, number[]>()
  const add = (c: number[]) => out.set(c.join(), c)
  const first = counts.map(() => 0)
  if (counts.length) add(first)
  counts.forEach((n, i) => {
    for (let k = mixed ? -1 : 1; k < n; k++) add(first.map((_, j) => (j === i ? k : 0)))
    if (mixed) for (let k = 0; k < n; k++) add(counts.map((_, j) => (j === i ? k : -1)))
  })
  return [...out.values()]
}

const GLOSS_LINKS = new Set(['and', 'in', 'for', 'of', 'the'])

/** Tokens of one gloss, and the legal form it names, if any (corporation -> Inc, as in Latin). */
export function glossTokens(
  gloss: string,
  kind?: TokenKind
): { tokens: Token[]; forms: LegalForm[] } {
  const { rest, forms } = extractLegalForms(gloss.split(' '))
  // A linking word before a name's gloss (و "and" glued to الشام, "and levant") stays weak.
  const kindOfWord = (w: string) => (kind && !GLOSS_LINKS.has(w) ? kind : glossKind(w))
  return { tokens: rest.map((w) => makeToken(w, kindOfWord(w))), forms }
}

/** Some words of a name: as written, and their English glosses when a table knows them. */
export interface Span {
  words: string[]
  english?: string[]
  /** A common word (weighs as generic in English), not a firm's own name (Ростех). */
  common: boolean
}

// Case endings of Russian nouns and adjectives: a table phrase in the nominative also matches
// "концерна", "торгового дома", "научно-производственного объединения".
// prettier-ignore
const ENDINGS = new Set([
  '', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'й', 'ь', 'ом', 'ем', 'ой', 'ей', 'ам', 'ям', 'ах', 'ях',
  'ов', 'ев', 'ами', 'ями', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему',
  'ым', 'им', 'ую', 'юю', 'ых', 'их', 'ыми', 'ими', 'ия', 'ии', 'ию', 'ием', 'иям', 'иях', 'иями',
])
const MIN_STEM = 3

const fold = (w: string) => w.replace(/ё/g, 'е')

/** The stem of a nominative word. A final -о is kept: the words ending so here do not decline (радио, научно-). */
export function stemOf(word: string): string {
  const w = fold(word)
  for (let n = 4; n >= 1; n--) {
    const end = w.slice(-n)
    if (end !== 'о' && ENDINGS.has(end) && w.length - n >= MIN_STEM) return w.slice(0, -n)
  }
  return w
}

interface Entry {
  stems: string[]
  english: string[]
  common: boolean
  phrase: string
}

/** A phrase table by the stem of each entry's first word; stems must not repeat (one entry per word). */
export function glossTable(
  common: Record<string, string>,
  names: Record<string, string>
): Map<string, Entry[]> {
  const byStem = new Map<string, Entry[]>()
  const seen = new Map<string, string>()
  const add = (phrase: string, value: string, isCommon: boolean) => {
    const stems = phrase.split(' ').map(stemOf)
    const key = stems.join(' ')
    const other = seen.get(key)
    if (other)
      throw new Error(`gloss table: "${phrase}" and "${other}" have the same stems (${key})`)
    seen.set(key, phrase)
    const list = byStem.get(stems[0]) ?? []
    list.push({ stems, english: alternatives(value), common: isCommon, phrase })
    byStem.set(
      stems[0],
      list.sort((a, b) => b.stems.length - a.stems.length)
    )
  }
  for (const [p, v] of Object.entries(common)) add(p, v, true)
  for (const [p, v] of Object.entries(names)) add(p, v, false)
  return byStem
}

const RU = glossTable(RU_GLOSSES, RU_NAMES)

/** Whether `word` is `stem` plus a case ending. */
function inflects(word: string, stem: string): boolean {
  return word.startsWith(stem) && ENDINGS.has(word.slice(stem.length))
}

/** Table entries a word may start: every split of it into a known stem and an ending. */
function entriesFor(word: string, table: Map<string, Entry[]>): Entry[] {
  const out: Entry[] = []
  for (let n = 0; n <= 4 && n < word.length; n++) {
    const list = table.get(word.slice(0, word.length - n))
    if (list && ENDINGS.has(word.slice(word.length - n))) out.push(...list)
  }
  return out.sort((a, b) => b.stems.length - a.stems.length)
}

/** Splits lowercase words into spans, the longest table phrase first at each word. */
export function russianSpans(words: string[], table = RU): Span[] {
  const spans: Span[] = []
  const folded = words.map(fold)
  for (let i = 0; i < words.length;) {
    const hit = entriesFor(folded[i], table).find(
      (e) =>
        i + e.stems.length <= words.length && e.stems.every((s, k) => inflects(folded[i + k], s))
    )
    if (hit) {
      spans.push({
        words: words.slice(i, i + hit.stems.length),
        english: hit.english,
        common: hit.common,
      })
      i += hit.stems.length
    } else spans.push({ words: [words[i++]], common: false })
  }
  return spans
}

/** One reading of the Latin and Cyrillic words of a name. */
export interface Reading {
  tokens: Token[]
  forms: LegalForm[]
  glossed: boolean
}

/**
 * The readings of spans in one transliteration scheme: every word transliterated, then, when
 * `gloss`, the readings with some words in English (glossChoices).
 */
export function readSpans(spans: Span[], scheme: CyrillicScheme, gloss = true): Reading[] {
  const translit = (s: Span) =>
    s.words
      .map((w) => romanise(w, scheme))
      .filter((t) => t.length > 0)
      .map((t) => makeToken(t))
  const out: Reading[] = [{ tokens: spans.flatMap(translit), forms: [], glossed: false }]
  const glossed = spans.filter((s) => s.english)
  const choices = gloss
    ? glossChoices(
        glossed.map((s) => s.english!.length),
        true
      )
    : []
  for (const choice of choices) {
    const tokens: Token[] = []
    const forms: LegalForm[] = []
    for (const s of spans) {
      const k = s.english ? choice[glossed.indexOf(s)] : -1
      if (k < 0) {
        tokens.push(...translit(s))
        continue
      }
      const g = glossTokens(s.english![k], s.common ? undefined : 'word')
      tokens.push(...g.tokens)
      for (const f of g.forms) if (!forms.some((x) => x.code === f.code)) forms.push(f)
    }
    out.push({ tokens, forms, glossed: choice.some((k) => k >= 0) })
  }
  return out
}
