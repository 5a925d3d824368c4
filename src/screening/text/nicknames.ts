import { NICKNAME_GROUPS } from './nicknames-data.js'

/**
 * Given names and their short forms (nicknames-data.ts): Bill is William, Sasha is Aleksandr,
 * Paco is Francisco. Two names agree when they share a group; the relation is not transitive
 * across groups (Alex is Alexander and Aleksei, yet Alexander is not Aleksei).
 */

/** A short form in a name (Bill for William) reads a little below the full name itself. */
export const NICKNAME_SIM = 0.92
/**
 * Two spellings of one full name (Alexander / Alyaksandr, Vladimir / Volodymyr) read as a
 * one-letter spelling does (Lukashenko / Lukashenka 0.95): the table says they are one name,
 * where a short form is the name shortened.
 */
export const FULL_NAME_SIM = 0.95

/** Group numbers by name. */
const GROUPS = new Map<string, number[]>()

/**
 * Index keys of a given name, without their kind letter, computed once (index/candidates.ts).
 * A listed short form is keyed by its group's first full name ("n" + william for Bill); a
 * queried name looks that key up (other short forms of it), and a queried short form also the
 * full names' own token keys ("t" + william): so each side finds the other, and the long
 * postings of common full names are never doubled.
 */
export interface GivenNameKeys {
  listed: string[]
  queriedGroup: string[]
  queriedFull: string[]
}
const KEYS = new Map<string, GivenNameKeys>()

const keysOf = (name: string) => {
  let k = KEYS.get(name)
  if (!k) KEYS.set(name, (k = { listed: [], queriedGroup: [], queriedFull: [] }))
  return k
}
const add = (list: string[], v: string) => list.includes(v) || list.push(v)

NICKNAME_GROUPS.forEach((line, g) => {
  const [fullPart, shortPart] = line.split(':')
  const full = fullPart.split('/')
  const short = shortPart.trim() ? shortPart.trim().split(/\s+/) : []
  for (const n of [...full, ...short]) {
    const list = GROUPS.get(n) ?? []
    if (!list.includes(g)) list.push(g)
    GROUPS.set(n, list)
    add(keysOf(n).queriedGroup, full[0])
  }
  for (const n of short) {
    add(keysOf(n).listed, full[0])
    for (const f of full) if (f !== n) add(keysOf(n).queriedFull, f)
  }
})

const NONE: GivenNameKeys = { listed: [], queriedGroup: [], queriedFull: [] }

/** The index keys of a lowercase given name (all empty for a name the table lacks). */
export function givenNameKeys(name: string): GivenNameKeys {
  return KEYS.get(name) ?? NONE
}

/** givenNameFlags: the name is in the table; it is a short form there (Bill, Sasha). */
export const KNOWN = 1
export const SHORT = 2
const FLAGS = new Map<string, number>()
for (const [name, k] of KEYS) FLAGS.set(name, KNOWN | (k.listed.length ? SHORT : 0))

/** KNOWN and SHORT for a lowercase ASCII name (0: not in the table). */
export function givenNameFlags(name: string): number {
  return FLAGS.get(name) ?? 0
}

const NO_GROUPS: readonly number[] = []

/** The groups of a lowercase given name (its numbers in the table; none when it lacks the name). */
export function givenNameGroups(name: string): readonly number[] {
  return GROUPS.get(name) ?? NO_GROUPS
}

/** Whether a name other than the one whose `groups` these are shares one of them. */
export function shareGroup(groups: readonly number[], name: string): boolean {
  const other = GROUPS.get(name)
  if (!other) return false
  for (const g of groups) if (other.includes(g)) return true
  return false
}

/** Whether two different given names are the same name in the table (bill, william). */
export function sameGivenName(a: string, b: string): boolean {
  return a !== b && shareGroup(givenNameGroups(a), b)
}

/**
 * Spellings the father's name inside a patronymic stem may take as a given name: the stem
 * itself (Ivan, Volodymyr), with the final vowel the patronymic drops (Mykola, Petro, Sergei,
 * Vasily) or without the y it keeps (Mykolay). text/name-parts.ts `patronymicStem` gives stems.
 */
const FATHER_ENDINGS = ['', 'a', 'o', 'i', 'y']

/**
 * The groups of the father's name in a patronymic stem (mykolay, nikola: the Mykola / Nikolai
 * group), none when no spelling of it is in the table: Mykolayovych and Nikolayevich are one
 * father's name written the Ukrainian and the Russian way.
 */
export function fatherNameGroups(stem: string): readonly number[] {
  if (!stem) return NO_GROUPS
  let groups = fathers.get(stem)
  if (groups) return groups
  const found = new Set<number>()
  const bases = /[yij]$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem]
  for (const base of bases) for (const end of FATHER_ENDINGS) for (const g of givenNameGroups(base + end)) found.add(g)
  groups = found.size ? [...found] : NO_GROUPS
  // Asked per pair of names compared, of stems that repeat: kept, up to a bound (queries bring new ones).
  if (fathers.size >= MAX_FATHERS) fathers.clear()
  fathers.set(stem, groups)
  return groups
}

const MAX_FATHERS = 10_000
const fathers = new Map<string, readonly number[]>()
