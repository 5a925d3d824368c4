import { AppError } from '../errors.js'
import type { Query } from './match/analyse.js'
import { checkQueryCountry } from './match/countries.js'
import { checkBirthDate } from './match/dates.js'

const values = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const one = (v: string[]) => (v.length === 0 ? undefined : v.length === 1 ? v[0] : v)

/**
 * Checks what a user typed beside the name (CLI, API, batch rows): each country must name one
 * country and each birth date must be a real date, not in the future, so a typo is an error, not a silently
 * unqualified answer. Returns the query with its birth dates in ISO form (1969-7-16 as
 * 1969-07-16). Lists' own free-form values (coverage) do not pass through here.
 */
export function checkUserQuery(q: Query): Query {
  for (const c of values(q.country)) checkQueryCountry(c)
  if (q.birthDate === undefined) return q
  return { ...q, birthDate: one(values(q.birthDate).map((d) => checkBirthDate(d))) }
}

/**
 * A row of a batch checked as `checkUserQuery` does, but a bad country or birth date does not
 * cost the row its screening: the value is left out, the name screened without it, and a
 * warning names the value and why (the batch says which row). Only the qualifiers are dropped:
 * what is left is still checked.
 */
export function lenientUserQuery(q: Query): { query: Query; warnings: string[] } {
  const warnings: string[] = []
  const keep = <T>(v: string, check: (s: string) => T): T | undefined => {
    try {
      return check(v)
    } catch (err) {
      if (!(err instanceof AppError)) throw err
      warnings.push(`${err.message}: left out, the name screened without it`)
      return undefined
    }
  }
  const countries = values(q.country).filter((c) => keep(c, checkQueryCountry) !== undefined)
  const dates = values(q.birthDate).flatMap((d) => keep(d, checkBirthDate) ?? [])
  const query = { ...q, country: one(countries), birthDate: one(dates) }
  return { query, warnings }
}
