/** The dev set's classes, in report order: three of false positives, five of false negatives. */
export const CLASSES = [
  'differing-part',
  'swapped-bin',
  'distinctive-word',
  'legal-form',
  'name-variants',
  'arabic-script',
  'cross-script-han-cyrillic',
  'aliases',
] as const
export type DevClass = (typeof CLASSES)[number]

/**
 * One labelled pair: `match` is the truth (the two names are one entity). `id1`/`id2` are the
 * list entities the names come from (equal for a positive); `how` says how the pair was made.
 */
export interface DevPair {
  schema: string
  name1: string
  name2: string
  match: boolean
  id1: string
  id2: string
  how: string
}

/** What a class builder finds before sampling. */
export interface Found {
  positives: DevPair[]
  negatives: DevPair[]
}

/**
 * One list entity as the builder sees it: strong names (primary first), former names, weak
 * aliases, countries. Ids carry the source ("ofac-306", "ofac-cons-17", "unsc-…", FtM ids).
 */
export interface ListRecord {
  id: string
  source: 'ofac' | 'ofac-cons' | 'un' | 'ftm'
  schema: string
  names: string[]
  previous: string[]
  weak: string[]
  countries: string[]
}

export const isPerson = (r: ListRecord) => r.schema === 'Person'
export const isOrganisation = (r: ListRecord) =>
  ['Organization', 'Company', 'LegalEntity'].includes(r.schema)

/** Appends a value to the list a map holds under key. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
