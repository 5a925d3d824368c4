import { foldLatin } from './clean.js'
import { extractLegalForms } from './legal-forms.js'
import { splitWords } from './tokens.js'

/** Marks the reading of a name by the short form it ends with in brackets, shown in a hit's explanation. */
export const SHORT_FORM_VIA = 'the short form in brackets'

const TRAILING_BRACKET = /\s*\([^()]*\)\s*$/

/** A name without the bracket it ends with (DOOSTAN INTERNATIONAL COMPANY (DICO): an acronym, a place). */
export const withoutTrailingBracket = (name: string): string => name.replace(TRAILING_BRACKET, '')

/**
 * A short form in a trailing bracket: one word of capitals, no digits. Capitals: in a name
 * written in mixed case, "(Holding)" or "(Faouzi)" is a word, not a short form.
 */
const BRACKET = /\(\s*(\p{Lu}{2,8})\s*\)\s*$/u

/**
 * The short form a name ends with in brackets, when it abbreviates the words before it:
 * DOOSTAN INTERNATIONAL COMPANY (DICO) gives DICO, TEHRIK-E TALIBAN PAKISTAN (TTP) gives TTP.
 * OFAC writes whole names in capitals, so capitals alone prove nothing: what a bracket holds
 * there is as often a legal form (LLC), a place (USA, KIEV) or a word (OFFSHORE, HOLDING), and
 * those abbreviate nothing before them (OFAC SDN and ALT files in ../shared/data). Undefined for
 * anything else, and for a person's name, whose bracket is another spelling (Ahmad (Ahmed)).
 */
export function bracketShortForm(name: string, bare: string, schema: string): string | undefined {
  if (schema === 'Person') return undefined
  const m = BRACKET.exec(name)
  if (!m) return undefined
  const short = foldLatin(m[1].toLowerCase())
  if (extractLegalForms([short]).forms.length) return undefined
  const words = splitWords(foldLatin(bare.toLowerCase()))
  return abbreviates(short, words[0] === 'the' ? words.slice(1) : words) ? m[1] : undefined
}

/**
 * Whether `short` is made of the words' letters in order, as a short form is: it starts with the
 * first word's first letter; each next letter is a later letter of the same word (the CO of
 * COMPANY in DICO, the C of PETROCHEMICAL in AOPC) or the first letter of a later word, words
 * between left out (OF, AND, E); and it takes letters of two words at least (IRAN is no short
 * form of IRAN OIL).
 */
export function abbreviates(short: string, words: string[]): boolean {
  if (!words.length || short[0] !== words[0][0]) return false
  // Places already found to lead nowhere: without them, a long name of words with one initial
  // (A A A ... (AAAAAAAB)) tried every way of choosing them, seconds for forty words.
  const failed = new Set<string>()
  // Letters from `i` on, the last one taken at `k` of word `w`, `used` words so far (2 is enough).
  const rest = (i: number, w: number, k: number, used: number): boolean => {
    if (i === short.length) return used >= 2
    const key = `${i} ${w} ${k} ${used}`
    if (failed.has(key)) return false
    // The earliest place in the word is best: it leaves the most letters for what follows.
    const inWord = words[w].indexOf(short[i], k + 1)
    if (inWord >= 0 && rest(i + 1, w, inWord, used)) return true
    for (let v = w + 1; v < words.length; v++) if (words[v][0] === short[i] && rest(i + 1, v, 0, Math.min(2, used + 1))) return true
    failed.add(key)
    return false
  }
  return rest(1, 0, 0, 1)
}
