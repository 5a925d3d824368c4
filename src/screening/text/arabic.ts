import anyAscii from 'any-ascii'
import { ABD_NAMES, COMMON_NAMES } from './arabic-names-data.js'

/**
 * Arabic script (Arabic, Persian, Urdu, Pashto letters) read as Latin. The script leaves out
 * short vowels, so no one romanisation is right: محمد is Muhammad, Mohammed and Mohamed. A word
 * is read two ways: a common name (arabic-names-data.ts) as its usual Latin spelling, which
 * name-variants.ts makes equal to the other spellings; any other word letter by letter, with
 * long vowels and consonants only (حسين -> hsyn, التكريتي -> al tkryty), which the matcher
 * compares with its short vowels unknown (match/unvocalised.ts).
 *
 * No npm package reads names acceptably: arabic-name-to-en guesses vowels letter by letter
 * ("Abad Alrahamun" for عبد الرحمن) and has no Persian letters; any-ascii and
 * @sindresorhus/transliterate read consonants only and drop the article's alef (lrhmn). any-ascii
 * stays the reader of the rare letters the table below lacks.
 */

/** Label of a name form read from Arabic script, shown in a hit's explanation. */
export const ARABIC_VIA = 'Arabic script read as Latin'

// Short vowels and other marks (harakat, Quranic signs), tatweel: dropped.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u06d6-\u06ed\u0640]/g
/** Letters of one sound written differently in Persian, Urdu, Pashto and Kurdish, and alef forms. */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', '\u0670': 'ا',
  'ک': 'ك', 'ڪ': 'ك', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي', 'ێ': 'ي', 'ۓ': 'ي',
  'ہ': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ۃ': 'ة', 'ە': 'ه', 'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ۋ': 'و',
}
/** One reading per letter: long vowels a (ا), w/u (و), y (ي); e for ayn and hamza (a vowel, or nothing). */
const LETTER: Record<string, string> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh',
  'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'e',
  'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w',
  'ي': 'y', 'ء': 'e', 'ؤ': 'e', 'ئ': 'e', 'ة': 'a', 'ى': 'a',
  // Persian and Urdu
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ٹ': 't', 'ڈ': 'd', 'ڑ': 'r', 'ں': 'n',
  // Pashto and Kurdish
  'ټ': 't', 'ډ': 'd', 'ړ': 'r', 'ږ': 'zh', 'ښ': 'sh', 'ځ': 'z', 'څ': 's', 'ڼ': 'n', 'ڤ': 'v',
  'ڵ': 'l', 'ڕ': 'r',
}

/** A word with marks dropped and variant letters folded (the spelling dictionaries compare). */
export function normaliseArabic(word: string): string {
  let out = ''
  for (const ch of word.replace(MARKS, '')) out += FOLD[ch] ?? ch
  return out
}

/** Key of a word in the name tables: also ta marbuta as ha and alif maqsura as ya, as writers mix them. */
export const arabicKey = (word: string): string => normaliseArabic(word).replace(/ة/g, 'ه').replace(/ى/g, 'ي')

function table(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const line of text.trim().split('\n')) {
    const [arabic, latin] = line.split(':')
    for (const a of arabic.split('|')) out.set(arabicKey(a.trim()), latin.trim().split(/\s+/))
  }
  return out
}

const NAMES = table(COMMON_NAMES)
const GOD_NAMES = table(ABD_NAMES)
/** Every Latin spelling of a common name or a name of God, by spelling: its usual spelling first. */
export const LATIN_SPELLINGS: readonly (readonly string[])[] = [...NAMES.values(), ...GOD_NAMES.values()]

const READINGS = new Set(LATIN_SPELLINGS.map((s) => s[0]))
const SPELLINGS = new Set([...NAMES.values()].flat())
/** Whether a Latin word is a listed spelling of a common name (bakar, hamza). */
export const isNameSpelling = (latin: string): boolean => SPELLINGS.has(latin)
/** Whether a Latin word is how a common name in Arabic script is read (muhammad, rahman). */
export const isNameReading = (latin: string): boolean => READINGS.has(latin)

/** The usual Latin spelling of a common name or name of God written in Arabic script, if listed. */
export function commonNameReading(word: string): string | undefined {
  const k = arabicKey(word)
  return (NAMES.get(k) ?? GOD_NAMES.get(k))?.[0]
}


/**
 * A word letter by letter: consonants, long vowels, e for ayn, hamza and a word-initial alef
 * (whose vowel the script leaves unwritten: احمد Ahmad, ابراهيم Ibrahim, اسامة Usama). Waw is w
 * at the start or beside a vowel (وليد wlyd, جواد jwad) and u after a consonant (محمود mhmud).
 */
export function spellArabic(word: string): string {
  const chars = [...normaliseArabic(word)]
  const units: string[] = []
  chars.forEach((ch, i) => {
    let u = LETTER[ch]
    if (u === undefined) u = /[0-9]/.test(ch) ? ch : anyAscii(ch).toLowerCase().replace(/[^a-z]/g, '')
    if (i === 0 && u === 'a') u = 'e'
    if (u === 'w' && i > 0) {
      const prev = units[units.length - 1]
      const next = LETTER[chars[i + 1]]
      // After a long vowel, or a word-initial vowel (عون Awn), waw is a consonant.
      const afterVowel = prev === 'a' || prev === 'u' || (i === 1 && prev === 'e')
      if (!afterVowel && next !== 'a' && next !== 'y') u = 'u'
    }
    units.push(u)
  })
  return units.join('')
}

/**
 * Reads one Arabic-script word (no article, see arabic-names.ts) as lowercase ASCII. A name
 * glued to Allah (هدايتالله) reads its article's alef as e, a vowel the script leaves open:
 * Hidayatullah, Hidayatallah and Hedayatollah are all written so.
 */
export function readArabic(word: string): string {
  const known = commonNameReading(word)
  if (known) return known
  const w = normaliseArabic(word)
  if (w.length > 4 && w.endsWith('الله')) return spellArabic(w.slice(0, -4)) + 'ellh'
  return spellArabic(w)
}
