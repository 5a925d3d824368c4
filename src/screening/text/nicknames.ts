import { NICKNAME_GROUPS } from './nicknames-data.js'

/**
 * Given names and their short forms (nicknames-data.ts): Bill is William, Sasha is Aleksandr,
 * Paco is Francisco. Two names agree when they share a group; the relation is not transitive
 * across groups (Alex is Alexander and Aleksei, yet Alexander is not Aleksei).
 */

/** A short form in a name (Bill for William) reads a little below the full name itself. */
export const NICKNAME_SIM = 0.92

const EMPTY: readonly number[] = []
/** Group numbers by name; the first full name of each group is its canonical name. */
const GROUPS = new Map<string, number[]>()
const CANONICAL: string[] = []

NICKNAME_GROUPS.forEach((line, g) => {
  const [full, short = ''] = line.split(':')
  const names = [...full.split('/'), ...short.trim().split(/\s+/)].filter(Boolean)
  CANONICAL.push(names[0])
  for (const n of names) {
    const list = GROUPS.get(n) ?? []
    if (!list.includes(g)) list.push(g)
    GROUPS.set(n, list)
  }
})

/** The groups a lowercase ASCII given name belongs to (none for a name the table lacks). */
export function givenNameGroups(name: string): readonly number[] {
  return GROUPS.get(name) ?? EMPTY
}

/** The canonical name of a group (its first full name): the index key of the whole group. */
export function canonicalGivenName(group: number): string {
  return CANONICAL[group]
}

/** Whether two different given names are the same name in the table (bill, william). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return false
  const ga = GROUPS.get(a)
  if (!ga) return false
  const gb = GROUPS.get(b)
  if (!gb) return false
  for (const g of ga) if (gb.includes(g)) return true
  return false
}
