import type { NameForm } from '../text/names.js'
import {
  givenNameFlags,
  givenNameGroups,
  KNOWN,
  NICKNAME_SIM,
  sameGivenName,
  SHORT,
  shareGroup,
} from '../text/nicknames.js'
import type { Token } from '../text/tokens.js'
import type { Equivalence } from './align.js'

/** Schemata whose names are never a person's. */
const NOT_PERSONS = new Set(['Company', 'Organization', 'Vessel', 'Airplane'])

/**
 * What a name form offers short forms of given names (KNOWN, SHORT of text/nicknames.ts; 0: no
 * use): it may be a person's (not of an organisation schema, LegalEntity and Thing may be
 * persons; no legal form in it), and it holds names of the table.
 */
export function givenNameUse(schema: string, f: NameForm): number {
  if (NOT_PERSONS.has(schema) || f.forms.length) return 0
  let flags = 0
  for (const t of f.tokens) if (t.kind === 'word') flags |= givenNameFlags(t.text)
  return flags
}

/** Whether two forms' givenNameUse may meet: a short form on one side, a name of its table on the other. */
export function nicknamesMeet(q: number, c: number): boolean {
  return ((q & SHORT) !== 0 && (c & KNOWN) !== 0) || ((c & SHORT) !== 0 && (q & KNOWN) !== 0)
}

/** One side of a comparison of persons' names: a form, and whether it was written "SURNAME, Given". */
export interface PersonForm {
  form: NameForm
  inverted: boolean
}

/**
 * Given names and their short forms in persons' names (Bill and William, Sasha and Aleksandr,
 * Paco and Francisco: text/nicknames.ts): such a pair reads at NICKNAME_SIM, a near match just
 * below the same name. Only given names: distinctive words, not in the surname's place on either
 * side (JOSEPH, Wilson is no Joe).
 */
export function nicknameEquivalence(q: PersonForm, c: PersonForm): Equivalence {
  // alignForms compares one query token with every candidate token in turn: its groups are
  // looked up once, and a candidate token's only when the query token has some.
  let last: Token | undefined
  let groups: readonly number[] = []
  return (a, b) => {
    if (a !== last) groups = (last = a).kind === 'word' ? givenNameGroups(a.text) : []
    return groups.length &&
      b.kind === 'word' &&
      b.text !== a.text &&
      shareGroup(groups, b.text) &&
      isGivenName(q, a) &&
      isGivenName(c, b)
      ? NICKNAME_SIM
      : 0
  }
}

/** Whether two tokens are one given name, one of them a short form (for the explanation too). */
export function isNickname(a: Token, b: Token): boolean {
  return a.kind === 'word' && b.kind === 'word' && sameGivenName(a.text, b.text)
}

/**
 * Whether a token of a person's name may be a given name: not the surname, which is the first
 * word of a name written "SURNAME, Given" and otherwise the last (a one-word name may be either).
 */
export function isGivenName({ form, inverted }: PersonForm, t: Token): boolean {
  const words = form.tokens.filter((x) => x.kind === 'word')
  if (words.length < 2) return true
  return t !== (inverted ? words[0] : words[words.length - 1])
}
