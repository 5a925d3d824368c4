import { distance } from 'fastest-levenshtein'
import { arabicGlossOf, splitArabicPrefix } from '../screening/text/arabic-glosses.js'
import { arabicNameWords } from '../screening/text/arabic-names.js'
import { normaliseArabic } from '../screening/text/arabic.js'
import { foldLatin } from '../screening/text/clean.js'
import { romanise, splitWords } from '../screening/text/tokens.js'

/**
 * Aligning an Arabic-script organisation name with a Latin name of the same entity (gloss-mine.ts):
 * words whose letter-by-letter reading is a Latin word's consonants (حقاني / Haqqani) or whose
 * table gloss is a Latin word are set aside; the Arabic words left against the Latin words left
 * are the candidates. No dictionary: a candidate is a co-occurrence, confirmed only by recurring
 * across entities (the miner counts entities) and by a reviewer.
 */

/** One Arabic word (article and prefix taken off) beside the Latin words its name leaves unexplained. */
export interface ArabicCandidate {
  original: string
  english: string
  /** The pair left this word and these Latin words alone: one to one, the strongest evidence. */
  sole: boolean
}

export interface ArabicAlignment {
  candidates: ArabicCandidate[]
  /** Words that found their Latin word by reading or table: 0 means two different names. */
  anchors: number
}

// "the" and "of" have no word in Arabic (the article, the construct state); "in", "and", "for" do.
const SILENT = new Set(['the', 'of', 'al', 'el'])

/**
 * Lowercase Latin words of a name, accents folded, without words Arabic does not write and
 * without a bracket (a short form, HAQQANI NETWORK (HQN), or a note on a branch).
 */
export function arabicLatinWords(name: string): string[] {
  return splitWords(foldLatin(name.replace(/\([^()]*\)/g, ' ').toLowerCase())).filter(
    (w) => /^[a-z0-9]+$/.test(w) && !SILENT.has(w)
  )
}

/** Consonants of a reading, vowel letters and doubled letters dropped: haqqani and hqany are "qn". */
export const consonants = (s: string): string =>
  s
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/c/g, 'k')

function near(reading: string, latin: string): boolean {
  const a = consonants(reading)
  const b = consonants(latin)
  return a.length >= 2 && (a === b || (a.length >= 3 && distance(a, b) <= 1))
}

/** The Arabic words of a name: article split off (arabic-names.ts), Latin words dropped. */
function arabicWords(name: string): string[] {
  const words = arabicNameWords(splitWords(name.toLowerCase()))
  return words.filter((w) => /\p{Script=Arabic}/u.test(w)).map(normaliseArabic)
}

export function alignArabic(arabic: string, english: string): ArabicAlignment {
  const left = arabicLatinWords(english)
  const take = (pred: (w: string) => boolean) => {
    const i = left.findIndex(pred)
    if (i >= 0) left.splice(i, 1)
    return i >= 0
  }
  const originals: string[] = []
  let anchors = 0
  for (const word of arabicWords(arabic)) {
    const { stem } = splitArabicPrefix(word)
    const glosses = arabicGlossOf(stem)?.english ?? []
    const reading = romanise(stem)
    const byGloss = glosses.some((g) => g.split(' ').every((x) => left.includes(x)))
    if (byGloss) {
      for (const x of glosses.find((g) => g.split(' ').every((y) => left.includes(y)))!.split(' '))
        take((w) => w === x)
      anchors++
    } else if (take((w) => near(reading, w)) || take((w) => near(romanise(word), w))) anchors++
    else originals.push(stem)
  }
  const sole = originals.length === 1 && left.length >= 1 && left.length <= 2
  const candidates: ArabicCandidate[] = []
  if (sole) candidates.push({ original: originals[0], english: left.join(' '), sole })
  else if (left.length <= 6)
    for (const o of originals)
      for (const e of left) candidates.push({ original: o, english: e, sole: false })
  return { candidates, anchors }
}
