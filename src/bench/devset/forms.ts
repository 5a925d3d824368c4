import { words, wordSet } from './text.js'

/**
 * Legal forms as the dev set knows them: abbreviated, written out, and the Russian forms in the
 * long romanisation OFAC and the UN use. The builder's own table (folded words), so a form the
 * matcher does not know still makes a pair. The first phrase of a group is its short form; the
 * `ru` phrase is the romanised Russian long form, written before the name.
 */
export interface FormGroup {
  id: string
  phrases: string[]
  ru?: string
}

export const FORM_GROUPS: FormGroup[] = [
  {
    id: 'llc',
    phrases: ['llc', 'limited liability company', 'l l c', 'ooo', 'limited liability co'],
    ru: 'obshchestvo s ogranichennoy otvetstvennostyu',
  },
  {
    id: 'ltd',
    phrases: [
      'ltd',
      'limited',
      'pvt ltd',
      'private limited',
      'pte ltd',
      'pty ltd',
      'sdn bhd',
      'ltda',
    ],
  },
  { id: 'co-ltd', phrases: ['co ltd', 'company limited', 'co limited', 'company ltd'] },
  {
    id: 'jsc',
    phrases: ['jsc', 'joint stock company', 'ao', 'joint stock co', 'aktsionernoe obshchestvo'],
    ru: 'aktsionernoye obshchestvo',
  },
  {
    id: 'ojsc',
    phrases: ['ojsc', 'open joint stock company', 'oao', 'otkrytoe aktsionernoe obshchestvo'],
    ru: 'otkrytoye aktsionernoye obshchestvo',
  },
  {
    id: 'cjsc',
    phrases: ['cjsc', 'closed joint stock company', 'zao', 'zakrytoe aktsionernoe obshchestvo'],
    ru: 'zakrytoye aktsionernoye obshchestvo',
  },
  {
    id: 'pjsc',
    phrases: ['pjsc', 'public joint stock company', 'pao', 'publichnoe aktsionernoe obshchestvo'],
    ru: 'publichnoye aktsionernoye obshchestvo',
  },
  { id: 'plc', phrases: ['plc', 'public limited company'] },
  { id: 'inc', phrases: ['inc', 'incorporated'] },
  { id: 'corp', phrases: ['corp', 'corporation'] },
  { id: 'co', phrases: ['co', 'company'] },
  { id: 'gmbh', phrases: ['gmbh', 'gesellschaft mit beschrankter haftung'] },
  { id: 'ag', phrases: ['ag', 'aktiengesellschaft'] },
  { id: 'sa', phrases: ['sa', 's a', 'sociedad anonima', 'societe anonyme'] },
  { id: 'sarl', phrases: ['sarl', 's a r l', 'societe a responsabilite limitee'] },
  {
    id: 'srl',
    phrases: [
      'srl',
      's r l',
      'sociedad de responsabilidad limitada',
      'societa a responsabilita limitata',
    ],
  },
  { id: 'sa-de-cv', phrases: ['s a de c v', 'sa de cv', 'sociedad anonima de capital variable'] },
  { id: 'fze', phrases: ['fze', 'free zone establishment'] },
  { id: 'fzco', phrases: ['fzco', 'free zone company'] },
  { id: 'llp', phrases: ['llp', 'limited liability partnership'] },
  {
    id: 'fgup',
    phrases: ['fgup', 'federal state unitary enterprise'],
    ru: 'federalnoye gosudarstvennoye unitarnoye predpriyatiye',
  },
  {
    id: 'gup',
    phrases: ['gup', 'state unitary enterprise'],
    ru: 'gosudarstvennoye unitarnoye predpriyatiye',
  },
]

/** Forms that may stand anywhere in a name (the long ones, and the Russian ones written first). */
const ANYWHERE = wordSet('ooo oao zao pao ao jsc ojsc cjsc pjsc llc fgup gup')
/** Forms that may be found glued to the word before them ("ACMELLC"). */
export const GLUED = ['llc', 'ltd', 'gmbh', 'jsc', 'pjsc', 'plc', 'inc', 'corp', 'ooo', 'oao']

const PHRASES = FORM_GROUPS.flatMap((g) =>
  [...g.phrases, ...(g.ru ? [g.ru] : [])].map((p) => ({ words: p.split(' '), group: g }))
).sort((a, b) => b.words.length - a.words.length)

export interface FormHit {
  group: FormGroup
  /** Word index and length in the folded words. */
  at: number
  length: number
}

/** Legal forms in folded words: multi-word ones anywhere, short ones at the end (or first when Russian). */
export function findForms(ws: string[]): FormHit[] {
  const hits: FormHit[] = []
  for (let i = 0; i < ws.length;) {
    const p = PHRASES.find(
      (q) => q.words.every((w, k) => ws[i + k] === w) && allowedAt(q.words, i, ws.length)
    )
    if (p) {
      hits.push({ group: p.group, at: i, length: p.words.length })
      i += p.words.length
    } else i++
  }
  return hits
}

function allowedAt(phrase: string[], i: number, n: number): boolean {
  if (i + phrase.length === n) return true
  return phrase.length > 1 || ANYWHERE.has(phrase[0])
}

/** The words of an organisation name without its legal forms and a leading "the". */
export function coreWords(name: string): string[] {
  const ws = words(name)
  const forms = findForms(ws)
  const out = ws.filter((_, i) => !forms.some((f) => i >= f.at && i < f.at + f.length))
  return out[0] === 'the' && out.length > 1 ? out.slice(1) : out
}

/** A word split into stem and glued form ("acmellc" -> ["acme", "llc"]), or null. */
export function unglue(word: string): [string, string] | null {
  const form = GLUED.find((f) => word.endsWith(f) && word.length - f.length >= 3)
  return form ? [word.slice(0, -form.length), form] : null
}

/** Whether a folded word is (part of) a legal form phrase. */
export const isFormWord = (w: string) => PHRASES.some((p) => p.words.includes(w))
