import type { Entity } from '../model.js'
import { STRONG } from './align.js'
import { analyseName } from '../text/names.js'
import { withoutTrailingBracket } from '../text/short-forms.js'
import { literalName, type Analysed } from './analyse.js'
import { datesAgree } from './dates.js'
import { nameLiteral, nameMatch, type Context } from './features.js'

/**
 * When two list records are one real entity (a screening card, cards.ts). Consolidated
 * screening shows a person listed by OFAC, the EU and the UK once, with each listing; it must
 * never merge two people, so every rule asks for more than a name.
 */

/**
 * A list record, analysed, with its list version. `names` and `entity` are read last: a caller
 * may read them lazily (screen.ts does), since most pairs are told apart without them.
 */
export interface Side extends Analysed {
  version: string
  readonly entity: Entity
}

/** What can make two records one entity, strongest first. */
export const TIE_BASES = ['identifier', 'list id', 'name and birth date', 'name and country', 'same name'] as const
export type TieBasis = (typeof TIE_BASES)[number]

export interface Tie {
  basis: TieBasis
  detail: string
}

/**
 * Identifier properties that name one entity: a passport, national id, tax or registration
 * number, LEI, BIC, IMO number. Left out: KPP (shared by the branches of a firm), call signs,
 * MMSI and serial numbers (reassigned, or unique only within a maker).
 */
export const STRONG_ID_PROPS = new Set([
  'idNumber', 'passportNumber', 'socialSecurityNumber', 'taxNumber', 'innCode', 'vatCode', 'ogrnCode', 'okpoCode',
  'registrationNumber', 'leiCode', 'swiftBic', 'imoNumber', 'uniqueEntityId',
])
/** Shorter identifiers collide between issuers (passport 123456 of two countries). */
export const MIN_ID_CHARS = 6
/** Both names must match each other at least this well (the matcher's name score, each way). */
export const SAME_NAME_MIN = 0.95
/**
 * Persons' names this close tie too when both records give one weak alias (a nom de guerre: OFAC's
 * and the UN's Abu Bakr al-Baghdadi, one list adding a nisbah to his name the other lacks, 0.92).
 */
export const SAME_NAME_WITH_ALIAS_MIN = 0.9
/** A side giving more birth dates than this (a range of years, "circa") is too vague to tie on. */
export const MAX_VAGUE_DATES = 2

/** The property an identifier came from (analyse.ts describes each as "property value"). */
const propOf = (detail: string) => detail.slice(0, detail.indexOf(' '))
// OFAC writes an IMO number bare, FtM data as "IMO9187629".
const bare = (key: string, prop: string) => (prop === 'imoNumber' && key.startsWith('IMO') ? key.slice(3) : key)

/** A normalised identifier strong enough to tie two records; one character repeated (000000) is a placeholder. */
function isStrong(n: string, prop: string): boolean {
  if (!STRONG_ID_PROPS.has(prop) || n.length < MIN_ID_CHARS || /^(.)\1*$/.test(n)) return false
  // A BIC is letters (SABRRUMM): a bank, its country and town, and it is one bank's the world over.
  return prop === 'swiftBic' ? BIC.test(n) : /\d/.test(n)
}

/** A SWIFT/BIC code as normalised: bank (4 letters), country (2), location (2), branch (3, optional). */
const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/

/** The strong identifiers of a record: normalised value -> "property value". */
export function strongIds(a: Analysed): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, detail] of a.ids) {
    const n = bare(key, propOf(detail))
    if (isStrong(n, propOf(detail))) out.set(n, detail)
  }
  return out
}

/** A strong identifier both records carry, described, or undefined. */
export function sharedStrongId(a: Analysed, b: Analysed): string | undefined {
  if (!a.ids.size || !b.ids.size) return undefined
  // Looked up in place (a hit meets every candidate of its query): no map is built per pair.
  for (const [key, detail] of a.ids) {
    const prop = propOf(detail)
    const n = bare(key, prop)
    const other = b.ids.get(n) ?? (prop === 'imoNumber' ? b.ids.get(`IMO${n}`) : undefined)
    if (other && isStrong(n, prop) && STRONG_ID_PROPS.has(propOf(other))) return detail === other ? detail : `${detail} = ${other}`
  }
}

const isDay = (d: string) => d.length === 10

/** Both sides give full birth dates and none is the same day: two people, whatever else agrees. */
export function birthDatesConflict(a: string[], b: string[]): boolean {
  const da = a.filter(isDay)
  const db = b.filter(isDay)
  return da.length > 0 && db.length > 0 && !da.some((x) => db.includes(x))
}

/**
 * The birth date two records agree on (as precisely as both say it), or undefined. The same
 * full date ties; a year (or month) ties with a date in it only when that is all the vaguer side
 * says, in at most `MAX_VAGUE_DATES` dates (lists often know only the year; "1960 to 1965" is
 * too loose), or when both sides state the same dates, all of them. Two different full dates
 * never tie, even beside an agreeing year.
 */
export function birthDateTie(a: string[], b: string[]): string | undefined {
  if (!a.length || !b.length || birthDatesConflict(a, b)) return undefined
  const day = a.find((x) => isDay(x) && b.includes(x))
  if (day) return day
  // Two lists stating the same vague dates, all of them (1992, 1993, 1994, 1995 on both: one
  // designation copied), agree on them however many there are.
  if (a.length > MAX_VAGUE_DATES && sameDates(a, b)) return [...new Set(a)].sort().join(' / ')
  for (const x of a) for (const y of b) {
    if (!datesAgree(x, y)) continue
    // The vaguer side: the one with the less precise date, or at one precision the one saying more dates.
    const vague = x.length < y.length || (x.length === y.length && a.length >= b.length) ? a : b
    if (vague.length <= MAX_VAGUE_DATES && !vague.some(isDay)) return x.length <= y.length ? x : y
  }
}

const sameDates = (a: string[], b: string[]) => {
  const [x, y] = [new Set(a), new Set(b)]
  return x.size === y.size && [...x].every((d) => y.has(d))
}

/** Countries of two persons are compatible when either gives none or they share one. */
export function countriesCompatible(a: Set<string>, b: Set<string>): boolean {
  return !a.size || !b.size || [...a].some((c) => b.has(c))
}

/** A country both records name, or undefined. */
export function sharedCountry(a: Set<string>, b: Set<string>): string | undefined {
  for (const c of a) if (b.has(c)) return c
}

const ORGS = new Set(['Company', 'Organization', 'LegalEntity'])

/** What the two schemata are together: persons, organisations, vessels, aircraft, or nothing alike. */
export function pairKind(a: string, b: string): 'person' | 'organisation' | 'Vessel' | 'Airplane' | undefined {
  if (a === 'Person' || b === 'Person') return (a === 'Person' || a === 'LegalEntity') && (b === 'Person' || b === 'LegalEntity') ? 'person' : undefined
  if (ORGS.has(a) && ORGS.has(b)) return 'organisation'
  if (a === b && (a === 'Vessel' || a === 'Airplane')) return a
}

/** A distinctive word both records' names share: a cheap gate before the full name match. */
function shareWord(a: Analysed, b: Analysed): boolean {
  const words = new Set<string>()
  for (const n of a.names) for (const f of n.forms) for (const t of f.tokens) if (STRONG.has(t.kind)) words.add(t.text)
  for (const n of b.names) for (const f of n.forms) for (const t of f.tokens) if (STRONG.has(t.kind) && words.has(t.text)) return true
  return false
}

/** How well the names match each way (the weaker of the two), 1 when a name is identical. */
export function sameNameScore(a: Analysed, b: Analysed, ctx: Context = {}): number {
  if (nameLiteral(a, b).score === 1) return 1
  if (!shareWord(a, b)) return 0
  return Math.min(nameMatch(a, b, ctx).score, nameMatch(b, a, ctx).score)
}

/**
 * A weak alias (a.k.a. 'X', the UN's low-quality alias) both records give, as written in the
 * first: one of two name words or more once titles and particles are left out (Abu Bakr
 * al-Baghdadi, not Dr. Ibrahim: one common name is no evidence).
 */
export function sharedWeakAlias(a: Analysed, b: Analysed): string | undefined {
  for (const [key, written] of a.weak) {
    if (!b.weak.has(key)) continue
    const words = analyseName(written, 'Person')[0]?.tokens.filter((t) => t.kind === 'word').length ?? 0
    if (words >= 2) return written
  }
}

/** Records on one list: the same load, or a publisher's dataset in common. */
export function sameList(a: Side, b: Side): boolean {
  return a.version === b.version || a.entity.datasets.some((d) => b.entity.datasets.includes(d))
}

/**
 * Whether two list records are one real entity, and why. In order:
 * - a strong identifier both carry (unless their full birth dates differ): ties across lists
 *   and within one;
 * - the same record (its id and name) in two versions of its list, or on two lists of its publisher;
 * - never otherwise within one list: two records a list keeps apart are two entities by its word;
 * - persons: names matching each other at `SAME_NAME_MIN` or better (or `SAME_NAME_WITH_ALIAS_MIN`
 *   with a weak alias in common), a birth date agreeing (`birthDateTie`) and compatible countries;
 *   no birth date on a side, no tie;
 * - organisations: such names and a country in common, or the same main name as written (a short
 *   form in brackets after it aside) and no country on one side (a UN and an OFAC record of TEHRIK-E TALIBAN PAKISTAN); vessels and
 *   aircraft: identifiers only (their names are reused).
 */
export function sameEntity(a: Side, b: Side, ctx: Context = {}): Tie | undefined {
  const kind = pairKind(a.schema, b.schema)
  if (!kind) return undefined
  const id = sharedStrongId(a, b)
  if (id && !birthDatesConflict(a.dates, b.dates)) return { basis: 'identifier', detail: id }
  if (a.version === b.version) return undefined
  if (kind === 'Vessel' || kind === 'Airplane') return sameRecord(a, b)
  const [x, y] = [a, b]
  const date = kind === 'person' ? birthDateTie(x.dates, y.dates) : undefined
  const country = kind === 'organisation' ? sharedCountry(x.countries, y.countries) : undefined
  if (kind === 'person' ? !date || !countriesCompatible(x.countries, y.countries) : !country) return sameRecord(a, b) ?? sameMainName(a, b, kind)
  if (sameList(a, b)) return sameRecord(a, b)
  const score = sameNameScore(x, y, ctx)
  const alias = kind === 'person' && score < SAME_NAME_MIN && score >= SAME_NAME_WITH_ALIAS_MIN ? sharedWeakAlias(x, y) : undefined
  if (score < SAME_NAME_MIN && !alias) return undefined
  const names = `names match ${score.toFixed(2)} both ways${alias ? `; the alias "${alias}" on both` : ''}`
  return kind === 'person'
    ? { basis: 'name and birth date', detail: `${names}; born ${date}${x.countries.size && y.countries.size ? `; country ${sharedCountry(x.countries, y.countries)}` : ''}` }
    : { basis: 'name and country', detail: `${names}; country ${country}` }
}

/**
 * Two organisations of two lists with one main name as written (an alias is not enough: a
 * branch and its parent share them) where a side states no country to tell them apart.
 */
function sameMainName(a: Side, b: Side, kind: string): Tie | undefined {
  if (kind !== 'organisation' || sameList(a, b) || !countriesCompatible(a.countries, b.countries)) return undefined
  const main = a.names.find((n) => n.prop === 'name' && b.names.some((m) => m.prop === 'name' && withoutShortForm(m.raw) === withoutShortForm(n.raw)))
  return main && { basis: 'same name', detail: `main name "${withoutTrailingBracket(main.raw)}" on both; ${a.countries.size || b.countries.size ? 'no country on one side' : 'no country on either side'}` }
}

/** A short form in brackets after a name (HAQQANI NETWORK (HQN)): one list adds it, another not. */
const withoutShortForm = (raw: string) => literalName(withoutTrailingBracket(raw))

/**
 * One record of one publisher, under one name: in two versions of its list, or on two of its
 * lists (OFAC's SDN and non-SDN lists number their entries alike: ofac-17018 on both).
 */
function sameRecord(a: Side, b: Side): Tie | undefined {
  if (a.entity.id !== b.entity.id || nameLiteral(a, b).score !== 1) return undefined
  const where = sameList(a, b) ? 'in versions' : 'on'
  return { basis: 'list id', detail: `${a.entity.id} ${where} ${a.version} and ${b.version}` }
}
