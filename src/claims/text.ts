import nlp from 'compromise'

// Sentences, words and numbers come from compromise (a maintained English NLP library): it splits
// sentences, keeps "machine-tool" as two words, marks possessives, years, months and percentages,
// and reads "$1.2bn", "two-thirds" or "70 per cent" as numbers. The claims code reads its tags.

/** One word of a sentence as compromise tagged it, with `key` its lowercase form without a possessive. */
export interface Token {
  i: number
  text: string
  /** Lowercase, no possessive ending, no trailing punctuation: "Russia’s" -> "russia". */
  key: string
  tags: Set<string>
  possessive: boolean
  /** Offsets in the sentence's text. */
  start: number
  end: number
}

/** A number compromise found in a sentence, over tokens first..last. */
export interface NumberSpan {
  first: number
  last: number
  text: string
  num: number
  prefix: string
  suffix: string
  unit: string
}

export interface Sentence {
  text: string
  tokens: Token[]
  numbers: NumberSpan[]
}

interface TermJson {
  text: string
  normal: string
  tags: string[]
  offset: { start: number; length: number }
}
interface NumberJson {
  text: string
  offset: { start: number; length: number }
  number: { prefix?: string; num: number; suffix?: string; unit?: string }
}

/** The sentences of a text (a line break that ends a paragraph ends a sentence too). */
export function splitSentences(text: string): string[] {
  const out: string[] = []
  for (const block of text.split(/\n\s*\n|\r?\n/)) {
    const trimmed = block.trim()
    if (!trimmed) continue
    for (const s of nlp(trimmed).json() as { text: string }[]) if (s.text.trim()) out.push(s.text.trim())
  }
  return out
}

/** One sentence's tokens and numbers. */
export function readSentence(text: string): Sentence {
  // compromise reads "$8.77 billion" but not "US$8.77 billion"; spaces keep the length, so offsets hold.
  const doc = nlp(text.replace(/\bUS\$(?=\d)/g, '  $'))
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]).flatMap((s) => s.terms)
  const tokens = terms.map((t, i): Token => {
    const tags = new Set(t.tags)
    const key = t.normal.replace(/['’]s?$/, '').replace(/[.,;:!?]+$/, '')
    return { i, text: t.text, key, tags, possessive: tags.has('Possessive') || /['’]s?$/.test(t.normal), start: t.offset.start, end: t.offset.start + t.offset.length }
  })
  const numbers = (doc.numbers().json({ offset: true }) as NumberJson[]).flatMap((n): NumberSpan[] => {
    const start = n.offset.start
    const end = start + n.offset.length
    const covered = tokens.filter((t) => t.start < end && t.end > start)
    if (!covered.length || !Number.isFinite(n.number?.num)) return []
    const { prefix = '', suffix = '', unit = '' } = n.number
    return [{ first: covered[0].i, last: covered.at(-1)!.i, text: n.text.replace(/[.,;:]+$/, ''), num: n.number.num, prefix, suffix, unit }]
  })
  return { text, tokens, numbers }
}
