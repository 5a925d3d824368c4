import { distance } from 'fastest-levenshtein'
import { alternatives, russianSpans } from '../screening/text/glosses.js'
import { segmentHan } from '../screening/text/han-names.js'
import { HAN_GLOSSES, HAN_PLACE_GLOSSES } from '../screening/text/glosses-zh.js'
import { toPinyin } from '../screening/text/han.js'
import { extractLegalForms, splitGluedForm } from '../screening/text/legal-forms.js'
import { romanise, splitWords } from '../screening/text/tokens.js'
import { foldLatin } from '../screening/text/clean.js'

/**
 * Aligning a name in its own script (or in pinyin) with the English name of the same entity,
 * to find which original word stands for which English word (gloss-mine.ts). Pure: the
 * dictionary comes in as an argument.
 */

/** What the miner asks of a Chinese-English dictionary (CC-CEDICT in gloss-mine.ts). */
export interface Dictionary {
  /** Lowercase English words of a word's senses; empty when the word is not in it. */
  senses(han: string): string[]
  /** Simplified words whose toneless pinyin, syllables joined ("jixie"), is this. */
  byPinyin(joined: string): string[]
}

/** One original word read as English: `confirmed` when the dictionary has that sense. */
export interface Candidate {
  original: string
  english: string
  confirmed: boolean
}

/**
 * The candidates of one pair, and how many of its original words an English word already
 * stands for (pinyin, transliteration or a table gloss): 0 means the two names are not
 * translations of each other but different names (ЦСТ / Zala Aero).
 */
export interface Alignment {
  candidates: Candidate[]
  anchors: number
}

// "and", "of", "the" join English words of a gloss; they carry no meaning of their own.
const LINKS = new Set(['and', 'of', 'the', 'for', 'in'])

/** The words of a Latin name: lowercase, accents folded, legal forms and linking words dropped. */
export function latinWords(name: string): string[] {
  const words = splitWords(foldLatin(name.toLowerCase())).filter((w) => /^[a-z0-9]+$/.test(w))
  return extractLegalForms(words.flatMap(splitGluedForm)).rest.filter((w) => !LINKS.has(w))
}

/** English words left to explain; `take` removes a reading found among them. */
class Leftover {
  constructor(public words: string[]) {}
  /** Removes the words of `reading` (spaced, or glued as "hongkong"); true if all were found. */
  take(reading: string): boolean {
    const parts = reading.split(' ').filter((w) => w && !LINKS.has(w))
    const glued = parts.join('')
    for (let i = 0; i < this.words.length; i++) {
      for (let j = i + 1; j <= this.words.length; j++) {
        if (this.words.slice(i, j).join('') === glued) {
          this.words.splice(i, j - i)
          return true
        }
      }
    }
    if (parts.length > 1 && parts.every((p) => this.words.includes(p))) {
      for (const p of parts) this.words.splice(this.words.indexOf(p), 1)
      return true
    }
    return false
  }
}

/** Whether an English word is one of a dictionary sense's words (or shares a 5-letter stem). */
export function senseHas(senses: string[], word: string): boolean {
  return senses.some(
    (s) => s === word || (s.length >= 5 && word.length >= 5 && s.slice(0, 5) === word.slice(0, 5))
  )
}

/** Dictionary words of a Han chunk, longest first from the left; unknown characters alone. */
export function dictionaryWords(chunk: string, dict: Dictionary): string[] {
  const out: string[] = []
  for (let i = 0; i < chunk.length;) {
    let n = Math.min(4, chunk.length - i)
    while (n > 1 && !dict.senses(chunk.slice(i, i + n)).length) n--
    out.push(chunk.slice(i, i + n))
    i += n
  }
  return out
}

/** Candidates from words left on both sides: the dictionary decides, else one word vs one phrase. */
function pairLeftovers(originals: string[], english: Leftover, dict?: Dictionary): Candidate[] {
  const out: Candidate[] = []
  for (const o of originals) {
    const senses = dict?.senses(o) ?? []
    const hit = english.words.find((w) => senseHas(senses, w))
    if (hit) {
      out.push({ original: o, english: hit, confirmed: true })
      english.words.splice(english.words.indexOf(hit), 1)
    }
  }
  const rest = originals.filter((o) => !out.some((c) => c.original === o))
  if (rest.length === 1 && english.words.length >= 1 && english.words.length <= 3)
    out.push({ original: rest[0], english: english.words.join(' '), confirmed: false })
  return out
}

/** Candidates of a Han name against its English name, after the table words are accounted for. */
export function alignHan(han: string, english: string, dict: Dictionary): Alignment {
  const words = splitWords(han).filter((w) => /\p{Script=Han}/u.test(w))
  const starts = words.map((_, i) => words.slice(0, i).join('').length)
  const { segments } = segmentHan(words.join(''), starts)
  const left = new Leftover(latinWords(english))
  const originals: string[] = []
  let anchors = 0
  for (const s of segments) {
    const glosses = s.kind === 'generic' ? (GLOSSES.get(s.han) ?? []) : (PLACES.get(s.han) ?? [])
    if (left.take(toPinyin(s.written)) || glosses.some((g) => left.take(g))) anchors++
    else if (s.kind === 'chunk') anchors += takeRuns(dictionaryWords(s.han, dict), left, originals)
  }
  return { candidates: pairLeftovers(originals, left, dict), anchors }
}

/**
 * Takes the longest runs of words whose pinyin is an English word (华 信 as "huaxin"); the words
 * left go to `originals`, single unknown characters in a row joined again (船 务 -> 船务).
 */
function takeRuns(words: string[], left: Leftover, originals: string[]): number {
  let anchors = 0
  let pending = ''
  const flush = () => {
    if (pending) originals.push(pending)
    pending = ''
  }
  for (let i = 0; i < words.length;) {
    let j = words.length
    while (j > i && !left.take(toPinyin(words.slice(i, j).join('')))) j--
    if (j > i) {
      flush()
      anchors++
      i = j
    } else if (words[i].length === 1 && pending.length < 4) {
      pending += words[i++]
    } else {
      flush()
      originals.push(words[i++])
    }
  }
  flush()
  return anchors
}

/** Candidates of a Cyrillic name against its English name (no dictionary: one word vs one phrase). */
export function alignCyrillic(cyrillic: string, english: string): Alignment {
  const words = extractLegalForms(splitWords(cyrillic.toLowerCase())).rest
  const left = new Leftover(latinWords(english))
  const originals: string[] = []
  let anchors = 0
  for (const span of russianSpans(words)) {
    const latin = span.words.map((w) => romanise(w)).join(' ')
    if (span.english?.some((g) => left.take(g)) || left.take(latin) || takeNear(left, latin))
      anchors++
    else originals.push(span.words.join(' '))
  }
  return { candidates: pairLeftovers(originals, left), anchors }
}

/** Takes an English word within a small edit distance of a transliteration (Aeroskan / Aeroscan). */
function takeNear(left: Leftover, latin: string): boolean {
  const i = left.words.findIndex(
    (w) => latin.length >= 4 && distance(w, latin) <= Math.floor(latin.length / 4)
  )
  if (i < 0) return false
  left.words.splice(i, 1)
  return true
}

/**
 * Whether a Latin name is written in pinyin: every word splits into syllables the dictionary
 * knows, and some word is a dictionary word of two syllables or more ("JINGMI", "JIXIE").
 */
export function isPinyinName(name: string, syllables: Set<string>, dict: Dictionary): boolean {
  const words = latinWords(name)
  return (
    words.length >= 2 &&
    words.every((w) => splitSyllables(w, syllables) !== undefined) &&
    words.some(
      (w) => (splitSyllables(w, syllables)?.length ?? 0) >= 2 && dict.byPinyin(w).length > 0
    )
  )
}

/** A word as pinyin syllables (longest first, backtracking), or undefined when it is not pinyin. */
export function splitSyllables(word: string, syllables: Set<string>): string[] | undefined {
  if (!word) return []
  for (let n = Math.min(6, word.length); n >= 1; n--) {
    if (!syllables.has(word.slice(0, n))) continue
    const rest = splitSyllables(word.slice(n), syllables)
    if (rest) return [word.slice(0, n), ...rest]
  }
  return undefined
}

/**
 * Candidates of a pinyin name against an English name of the same entity ("ZHONGGUO JINGMI
 * JIXIE" / "CHINA PRECISION MACHINERY"): words both share are set aside, each pinyin word left is
 * looked up by its pinyin, and a Han word whose sense is an English word left is a candidate.
 */
export function alignPinyin(pinyinName: string, english: string, dict: Dictionary): Alignment {
  const left = new Leftover(latinWords(english))
  const out: Candidate[] = []
  let anchors = 0
  for (const w of latinWords(pinyinName)) {
    if (left.take(w)) {
      anchors++
      continue
    }
    for (const han of dict.byPinyin(w)) {
      const hit = left.words.find((e) => senseHas(dict.senses(han), e))
      if (!hit) continue
      out.push({ original: han, english: hit, confirmed: true })
      left.take(hit)
      break
    }
  }
  return { candidates: out, anchors }
}

const GLOSSES = new Map(Object.entries(HAN_GLOSSES).map(([k, v]) => [k, alternatives(v)]))
const PLACES = new Map(Object.entries(HAN_PLACE_GLOSSES).map(([k, v]) => [k, alternatives(v)]))
