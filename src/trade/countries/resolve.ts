import { countries } from './iso.js'
import { badInput, type AppError } from '../../errors.js'
import agency from './agency-codes.json' with { type: 'json' }
import { normaliseName, resolvePlace, type Place } from './countries.js'

// A country as a user types it (a flag, a query parameter), not as an agency's file writes it:
// ISO alpha-3, alpha-2 or numeric codes, English names, and the project's canonical codes
// (aggregates such as WLD or EU27, residuals such as X899). Agency aliases that only make sense
// inside a file ("XXX", "W00", "_X") are not accepted: a user typing XXX made a mistake.

type Entry = [string, string, string]
const table = agency as unknown as Record<string, Record<string, Entry>>

let canonical: Map<string, Place> | undefined
/** The project's own codes for places ISO does not give (WLD, EU27, R-CIS, X899 ...). */
function canonicalCodes(): Map<string, Place> {
  if (canonical) return canonical
  canonical = new Map()
  for (const [system, entries] of Object.entries(table)) {
    if (system === '_comment') continue
    for (const [code, name, kind] of Object.values(entries)) canonical.set(code, { code, name, kind: kind as Place['kind'] })
  }
  return canonical
}

/** The place a user's country code or name stands for, or undefined when it names none. */
export function findCountry(raw: string): Place | undefined {
  const value = raw.trim()
  if (!value) return undefined
  const upper = value.toUpperCase()
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return resolvePlace('alpha3', upper)
  const own = canonicalCodes().get(upper)
  if (own) return own
  if (/^[A-Z]{2}$/.test(upper)) return resolvePlace('alpha2', upper)
  if (/^\d{1,4}$/.test(value)) return resolvePlace('m49', value)
  return resolvePlace('label', value)
}

/**
 * A user's country code or name to its canonical place ("Russia", "russian federation", "RU",
 * "RUS", "643" all give RUS); anything else is an error naming the value and close matches.
 * `role` says which input it was (importer, partner ...), for the message.
 */
export function resolveCountry(raw: string, role?: string): Place {
  const place = findCountry(raw)
  if (!place) throw unknownCountry(raw, role)
  return place
}

/** `unknown country: "Rusia" (did you mean RUS Russian Federation?)` */
export function unknownCountry(raw: string, role?: string): AppError {
  const near = closeCountries(raw)
  const hint = near.length
    ? `did you mean ${near.map((p) => `${p.code} ${p.name}`).join(', ')}?`
    : 'expected an ISO code such as RUS or RU, or a country name'
  return badInput(`unknown country: "${raw}"${role ? ` for ${role}` : ''} (${hint})`)
}

interface Key {
  text: string
  place: Place
}
let keys: Key[] | undefined

function countryKeys(): Key[] {
  if (keys) return keys
  keys = []
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>
  for (const [alpha2, list] of Object.entries(names)) {
    const code = countries.alpha2ToAlpha3(alpha2)
    if (!code) continue
    const place: Place = { code, name: countries.getName(code, 'en', { select: 'official' }) ?? list[0], kind: 'country' }
    for (const text of [code, alpha2, ...list]) keys.push({ text: normaliseName(text), place })
  }
  for (const place of canonicalCodes().values()) if (place.kind === 'aggregate') keys.push({ text: normaliseName(place.code), place }, { text: normaliseName(place.name), place })
  return keys
}

/** Up to three places whose code or name is within a small edit distance of the input. */
export function closeCountries(raw: string, limit = 3): Place[] {
  const q = normaliseName(raw)
  // A code of two or three letters is one letter from dozens of others (XX: AX, CX, MX): no guess.
  if (q.length <= 3) return []
  const allowed = Math.max(1, Math.floor(q.length / 4))
  const best = new Map<string, { place: Place; d: number }>()
  for (const k of countryKeys()) {
    const prefix = q.length >= 4 && k.text.startsWith(q)
    const d = prefix ? 0.5 : editDistance(q, k.text, allowed)
    if (d > allowed) continue
    const seen = best.get(k.place.code)
    if (!seen || d < seen.d) best.set(k.place.code, { place: k.place, d })
  }
  return [...best.values()].sort((a, b) => a.d - b.d || a.place.code.localeCompare(b.place.code)).slice(0, limit).map((b) => b.place)
}

/** Edit distance with adjacent transpositions, or `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1)
      cur.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > max) return max + 1
    prev2 = prev
    prev = cur
  }
  return prev[b.length]
}
