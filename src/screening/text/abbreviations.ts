import { cleanText, foldLatin } from './clean.js'
import type { LegalForm } from './legal-forms.js'
import { isNumberSign, NUMBER_SIGNS, numberWord } from './numbers.js'
import { kindOf, makeToken, splitWords, type Token } from './tokens.js'

/**
 * Abbreviations and spellings of the common words of organisation names, as one equivalence
 * table (data): each line is the word every other spelling on it reads as. Compiled from the
 * abbreviations the US and UK company registries and the OFAC, BIS and UN lists use (Intl, Mfg,
 * Hldgs, Svcs, Natl, Assn), with the plural and British spellings a list may use for the same
 * firm, and the noun beside the -ing word of a line of business (Bank, Banking: KOREA KWANGSON
 * BANKING CORP is the Kwangson Bank of other sources). Co/Company and Corp/Corporation are legal forms (legal-forms.ts) and stay there. Jituan is
 * the pinyin of 集团, which the gloss table reads as Group (glosses-zh.ts): a firm word, as Group is.
 * Ambiguous abbreviations, also given names or surnames (Dev, Eng, Mach), are marked "?" and
 * read as words only in a name known to be an organisation's.
 */
// prettier-ignore
const TABLE = [
  'technology: tech techn technol technologies',
  'international: intl internat',
  'manufacturing: mfg manuf mfr mfrs manufacturer manufacturers',
  'industry: ind inds indus industries industrial',
  'engineering: eng? engg',
  'machinery: mach? mchy machine machines',
  'electronics: elec electronic',
  'development: dev? devel devt',
  'group: grp jituan',
  'holdings: hldgs hldg hldng holding',
  'services: svcs svc serv servs service',
  'national: natl',
  'association: assn assoc',
  'management: mgmt mgt',
  'investment: invest investments',
  'enterprise: enterprises',
  'systems: sys system',
  'communications: comm comms communication',
  'brothers: bros',
  'trading: trdg trade?',
  'bank: banking banks?',
  'shipping: shpg',
  'marketing: mktg',
  'department: dept',
  'government: govt',
  'university: univ',
  'institute: inst',
  'center: ctr centre',
  'organization: org organisation',
  'chemical: chem chemicals',
  'pharmaceutical: pharm pharma pharmaceuticals',
  'equipment: eqpt equip',
  'instruments: instr instrument',
  'laboratory: lab labs laboratories',
  'science: sci sciences',
  'compania: cia companhia',
  'compagnie: cie',
]

const CANONICAL = new Map<string, string>()
const AMBIGUOUS = new Set<string>()
for (const line of TABLE) {
  const [word, rest] = line.split(':')
  for (const v of rest.trim().split(/\s+/)) {
    const plain = v.replace('?', '')
    CANONICAL.set(plain, word)
    if (v.endsWith('?')) AMBIGUOUS.add(plain)
  }
}

const TARGETS = new Set(CANONICAL.values())

/** Whether a token may be what an abbreviation, another spelling or a number word became. */
export function mayBeRespelled(text: string): boolean {
  const c = text.charCodeAt(0)
  return (c >= 48 && c <= 57) || TARGETS.has(text) || text === 'first'
}

/**
 * The word an abbreviation or spelling stands for ("intl" -> "international", "centre" ->
 * "center"), or undefined. Ambiguous ones (dev, eng, mach) only when `org`.
 */
export function expandAbbreviation(word: string, org: boolean): string | undefined {
  const w = CANONICAL.get(word)
  return w && (org || !AMBIGUOUS.has(word)) ? w : undefined
}

/**
 * Whether a name of unknown schema reads as an organisation's: it has a legal form or a common
 * word of firm names (an abbreviation of one counts), so "Dev Patel" stays a person's name.
 */
export function looksLikeOrganisation(tokens: Token[], forms: LegalForm[]): boolean {
  return (
    forms.length > 0 ||
    tokens.some((t) => t.kind === 'generic' || (CANONICAL.has(t.text) && !AMBIGUOUS.has(t.text)))
  )
}

/**
 * The common words of an organisation name in one spelling each: abbreviations expanded (Intl
 * Mfg -> international manufacturing), numbers as digits (Third, 3rd, Three, III -> 3; Roman
 * numerals only when `org`), number signs before a number dropped (No. 3 -> 3). A token keeps
 * its kind when it has one below a word's (a gloss reads as generic).
 */
export function canonicalOrgTokens(tokens: Token[], org: boolean): Token[] {
  const respell = (t: Token) => numberWord(t.text, org) ?? expandAbbreviation(t.text, org)
  // Most names have nothing to respell: nothing to build.
  if (!tokens.some((t) => respell(t) !== undefined || NUMBER_SIGNS.has(t.text))) return tokens
  const mapped = tokens.map((t) => {
    const text = respell(t)
    if (!text) return t
    const kind = kindOf(text)
    return makeToken(text, t.kind === 'word' || kind === 'number' ? kind : t.kind)
  })
  return mapped.filter((t, i) => !isNumberSign(t.text, mapped[i + 1]?.text))
}

/**
 * The words of a raw organisation name that read otherwise ("Intl" as "international",
 * "Third" as "3"), as "abbreviation: intl = international", "spelling: centre = center",
 * "number: third = 3", for the explanation of a match.
 */
export function respellings(raw: string): { word: string; as: string; note: string }[] {
  const out: { word: string; as: string; note: string }[] = []
  for (const w of splitWords(foldLatin(cleanText(raw).toLowerCase()))) {
    const n = numberWord(w, true)
    const as = n ?? expandAbbreviation(w, true)
    if (!as || as === w) continue
    // "intl" abbreviates; "technologies" and "centre" are other spellings of one word.
    const what = n ? 'number' : w.length < 0.8 * as.length ? 'abbreviation' : 'spelling'
    out.push({ word: w, as, note: `${what}: ${w} = ${as}` })
  }
  return out
}
