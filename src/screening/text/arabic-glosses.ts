import { arabicKey, normaliseArabic } from './arabic.js'
import { AR_GLOSSES, AR_NAMES } from './glosses-ar.js'
import { alternatives, type Span } from './glosses.js'

/**
 * English readings of the common words of Arabic-script organisation names (the table is
 * glosses-ar.ts): شبكة حقاني is also read "network hqany", as lists write it HAQQANI NETWORK.
 * A word is looked up without the article (split off before, arabic-names.ts) and without a
 * prefix glued to it: و "and", ب "in", ل / لل "for" (للصرافة, "for money exchange").
 */

interface Gloss {
  english: string[]
  common: boolean
}

function table(rows: Record<string, string>, common: boolean): Map<string, Gloss> {
  const out = new Map<string, Gloss>()
  for (const [arabic, value] of Object.entries(rows)) {
    const k = arabicKey(arabic)
    if (out.has(k)) throw new Error(`arabic gloss table: "${arabic}" is listed twice (as ${k})`)
    out.set(k, { english: alternatives(value), common })
  }
  return out
}

const GLOSSES = new Map([...table(AR_GLOSSES, true), ...table(AR_NAMES, false)])

/**
 * The gloss of a word without article or prefix, if the table has it; a feminine ending (ة,
 * written or as ه) read as the table's masculine form: الاسلامية as اسلامي, "islamic".
 */
export function arabicGlossOf(stem: string): Gloss | undefined {
  const k = arabicKey(stem)
  return (
    GLOSSES.get(k) ?? (k.length > 3 && k.endsWith('ه') ? GLOSSES.get(k.slice(0, -1)) : undefined)
  )
}

// A prefix with the article is unambiguous once three letters are left; a bare one letter
// (وليد, بلاد, لمتد) is a prefix only when the rest is a word of the table.
const WITH_ARTICLE: [string, string][] = [
  ['وال', 'and'],
  ['بال', 'in'],
  ['لل', 'for'],
]
const BARE: [string, string][] = [
  ['و', 'and'],
  ['ب', 'in'],
  ['ل', 'for'],
]

/** A word's glued prefix in English (و "and") and the word left, without its article. */
export function splitArabicPrefix(word: string): { prefix?: string; stem: string } {
  const w = normaliseArabic(word)
  if (w.length > 3 && w.startsWith('ال')) return { stem: w.slice(2) }
  if (arabicGlossOf(w)) return { stem: w }
  for (const [p, english] of WITH_ARTICLE)
    if (w.startsWith(p) && w.length - p.length >= 3)
      return { prefix: english, stem: w.slice(p.length) }
  for (const [p, english] of BARE) {
    const rest = w.slice(p.length)
    if (w.startsWith(p) && rest.length >= 3 && arabicGlossOf(rest))
      return { prefix: english, stem: rest }
  }
  return { stem: w }
}

const ARABIC_LETTER = /\p{Script=Arabic}/u

/**
 * Splits the words of a name (the article a word of its own, "al") into spans: a table word with
 * its article before it and its prefix, else a word alone.
 */
export function arabicSpans(words: string[]): Span[] {
  const spans: Span[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const article = w === 'al' && i + 1 < words.length && ARABIC_LETTER.test(words[i + 1])
    const word = article ? words[i + 1] : w
    if (!ARABIC_LETTER.test(word)) {
      spans.push({ words: [w], common: false })
      continue
    }
    const { prefix, stem } = splitArabicPrefix(word)
    const gloss = arabicGlossOf(stem)
    if (!gloss) {
      spans.push({ words: [w], common: false })
      continue
    }
    const english = gloss.english.map((g) => (prefix ? `${prefix} ${g}` : g))
    spans.push({ words: article ? [w, word] : [w], english, common: gloss.common })
    if (article) i++
  }
  return spans
}
