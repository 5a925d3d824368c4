import type { NameForm } from '../text/names.js'
import { NICKNAME_SIM, sameGivenName } from '../text/nicknames.js'
import type { Token } from '../text/tokens.js'
import { plainSimilarity, type Similarity } from './align.js'

/** Schemata whose names are never a person's. */
const NOT_PERSONS = new Set(['Company', 'Organization', 'Vessel', 'Airplane'])

/**
 * Whether two name forms may both be persons' names: no organisation schema on either side
 * (LegalEntity and Thing may be persons) and no legal form in either name.
 */
export function mayBePersons(
  qSchema: string,
  qf: NameForm,
  cSchema: string,
  cf: NameForm
): boolean {
  return (
    !NOT_PERSONS.has(qSchema) && !NOT_PERSONS.has(cSchema) && !qf.forms.length && !cf.forms.length
  )
}

/** One side of a comparison of persons' names: a form, and whether it was written "SURNAME, Given". */
export interface PersonForm {
  form: NameForm
  inverted: boolean
}

/**
 * Token similarity for persons' names that also knows given names and their short forms (Bill
 * and William, Sasha and Aleksandr, Paco and Francisco: text/nicknames.ts): such a pair reads at
 * NICKNAME_SIM, a near match just below the same name. Only given names: distinctive words, not
 * in the surname's place on either side (JOSEPH, Wilson is no Joe).
 */
export function withNicknames(
  base: Similarity = plainSimilarity,
  q: PersonForm,
  c: PersonForm
): Similarity {
  return (a, b) => {
    const s = base(a, b)
    return s < NICKNAME_SIM && isNickname(a, b) && isGivenName(q, a) && isGivenName(c, b)
      ? NICKNAME_SIM
      : s
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
