import vocabulary from '../hs-words.json' with { type: 'json' }
import type { Reason, Shipment } from '../model.js'
import type { Weights } from '../weights.js'
import { rawWords, stems } from '../words.js'

// Does a goods description fit its HS heading? Words, not embeddings: the description's words
// (stemmed, trade terms read as the nomenclature's words) against the words of the heading and
// its subheadings in the HS2022 nomenclature (hs-words.json, derived by hs-derive.ts), and
// against the other headings of its chapter. Words are weighed by rarity across headings
// (inverse document frequency), so "parts" counts for little and "integrated" for much.

interface Heading {
  code: string
  name: string
  words: Set<string>
}

interface Table {
  headings: Map<string, Heading>
  chapters: Map<string, { name: string; words: Set<string> }>
  idf: Map<string, number>
  /** stem -> the headings whose words hold it */
  postings: Map<string, string[]>
}

const data = vocabulary as unknown as {
  chapters: Record<string, string>
  headings: Record<string, [string, string]>
}
export const HS_WORDS_SOURCE = (vocabulary as { _source: string })._source

let table: Table | undefined
function hsTable(): Table {
  if (table) return table
  const headings = new Map<string, Heading>()
  const chapters = new Map<string, { name: string; words: Set<string> }>()
  const postings = new Map<string, string[]>()
  for (const [code, [name, text]] of Object.entries(data.headings)) {
    const words = new Set(text.split(' ').filter(Boolean))
    headings.set(code, { code, name, words })
    const ch = code.slice(0, 2)
    if (!chapters.has(ch)) chapters.set(ch, { name: data.chapters[ch] ?? ch, words: new Set() })
    for (const w of words) {
      chapters.get(ch)!.words.add(w)
      if (!postings.has(w)) postings.set(w, [])
      postings.get(w)!.push(code)
    }
  }
  const idf = new Map([...postings].map(([w, hs]) => [w, Math.log(headings.size / hs.length)]))
  return (table = { headings, chapters, idf, postings })
}

/** How a description fits a heading: the words it shares with the heading, with only the chapter, and the heading its words fit best. */
export interface Fit {
  verdict: 'fits' | 'chapter_only' | 'no_fit' | 'not_judged'
  heading?: Heading
  /** The description's words found in the heading, and in the chapter (the heading included). */
  matched: string[]
  chapterMatched: string[]
  known: string[]
  best?: Heading
  note?: string
}

/** The fit of one description to one HS code (pure; the nomenclature table is data). */
export function descriptionFit(description: string, hs: string): Fit {
  const t = hsTable()
  const heading = t.headings.get(hs.slice(0, 4))
  const none = { matched: [], chapterMatched: [], known: [] }
  if (!heading)
    return {
      verdict: 'not_judged',
      ...none,
      note: `heading ${hs.slice(0, 4)} is not in the HS2022 nomenclature`,
    }
  // Each original word with its stems, so the answer quotes the words as written.
  const words = [...new Set(rawWords(description))]
    .map((w) => ({ w, s: stems(w, { trade: true }) }))
    .filter((x) => x.s.length)
  const known = words.filter((x) => x.s.some((s) => t.postings.has(s)))
  if (!known.length)
    return {
      verdict: 'not_judged',
      heading,
      ...none,
      note: 'no word of the description is in the HS nomenclature',
    }
  const chapter = t.chapters.get(heading.code.slice(0, 2))!
  const weight = (x: { s: string[] }) => Math.max(...x.s.map((s) => t.idf.get(s) ?? 0))
  const total = known.reduce((a, x) => a + weight(x), 0)
  const inHeading = known.filter((x) => x.s.some((s) => heading.words.has(s)))
  const inChapter = known.filter((x) => x.s.some((s) => chapter.words.has(s)))
  const share = (xs: typeof known) => xs.reduce((a, x) => a + weight(x), 0) / total
  const best = bestHeading(
    known.flatMap((x) => x.s),
    t
  )
  // Words shared with a chapter of a hundred headings ("leather" with chapter 84's leather-working
  // machines) are a partial fit only when the heading they fit best is in that chapter too.
  const sameChapter = best?.code.slice(0, 2) === heading.code.slice(0, 2)
  const verdict =
    share(inHeading) >= FIT_SHARE
      ? 'fits'
      : share(inChapter) >= FIT_SHARE && sameChapter
        ? 'chapter_only'
        : 'no_fit'
  return {
    verdict,
    heading,
    matched: inHeading.map((x) => x.w),
    chapterMatched: inChapter.map((x) => x.w),
    known: known.map((x) => x.w),
    best,
  }
}

/**
 * The share of the description's weight (its known words' IDF) that must be found in the
 * heading for the description to fit it, or in the chapter for a partial fit. Half: a common
 * word ("parts", "goods") added to unrelated words does not make them fit.
 */
export const FIT_SHARE = 0.5

/**
 * The heading the description's words fit best: the sum of the IDF of the words it shares,
 * over the square root of the heading's word count (a TF-IDF cosine with binary term weights),
 * so a heading listing hundreds of goods does not win by size; ties to the lower code.
 */
function bestHeading(descStems: string[], t: Table): Heading | undefined {
  const score = new Map<string, number>()
  for (const s of new Set(descStems))
    for (const h of t.postings.get(s) ?? [])
      score.set(h, (score.get(h) ?? 0) + t.idf.get(s)! / Math.sqrt(t.headings.get(h)!.words.size))
  let best: string | undefined
  for (const [h, v] of score)
    if (best === undefined || v > score.get(best)! || (v === score.get(best)! && h < best)) best = h
  return best ? t.headings.get(best) : undefined
}

const quoted = (ws: string[]) => ws.map((w) => `"${w}"`).join(', ')

/** The description shares no word with its heading: points, with the words and the heading they fit better. */
export function descriptionFactor(w: Weights): (s: Shipment) => Reason | undefined {
  const cache = new Map<string, Reason | undefined>()
  return (s) => {
    if (!s.description) return undefined
    const key = `${s.hs.slice(0, 4)}\u0000${s.description}`
    if (!cache.has(key))
      cache.set(key, reasonOf(descriptionFit(s.description, s.hs), s.description))
    return cache.get(key)
  }

  function reasonOf(f: Fit, description: string): Reason | undefined {
    if (f.verdict === 'fits' || f.verdict === 'not_judged') return undefined
    const h = f.heading!
    const chapter = hsTable().chapters.get(h.code.slice(0, 2))!
    const better =
      f.best && f.best.code !== h.code
        ? `; its words fit heading ${f.best.code} (${f.best.name}) best`
        : ''
    if (f.verdict === 'chapter_only')
      return {
        factor: 'description_fit',
        points: w.points.description_chapter_only,
        why: `description ${JSON.stringify(description)}: ${f.matched.length ? `only ${quoted(f.matched)}, a small part of its words, matches` : 'no word matches'} heading ${h.code} (${h.name}); ${quoted(f.chapterMatched)} match other headings of chapter ${h.code.slice(0, 2)} (${chapter.name})${better}`,
      }
    return {
      factor: 'description_fit',
      points: w.points.description_no_fit,
      why: `description ${JSON.stringify(description)} does not fit HS ${h.code}: ${f.chapterMatched.length ? `only ${quoted(f.chapterMatched)}, a small part of its words (${quoted(f.known)}), is` : `none of its words (${quoted(f.known)}) is`} in heading ${h.code} (${h.name}) or chapter ${h.code.slice(0, 2)} (${chapter.name})${better}`,
    }
  }
}
