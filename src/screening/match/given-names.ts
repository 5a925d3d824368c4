import type { NameForm } from '../text/names.js'
import { patronymicStem } from '../text/name-parts.js'
import {
  fatherNameGroups,
  FULL_NAME_SIM,
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
 * What a name form offers the table of given names (KNOWN, SHORT of text/nicknames.ts; 0: no
 * use): it may be a person's (not of an organisation schema, LegalEntity and Thing may be
 * persons; no legal form in it), and it holds names of the table, or a patronymic of one.
 */
export function givenNameUse(schema: string, f: NameForm): number {
  if (NOT_PERSONS.has(schema) || f.forms.length) return 0
  let flags = 0
  for (const t of f.tokens) {
    if (t.kind === 'word') flags |= givenNameFlags(t.text)
    else if (!(flags & KNOWN) && t.kind === 'patronymic' && fatherNameGroups(patronymicStem(t.text)).length) flags |= KNOWN
  }
  return flags
}

/**
 * Whether two forms' givenNameUse may meet: both hold names of the table. Two full names of one
 * group are one name spelt as two languages write it (Volodymyr / Vladimir: 0.75 in letters).
 */
export function nicknamesMeet(q: number, c: number): boolean {
  return (q & KNOWN) !== 0 && (c & KNOWN) !== 0
}

/** One side of a comparison of persons' names: a form, and whether it was written "SURNAME, Given". */
export interface PersonForm {
  form: NameForm
  inverted: boolean
}

/**
 * Given names and their short forms in persons' names (Bill and William, Sasha and Aleksandr,
 * Paco and Francisco: text/nicknames.ts): such a pair reads at NICKNAME_SIM, a near match just
 * below the same name; two spellings of one full name (Alexander / Alyaksandr) at FULL_NAME_SIM.
 * Only given names: distinctive words, not in the surname's place on either side (JOSEPH,
 * Wilson is no Joe).
 */
export function nicknameEquivalence(q: PersonForm, c: PersonForm): Equivalence {
  // alignForms compares one query token with every candidate token in turn: its groups are
  // looked up once, and a candidate token's only when the query token has some.
  let last: Token | undefined
  let groups: readonly number[] = []
  return (a, b) => {
    if (a !== last) groups = groupsOf((last = a))
    if (!groups.length || b.kind !== a.kind || b.text === a.text) return 0
    if (a.kind === 'patronymic') return sharesGroup(groups, groupsOf(b)) ? NICKNAME_SIM : 0
    if (!shareGroup(groups, b.text) || !isGivenName(q, a) || !isGivenName(c, b)) return 0
    return (givenNameFlags(a.text) | givenNameFlags(b.text)) & SHORT ? NICKNAME_SIM : FULL_NAME_SIM
  }
}

/** The groups of a given name, or of the father's name in a patronymic (Mykolayovych: Mykola's). */
function groupsOf(t: Token): readonly number[] {
  if (t.kind === 'word') return givenNameGroups(t.text)
  return t.kind === 'patronymic' ? fatherNameGroups(patronymicStem(t.text)) : []
}

const sharesGroup = (a: readonly number[], b: readonly number[]) => a.some((g) => b.includes(g))

/** Whether two patronymics are of one father's name as the table spells it (Mykolayovych, Nikolayevich). */
export const sameFatherName = (a: Token, b: Token) => sharesGroup(groupsOf(a), groupsOf(b))

/** The same, of two patronymic stems (grigory, ryhor: name-parts.ts `patronymicStem`). */
export const sameFatherStem = (x: string, y: string) => sharesGroup(fatherNameGroups(x), fatherNameGroups(y))

/**
 * How two different tokens are one given name, for the explanation: one a short form of the
 * other (Bill / William), two spellings of one name (Volodymyr / Vladimir) or two patronymics
 * of one father's name (Mykolayovych / Nikolayevich); undefined when they are not.
 */
export function givenNameRelation(a: Token, b: Token): string | undefined {
  if (a.text === b.text || a.kind !== b.kind) return undefined
  if (a.kind === 'patronymic') return sameFatherName(a, b) ? "same father's name" : undefined
  if (a.kind !== 'word' || !sameGivenName(a.text, b.text)) return undefined
  return (givenNameFlags(a.text) | givenNameFlags(b.text)) & SHORT ? 'nickname' : 'one given name'
}

/**
 * Whether a token of a person's name may be a given name: not the surname, which is the first
 * word of a name written "SURNAME, Given" and otherwise the last (a one-word name may be either).
 * A word right before a patronymic is the given name, as Russian writes a name in either order
 * (Ротенберг Аркадий Романович): then the surname is the first word, unless that is the given name.
 */
export function isGivenName({ form, inverted }: PersonForm, t: Token): boolean {
  const words = form.tokens.filter((x) => x.kind === 'word')
  if (words.length < 2) return true
  const p = form.tokens.findIndex((x) => x.kind === 'patronymic')
  const given = p > 0 && form.tokens[p - 1].kind === 'word' ? form.tokens[p - 1] : undefined
  if (given) return t !== (given === words[0] ? words[words.length - 1] : words[0])
  return t !== (inverted ? words[0] : words[words.length - 1])
}
