import { ARABIC_VIA } from './arabic.js'
import { arabicSpans } from './arabic-glosses.js'
import { arabicNameWords } from './arabic-names.js'
import { cleanText, foldLatin, scriptOf } from './clean.js'
import { FOLDED_VIA, foldConfusables } from './confusables.js'
import { arabicInCyrillic, type CyrillicScheme } from './cyrillic.js'
import { GLOSS_VIA, readSpans, russianSpans } from './glosses.js'
import { FOREIGN_VIA, isForeignTranscription } from './han-foreign.js'
import { hanVariants, holdsFirmWords, type HanVariant } from './han-names.js'
import { hanjaNameReadings, koreanNameReadings } from './korean.js'
import { cyrillicKoreanReadings } from './cyrillic-korean.js'
import { dropLeadingArticle, extractLegalForms, splitGluedForm, type LegalForm } from './legal-forms.js'
import { canonicalOrgTokens, looksLikeOrganisation } from './abbreviations.js'
import { joinPinyinRuns } from './pinyin.js'
import { bracketShortForm, SHORT_FORM_VIA, withoutTrailingBracket } from './short-forms.js'
import { ARTICLES } from './name-parts.js'
import { kindOf, makeToken, splitWords, type Token } from './tokens.js'
import { wadeGilesReading } from './wade-giles.js'
import { GENERATIONS, TITLES } from './words.js'

/** One way of reading a name: ASCII tokens, the legal forms taken out, and how it was romanised. */
export interface NameForm {
  tokens: Token[]
  forms: LegalForm[]
  /** '' for Latin input; otherwise the scheme used (bgn, icao, german, pinyin, ...). */
  via: string
  text: string
}

const PERSON_SCHEMAS = new Set(['Person'])
const ORG_SCHEMAS = new Set(['Company', 'Organization', 'Vessel', 'Airplane'])
/** Titles dropped even when the schema is unknown: they never start a company name. */
const SAFE_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sheikh',
  'shaikh',
  'haji',
  'hajji',
  'hadji',
  'haj',
  'hajj',
  'alhaj',
  'alhaji',
  'mullah',
  'господин',
])

/** Marks a reading of a name from Wade-Giles or postal place names (wade-giles.ts). */
export const WADE_GILES_VIA = 'Wade-Giles'

const SCHEME_LABEL: Record<CyrillicScheme, string> = {
  bgn: 'BGN/PCGN',
  icao: 'ICAO 9303',
  german: 'German',
  arabic: 'an Arabic name as Russian writes it',
}

/**
 * The normalisation pipeline: clean (NFKC, controls, length), lowercase, split words, drop
 * titles, drop a leading "the" and split glued legal forms off (organisations), take out legal forms, romanise (Cyrillic by three schemes, Han through pinyin, other
 * scripts through any-ascii), and tag tokens. Organisation names in Cyrillic, Han or Arabic script
 * are also read with their common words in English (glosses.ts, arabic-glosses.ts). Returns one form per reading, deduplicated.
 */
export function analyseName(raw: string, schema = 'LegalEntity'): NameForm[] {
  const clean = cleanText(raw)
  const out = readName(clean, schema, '')
  // Another reading of the name: its forms that are new, with `via` saying how it was read.
  const also = (text: string, via: string) => {
    const seen = new Set(out.map((f) => f.text))
    out.push(...readName(text, schema, via).filter((f) => !seen.has(f.text)))
  }
  // A name ending in a bracket (DOOSTAN INTERNATIONAL COMPANY (DICO): an acronym, a place) is also
  // read without it, so that a legal form before the bracket ends the name and is taken out.
  const bare = withoutTrailingBracket(clean)
  if (bare !== clean && /[\p{L}\p{N}]/u.test(bare)) also(bare, '')
  // The bracket's short form (DICO) is a reading of its own: analysts search by it. Only as one
  // distinctive word ("(TRADE)" would read as a common word), and the name feature compares
  // it only with a name of the same letters (features.ts): DICA is not DICO.
  const short = bare !== clean ? bracketShortForm(clean, bare, schema) : undefined
  if (short) {
    const seen = new Set(out.map((f) => f.text))
    out.push(...readName(short, schema, SHORT_FORM_VIA).filter((f) => f.tokens.length === 1 && f.tokens[0].kind === 'word' && !seen.has(f.text)))
  }
  // Look-alike letters from another script ("Рutin" with a Cyrillic Р) are read both ways.
  const folded = foldConfusables(clean)
  if (folded) also(folded, FOLDED_VIA)
  // Wade-Giles (Teng Hsiao-p'ing) and postal place names (Peking) are read in pinyin too.
  const wg = wadeGilesReading(clean.toLowerCase(), notDistinctive, !PERSON_SCHEMAS.has(schema))
  if (wg) also(wg.text, WADE_GILES_VIA)
  return out
}

/** What a Wade-Giles reading of a raw name changed ("hsiao-p'ing = xiaoping"), for the explanation. */
export function wadeGilesChanges(raw: string, places: boolean): string[] {
  return wadeGilesReading(cleanText(raw).toLowerCase(), notDistinctive, places)?.changes ?? []
}

/** Words that need not be Wade-Giles for a name to be: common words, legal forms, titles. */
function notDistinctive(word: string): boolean {
  const w = foldLatin(word)
  return kindOf(w) !== 'word' || TITLES.has(w) || extractLegalForms([w]).forms.length > 0
}

/**
 * One spelling for the variants of a name part: in organisation names abbreviations expanded and
 * numbers as digits (abbreviations.ts); pinyin syllables written apart joined (pinyin.ts).
 */
function respell(tokens: Token[], forms: LegalForm[], schema: string): Token[] {
  const person = PERSON_SCHEMAS.has(schema)
  // A name of unknown schema with a legal form or a firm word is read as an organisation's: its
  // first syllable is no surname to keep apart (Hua Xin Shipping Ltd = Huaxin Shipping Ltd).
  const org = ORG_SCHEMAS.has(schema) || (!person && looksLikeOrganisation(tokens, forms))
  const words = person ? generationTokens(tokens) : canonicalOrgTokens(tokens, org)
  return joinPinyinRuns(words, !org)
}

/** A person's generation word after the first (Jr, Senior, III) as a token of its kind, one spelling (words.ts). */
function generationTokens(tokens: Token[]): Token[] {
  if (!tokens.some((t, i) => i > 0 && GENERATIONS.has(t.text))) return tokens
  return tokens.map((t, i) => (i > 0 && GENERATIONS.has(t.text) ? makeToken(GENERATIONS.get(t.text)!, 'generation') : t))
}

function readName(clean: string, schema: string, folded: string): NameForm[] {
  const person = PERSON_SCHEMAS.has(schema)
  const words = splitWords(clean.toLowerCase())
  const titles = person ? TITLES : ORG_SCHEMAS.has(schema) ? new Set<string>() : SAFE_TITLES
  const plain = arabicNameWords(
    words.filter((w) => scriptOf(w) !== 'han').map((w) => (scriptOf(w) === 'latin' ? foldLatin(w) : w))
  )
  // A title after an article is a family name (AL-SHAYKH, Muhammad; AL-IMAM): kept.
  const kept = plain.filter((w, i) => !titles.has(w) || plain.length === 1 || ARTICLES.has(plain[i - 1]))
  // Organisation names: a leading "the" dropped, a legal form glued to a word split off.
  const { rest, forms } = person
    ? { rest: kept, forms: [] }
    : extractLegalForms(dropLeadingArticle(kept).flatMap(splitGluedForm))
  const han = words.filter((w) => scriptOf(w) === 'han')
  // A short Han name of unknown schema reads as a person's, unless it holds a firm's words.
  // (Asked of Han names only: for any other the answer is not read.)
  const short = han.length > 0 && han.join('').length <= 4 && !ORG_SCHEMAS.has(schema) && !holdsFirmWords(han.join(''))
  // A foreign name in Chinese characters (弗拉基米尔·普京) is read part by part, as a person's.
  const foreign = han.length > 1 && isForeignTranscription(clean)
  // Of unknown schema, a short name may also be a firm's written whole (华为, Huawei): read both ways.
  const both = short && !person && !foreign
  const hanForms: (HanVariant | undefined)[] = han.length
    ? [...hanVariants(han, person || short || foreign), ...(both ? hanVariants(han, false) : [])].map((v) => (foreign ? { ...v, via: FOREIGN_VIA } : v))
    : [undefined]
  // A Korean person's name: in Han characters read in Korean too (金正恩, Kim Jong Un); in Hangul
  // read by the romanisations lists use, in place of reading it letter by letter; in Russian
  // Cyrillic (Ким Чен Ын) read back into Hangul as well as letter by letter (cyrillic-korean.ts).
  if ((person || short) && !foreign && han.length === words.length) hanForms.push(...hanjaNameReadings(han.join('')))
  const cyrillic = rest.some((w) => scriptOf(w) === 'cyrillic')
  const korean =
    ORG_SCHEMAS.has(schema) || han.length
      ? undefined
      : (koreanNameReadings(rest, 'Hangul, ') ?? (cyrillic ? cyrillicKoreanReadings(rest) : undefined))
  if (korean) hanForms.splice(0, 1, ...korean, undefined)
  const arabic = rest.some((w) => scriptOf(w) === 'arabic')
  const schemes: CyrillicScheme[] = cyrillic ? ['bgn', 'icao', 'german'] : ['bgn']
  if (cyrillic && arabicInCyrillic(clean)) schemes.push('arabic')
  // Person names have no common words to translate; a Latin name has nothing to gloss.
  const spans =
    cyrillic && !person
      ? russianSpans(rest)
      : arabic && !person
        ? arabicSpans(rest)
        : rest.map((w) => ({ words: [w], common: false }))
  const out: NameForm[] = []
  const seen = new Set<string>()
  for (const scheme of schemes) {
    // English-language lists transliterate by BGN/PCGN: the English readings use it alone.
    for (const reading of readSpans(spans, scheme, scheme === 'bgn')) {
      for (const hv of hanForms) {
        // A character no scheme can read romanises to nothing: such empty tokens are dropped.
        let tokens = (hv?.whole ? hv.tokens : [...(hv?.tokens ?? []), ...reading.tokens]).filter((t) => t.text)
        const allForms = [
          ...forms,
          ...reading.forms.filter((f) => !forms.some((x) => x.code === f.code)),
          ...(hv?.forms ?? []),
        ]
        // A name that is nothing but a legal form ("OOO") keeps it as its only, weak token.
        if (!tokens.length && allForms.length)
          tokens = allForms.map((f) => makeToken(f.code.replace(/-/g, ''), 'generic'))
        if (!tokens.length) continue
        tokens = respell(tokens, allForms, schema)
        const text = tokens.map((t) => t.text).join(' ')
        if (seen.has(text)) continue
        seen.add(text)
        const label = [
          folded,
          arabic ? ARABIC_VIA : '',
          // A whole reading (a Korean name) is one whatever the scheme.
          schemes.length > 1 && !hv?.whole ? SCHEME_LABEL[scheme] : '',
          reading.glossed ? GLOSS_VIA : '',
          hv?.via ?? '',
        ]
        out.push({ tokens, forms: allForms, via: label.filter(Boolean).join(', '), text })
      }
    }
  }
  return out
}
