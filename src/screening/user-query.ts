import type { Query } from './match/analyse.js'
import { checkQueryCountry } from './match/countries.js'
import { checkBirthDate } from './match/dates.js'

const values = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/**
 * Checks what a user typed beside the name (CLI, API, batch rows): each country must name one
 * country and each birth date must be a real date, so a typo is an error, not a silently
 * unqualified answer. Lists' own free-form values (coverage) do not pass through here.
 */
export function checkUserQuery(q: Query): Query {
  for (const c of values(q.country)) checkQueryCountry(c)
  for (const d of values(q.birthDate)) checkBirthDate(d)
  return q
}
