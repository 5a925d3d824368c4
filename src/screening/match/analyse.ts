import { ID_PROPS, NAME_PROPS, prop, type Entity } from '../model.js'
import { cleanText } from '../text/clean.js'
import { analyseName, type NameForm } from '../text/names.js'
import { countryCode, countryReadings, queryCountryCode } from './countries.js'
import { parseDates } from './dates.js'

/** What a screening query may say about a party (the CLI's columns, yente's properties). */
export interface Query {
  name: string | string[]
  schema?: string
  country?: string | string[]
  birthDate?: string | string[]
  id?: string | string[]
}

export interface AnalysedName {
  raw: string
  prop: string
  literal: string
  forms: NameForm[]
}

/** An entity or a query, prepared once for matching: names analysed, dates and codes parsed. */
export interface Analysed {
  schema: string
  names: AnalysedName[]
  /** Weak aliases by their normalised text (OFAC: match only when the query equals them). */
  weak: Map<string, string>
  /** ISO alpha-2 codes; a former state (USSR) also as its successors (countries.ts, `countryReadings`). */
  countries: Set<string>
  dates: string[]
  ids: Map<string, string>
}

const COUNTRY_PROPS = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry', 'birthCountry', 'flag']

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** Identifiers compared without spaces, dashes and case (7744001497 = 774-400-1497). */
export function normaliseId(raw: string): string {
  return raw.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The keys an identifier is compared by: itself, and an IMO number also without its prefix, as
 * OFAC writes it "IMO 9934498" in one place and lists store 9934498 in another.
 */
export function idKeys(n: string): string[] {
  return /^IMO\d{7}$/.test(n) ? [n, n.slice(3)] : [n]
}

/** Literal form of a name: case and spacing folded, nothing else (for the name_literal feature). */
export function literalName(raw: string): string {
  return cleanText(raw).toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

function analyseNames(values: [string, string][], schema: string): AnalysedName[] {
  const out: AnalysedName[] = []
  const seen = new Set<string>()
  for (const [p, raw] of values) {
    const literal = literalName(raw)
    if (!literal || seen.has(literal)) continue
    seen.add(literal)
    const forms = analyseName(raw, schema)
    if (forms.length) out.push({ raw, prop: p, literal, forms })
  }
  return out
}

export function analyseEntity(e: Entity): Analysed {
  const names = analyseNames(NAME_PROPS.flatMap((p) => prop(e, p).map((v): [string, string] => [p, v])), e.schema)
  const weak = new Map<string, string>()
  // By its readings and as written: the entity's schema reads it one way (a person's "THE CHESS
  // PLAYER" keeps its article), a query of no schema another (an organisation's drops it).
  for (const w of prop(e, 'weakAlias')) {
    for (const f of analyseName(w, e.schema)) weak.set(f.text, w)
    const literal = literalName(w)
    if (literal) weak.set(literal, w)
  }
  const countries = new Set<string>()
  for (const p of COUNTRY_PROPS) for (const v of prop(e, p)) {
    const c = countryCode(v)
    // A former state as its successors too (USSR agrees with Russia): countries.ts says why.
    if (c) for (const x of countryReadings(c)) countries.add(x)
  }
  const dates = prop(e, 'birthDate').flatMap(parseDates)
  const ids = new Map<string, string>()
  for (const p of ID_PROPS) for (const v of prop(e, p)) {
    for (const n of idKeys(normaliseId(v))) if (n.length >= 4) ids.set(n, `${p} ${v}`)
  }
  return { schema: e.schema, names, weak, countries, dates, ids }
}

/** Scales every name token by its list-wide rarity (done once per entity and per query). */
export function applyRarity(a: Analysed, rarity: (text: string) => number): Analysed {
  for (const n of a.names) for (const f of n.forms) for (const t of f.tokens) t.weight *= rarity(t.text)
  return a
}

export function analyseQuery(q: Query): Analysed {
  const schema = q.schema ?? 'Thing'
  const names = analyseNames(list(q.name).map((n): [string, string] => ['name', n]), schema)
  const countries = new Set(list(q.country).map(queryCountryCode).flatMap((c) => (c ? countryReadings(c) : [])))
  const dates = list(q.birthDate).flatMap(parseDates)
  const ids = new Map(list(q.id).flatMap((v) => idKeys(normaliseId(v)).map((n): [string, string] => [n, v])).filter(([n]) => n.length >= 4))
  return { schema, names, weak: new Map(), countries, dates, ids }
}
