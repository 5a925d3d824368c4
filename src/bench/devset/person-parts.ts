import { fold, wordSet } from './text.js'

/**
 * Parts of a person's name with their roles. OFAC writes "SURNAME, Given Names"; UN writes the
 * name in order. A particle (al, abu, abd, bin, ...) belongs to the word after it, so "Abd Al
 * Aziz" and "bin Muhammad" are one part each.
 */
export type Role = 'surname' | 'given' | 'middle' | 'patronymic' | 'nisbah' | 'father'

export interface Part {
  raw: string
  role: Role
}

export interface PersonName {
  parts: Part[]
  /** Written "SURNAME, Given" (the surname is parts[0]). */
  comma: boolean
}

/** Words that link a person to a parent: "A bin B" is A, child of B. */
export const LINKS = new Set(['bin', 'ibn', 'ben', 'bint', 'ould', 'wuld', 'walad'])
const PREFIXES = new Set([...LINKS, ...wordSet('al el ul ur abu abou abd abdul abdel abdol abdal')])
const TITLES = wordSet(
  'dr shaykh shaikh sheikh sheik haji hajji mullah mulla maulvi mawlawi maulana qari mufti mr mrs gen general col colonel capt major'
)
const PATRONYMIC =
  /(ovich|evich|ovych|yevich|ievich|ovitch|ovna|evna|ivna|yevna|ogly|oglu|kyzy|qizi)$/

function roleOf(raw: string, fallback: Role): Role {
  const f = fold(raw)
  const first = f.split(' ')[0]
  if (LINKS.has(first)) return 'father'
  if (first === 'al' || first === 'el') return 'nisbah'
  if (PATRONYMIC.test(f)) return 'patronymic'
  return fallback
}

/** Words of a name segment grouped into parts, titles dropped. */
export function groupParts(segment: string): string[] {
  const tokens = segment.split(/\s+/).filter((t) => t && !TITLES.has(fold(t)))
  const parts: string[] = []
  let pending: string[] = []
  for (const t of tokens) {
    pending.push(t)
    if (!PREFIXES.has(fold(t))) {
      parts.push(pending.join(' '))
      pending = []
    }
  }
  if (pending.length) parts.push(pending.join(' '))
  return parts
}

export function parsePerson(name: string): PersonName {
  const comma = name.indexOf(',')
  if (comma > 0) {
    const surname = name.slice(0, comma).trim()
    const given = groupParts(name.slice(comma + 1))
    if (!surname || !given.length)
      return {
        parts: groupParts(name.replace(',', ' ')).map((raw) => ({ raw, role: 'middle' })),
        comma: false,
      }
    return {
      comma: true,
      parts: [
        { raw: surname, role: roleOf(surname, 'surname') === 'nisbah' ? 'nisbah' : 'surname' },
        ...given.map((raw, i) => ({ raw, role: roleOf(raw, i === 0 ? 'given' : 'middle') })),
      ],
    }
  }
  const raws = groupParts(name)
  const last = raws.length - 1
  return {
    comma: false,
    parts: raws.map((raw, i) => ({
      raw,
      role: roleOf(raw, i === 0 ? 'given' : i === last ? 'surname' : 'middle'),
    })),
  }
}

export function renderPerson(p: PersonName): string {
  if (!p.comma) return p.parts.map((x) => x.raw).join(' ')
  return `${p.parts[0].raw}, ${p.parts
    .slice(1)
    .map((x) => x.raw)
    .join(' ')}`
}

/** The name in reading order: "BIN LADIN, Usama bin Muhammad" -> "Usama bin Muhammad BIN LADIN". */
export function naturalOrder(name: string): string {
  const p = parsePerson(name)
  if (!p.comma) return renderPerson(p)
  return [...p.parts.slice(1), p.parts[0]].map((x) => x.raw).join(' ')
}

/** A part compared as text: folded, spaces and hyphens gone ("Al-Aziz" = "AL AZIZ"). */
export const partKey = (raw: string) => fold(raw).replace(/ /g, '')
