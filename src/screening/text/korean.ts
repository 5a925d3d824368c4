import type { HanVariant } from './han-names.js'
import { hanjaReading, surnameEntry } from './hanja.js'
import { isHangul, romaniseHangul, type KoreanSystem } from './hangul.js'
import { koreanSurname } from './korean-names.js'
import { makeToken } from './tokens.js'

/** Whether a name form was read as a Korean name (koreanNameReadings labels its readings so). */
export const isKoreanReading = (via: string) => SYSTEMS.some(([, label]) => via.endsWith(label))

const SYSTEMS: [KoreanSystem, string][] = [
  ['north', "the North's romanisation"],
  ['mr', 'McCune-Reischauer'],
  ['south', 'Revised Romanization'],
]

/**
 * A Korean person's name read as the lists write it, once per romanisation (hangul.ts): the
 * surname spelt as lists spell it (김 Kim, 리 Ri, 최 Choe; the South's Lee, Park, Choi), then each
 * syllable of the given name apart (KIM Jong Un). `written`: the name in Hangul, either one word
 * (김정은) or the surname apart (김 정은, or after the given name: 성훈 김). Undefined unless it
 * reads as one: a common Korean surname, two to four syllables in all.
 */
export function koreanNameReadings(written: string[], via = ''): HanVariant[] | undefined {
  if (!written.length || !written.every(isHangul)) return undefined
  const words = westernOrder(written) ? [written[1], written[0]] : written
  const syllables = words.join('').length
  const entry = surnameEntry(words[0][0])
  if (!entry || syllables < 2 || syllables > 4) return undefined
  const out: HanVariant[] = []
  const seen = new Set<string>()
  for (const [system, label] of SYSTEMS) {
    // The surname's first syllable apart; the given name's voicing starts after its own first.
    const given = [words[0].slice(1), ...words.slice(1)].filter(Boolean)
    const parts = [koreanSurname(entry, system === 'south')!, ...given.flatMap((w) => romaniseHangul(w, system, 0))]
    const text = parts.join(' ')
    if (seen.has(text)) continue
    seen.add(text)
    out.push({ tokens: parts.map((p) => makeToken(p)), forms: [], via: via + label, whole: true })
  }
  return out
}

/**
 * Korean readings of a short Han name (金正恩 read as 김정은: Kim Jong Un), or none when its first
 * character is not a Korean surname (hanja.ts). A Chinese name with such a surname (李明) gets
 * them too: written the same, it may be the same person's.
 */
export function hanjaNameReadings(run: string): HanVariant[] {
  const hangul = hanjaReading(run)
  return (hangul && koreanNameReadings([hangul], `hanja read in Korean as ${hangul}, `)) || []
}

/** A given name of two syllables or more, then a surname of one (성훈 김): the Western order. */
const westernOrder = (words: string[]) =>
  words.length === 2 && words[0].length > 1 && words[1].length === 1 && !!surnameEntry(words[1])
