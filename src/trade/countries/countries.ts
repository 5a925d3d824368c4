import { countries } from './iso.js'
import agency from './agency-codes.json' with { type: 'json' }

/** How a place takes part in a total: aggregates are never summed with their members. */
export type PlaceKind = 'country' | 'aggregate' | 'residual'
export interface Place {
  code: string
  name: string
  kind: PlaceKind
}
/** The code systems the input formats use for reporters and partners. */
export type CodeSystem = 'm49' | 'alpha2' | 'alpha3' | 'imf' | 'label'
export const CODE_SYSTEMS: readonly CodeSystem[] = ['m49', 'alpha2', 'alpha3', 'imf', 'label']

type Entry = [string, string, string]
const table = agency as unknown as Record<string, Record<string, Entry>>
const toPlace = ([code, name, kind]: Entry): Place => ({ code, name, kind: kind as PlaceKind })

function isoPlace(alpha3: string | undefined): Place | undefined {
  if (!alpha3) return undefined
  const name = countries.getName(alpha3, 'en', { select: 'alias' }) ?? countries.getName(alpha3, 'en')
  return name ? { code: alpha3, name, kind: 'country' } : undefined
}

function fromTable(system: string, raw: string): Place | undefined {
  const e = table[system]?.[raw]
  return e ? toPlace(e) : undefined
}

/** Maps one raw code or label to a place, or undefined when the system does not know it. */
export function resolvePlace(system: CodeSystem, raw: string): Place | undefined {
  const value = raw.trim()
  if (!value) return undefined
  switch (system) {
    case 'm49': {
      if (!/^\d+$/.test(value)) return undefined
      const n = String(Number(value))
      return fromTable('m49', n) ?? isoPlace(countries.numericToAlpha3(n.padStart(3, '0')))
    }
    case 'alpha2': {
      const v = value.toUpperCase()
      return fromTable('alpha2', v) ?? isoPlace(countries.alpha2ToAlpha3(v))
    }
    case 'alpha3': {
      const v = value.toUpperCase()
      return fromTable('alpha3', v) ?? isoPlace(countries.isValid(v) ? v : undefined)
    }
    case 'imf':
      return resolveImf(value)
    case 'label':
      return resolveLabel(value)
  }
}

// IMF counterpart ids: ISO alpha-3, G and GX groups (aggregates), TX unspecified areas.
function resolveImf(value: string): Place | undefined {
  const known = fromTable('imf', value) ?? resolvePlace('alpha3', value)
  if (known) return known
  if (/^GX?\d+$/.test(value)) return { code: `IMF-${value}`, name: value, kind: 'aggregate' }
  if (/^TX\d+$/.test(value)) return { code: `IMF-${value}`, name: value, kind: 'residual' }
  return undefined
}

const byName = buildNameIndex()

function buildNameIndex(): Map<string, Place> {
  const index = new Map<string, Place>()
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>
  for (const [alpha2, list] of Object.entries(names)) {
    const place = isoPlace(countries.alpha2ToAlpha3(alpha2))
    if (place) for (const n of list) index.set(normaliseName(n), place)
  }
  for (const [n, e] of Object.entries(table.names)) index.set(normaliseName(n), toPlace(e))
  return index
}

/**
 * Lowercase, no accents, punctuation as spaces: "Côte d’Ivoire" -> "cote d ivoire". Letters of
 * other scripts are kept ("Словакия" -> "словакия"), so such labels never all collapse to "".
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Statistical labels such as Eurostat's "Germany (incl. German Democratic Republic 'DD' from
 * 1991)", "Russian Federation (Russia)", "European Union - 27 countries (AT, BE, ...)" or a
 * coded form "DE-Germany".
 */
function resolveLabel(value: string): Place | undefined {
  const aggregate = euAggregate(value)
  if (aggregate) return aggregate
  const coded = /^([A-Z]{2}|[A-Z]{2}\d{2}(?:_\d{4})?)-(.+)$/.exec(value)
  if (coded) return resolvePlace('alpha2', coded[1]) ?? resolveLabel(coded[2])
  if (/^[A-Z]{2}$/.test(value)) return resolvePlace('alpha2', value)
  const open = value.indexOf('(')
  const main = open > 0 ? value.slice(0, open) : value
  const inner = open > 0 ? value.slice(open + 1).replace(/\).*$/, '') : ''
  // The whole label first: "Korea (DPRK)" must not stop at "Korea" (South Korea).
  for (const candidate of [value, main, inner]) {
    const hit = candidate && byNameAsWritten(normaliseName(candidate))
    if (hit) return hit
  }
  return undefined
}

/**
 * A name as people write it beside the tables' forms: with a leading "the" (the Bahamas, the
 * Gambia) and "St" for "Saint" (St Lucia, St Kitts and Nevis).
 */
function byNameAsWritten(name: string): Place | undefined {
  const bare = name.replace(/^the /, '')
  return byName.get(name) ?? byName.get(bare) ?? byName.get(bare.replace(/\bst\b/g, 'saint'))
}

function euAggregate(value: string): Place | undefined {
  const v = value.toLowerCase()
  const eu = /^european union(?: - (\d+) countries)?/.exec(v)
  if (eu) return eu[1] ? place(`EU${eu[1]}`, `European Union (${eu[1]})`) : place('EU', 'European Union')
  const ea = /^euro area(?: - (\d+) countries)?/.exec(v)
  if (ea) return ea[1] ? place(`EA${ea[1]}`, `Euro area (${ea[1]})`) : place('EA', 'Euro area')
  return undefined
}

function place(code: string, name: string): Place {
  return { code, name, kind: 'aggregate' }
}

/** Display name of a canonical code, for output; falls back to the code itself. */
export function placeName(code: string): string {
  return isoPlace(code)?.name ?? fromTable('alpha3', code)?.name ?? code
}

/** How many countries the project knows (ISO 3166, no aggregates): the "of N" of a mirror figure's coverage. */
export function countryCount(): number {
  return Object.keys(countries.getAlpha3Codes()).length
}
