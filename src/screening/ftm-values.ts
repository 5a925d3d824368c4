import { ftmModel } from './ftm-model.js'
import { countryCode } from './match/countries.js'
import { isoPrefix } from './match/dates.js'
import type { Entity, Props } from './model.js'

// The FtM model (ftm-model.ts) says which properties of a schema are dates and which are countries
// (Person: birthDate, deathDate, incorporationDate, ...; nationality, citizenship, birthCountry,
// country, jurisdiction, mainCountry; Vessel: buildDate, registrationDate, flag, pastFlags, ...).

/**
 * An entity's properties as FollowTheMoney writes them, for answers in yente's shape (/match).
 * followthemoney/types/date.py: a date is an ISO 8601 prefix ("2021", "2021-02", "2021-02-16"),
 * with no ranges; followthemoney/types/country.py: a country is a lowercase ISO 3166-1 alpha-2
 * code or one of FtM's own territory codes ("xk", "suhh", "ua-cri"). The lists write "07 Oct 1952"
 * and "Russia"; those become "1952-10-07" and "ru". A value that cannot be converted (a range,
 * "circa 1962", a place no code names, a code FtM does not have) is kept as written: dropping it
 * would hide what the list says, and a yente client shows an unparsed value as text.
 */
export function ftmProperties(e: Pick<Entity, 'schema' | 'properties'>): Props {
  const schema = ftmModel().schemata[e.schema]
  if (!schema) return e.properties
  const props = schema.getProperties()
  const out: Props = {}
  for (const [key, values] of Object.entries(e.properties)) {
    const type = props.get(key)?.type.name
    const convert = type === 'date' ? isoPrefix : type === 'country' ? ftmCountry : undefined
    out[key] = convert ? [...new Set(values.map((v) => convert(v) ?? v))] : values
  }
  return out
}

function ftmCountry(raw: string): string | undefined {
  const code = countryCode(raw)
  return code && ftmModel().getType('country').values.has(code) ? code : undefined
}
