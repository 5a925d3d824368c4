import { alpha2OfEnglishName, countries } from '../../trade/countries/iso.js'
import { badInput } from '../../errors.js'
import { findCountry, resolveCountry } from '../../trade/countries/resolve.js'

/** Names the lists use that the ISO name tables miss (UN style, OFAC style). */
const EXTRA: Record<string, string> = {
  'iran islamic republic of': 'ir', "democratic people's republic of korea": 'kp', 'korea north': 'kp',
  'north korea': 'kp', 'korea south': 'kr', 'republic of korea': 'kr', 'viet nam': 'vn', 'burma': 'mm',
  'united kingdom of great britain and northern ireland': 'gb', 'united kingdom': 'gb', 'uk': 'gb',
  'bolivia plurinational state of': 'bo', 'venezuela bolivarian republic of': 've', 'usa': 'us',
  'united states of america': 'us', 'congo democratic republic of the': 'cd', 'palestinian': 'ps',
  'west bank': 'ps', 'gaza': 'ps', 'crimea': 'ua', 'region: crimea': 'ua', 'soviet union': 'su', 'ussr': 'su', 'union of soviet socialist republics': 'su', 'former soviet union': 'su', 'former ussr': 'su',
  // FollowTheMoney's (OpenSanctions') code of the Soviet Union.
  'suhh': 'su',
  'russia': 'ru', 'moldova republic of': 'md', 'republic of moldova': 'md', 'syria': 'sy', 'laos': 'la',
  'macau': 'mo', 'macao': 'mo', 'czechia': 'cz', 'eswatini': 'sz', 'cabo verde': 'cv', 'kosovo': 'xk',
}

/**
 * A former state's successors, for a state the lists still name. OFAC and the UN give "USSR" or
 * "Soviet Union" as the nationality or birth country of people born before 1991: such a person
 * is a national, or was born in the territory, of one of its 15 successor states, so an analyst
 * reads "USSR" beside "Russia" or "Ukraine" as agreeing, not as another country. A former state
 * is therefore read as itself and each successor (see `countryReadings`): it agrees with any of
 * them and still differs from a country that was never part of it (Iran). Other former states
 * (Yugoslavia, Czechoslovakia) name no code here and are not read as countries at all.
 */
const SUCCESSORS: Record<string, string[]> = {
  su: ['am', 'az', 'by', 'ee', 'ge', 'kg', 'kz', 'lt', 'lv', 'md', 'ru', 'tj', 'tm', 'ua', 'uz'],
}

/** The codes a country code stands for when compared: itself, and a former state's successors. */
export function countryReadings(code: string): string[] {
  const successors = SUCCESSORS[code]
  return successors ? [code, ...successors] : [code]
}

/**
 * An ISO 3166 alpha-2 code (lowercase, as FtM writes it) for a code or a country name, or
 * undefined when the text names no country we know.
 */
export const countryCode = remembered(function countryCode(raw: string): string | undefined {
  const s = raw.trim()
  if (!s) return undefined
  // XK (Kosovo) is in use, not in ISO 3166-1; SU is ISO 3166-3's code of the Soviet Union.
  if (/^[A-Za-z]{2}$/.test(s)) return countries.isValid(s.toUpperCase()) || s.toLowerCase() === 'xk' || s.toLowerCase() in SUCCESSORS ? s.toLowerCase() : undefined
  if (/^[A-Za-z]{3}$/.test(s)) {
    const a2 = countries.alpha3ToAlpha2(s.toUpperCase())
    if (a2) return a2.toLowerCase()
  }
  const key = s.toLowerCase().replace(/[(),.]/g, ' ').replace(/\s+/g, ' ').trim()
  const hit = EXTRA[key] ?? alpha2OfEnglishName(s) ?? alpha2OfEnglishName(key)
  return hit?.toLowerCase()
})

/**
 * A query's country to ISO alpha-2: the list spellings above first, then the trade domain's
 * resolver (the one the trade commands use), so "Russian Federation", "RUS" and "643" all work.
 * Undefined when it names no single country; `checkQueryCountry` says why.
 */
export const queryCountryCode = remembered(function queryCountryCode(raw: string): string | undefined {
  const hit = countryCode(raw)
  if (hit) return hit
  const place = findCountry(raw)
  return place?.kind === 'country' ? countries.alpha3ToAlpha2(place.code)?.toLowerCase() : undefined
})

/**
 * A country spelling's code, looked up once per thread: a list names a few hundred countries
 * over thousands of entities, a batch the same few on every row, and a lookup by name scans the
 * ISO tables. Bounded: emptied when full.
 */
function remembered(resolve: (raw: string) => string | undefined): (raw: string) => string | undefined {
  const known = new Map<string, string | undefined>()
  return (raw) => {
    let code = known.get(raw)
    if (code === undefined && !known.has(raw)) {
      code = resolve(raw)
      if (known.size >= 10_000) known.clear()
      known.set(raw, code)
    }
    return code
  }
}

/** Like `queryCountryCode`, but an unknown country or a group of countries is an error naming it. */
export function checkQueryCountry(raw: string): string {
  const hit = queryCountryCode(raw)
  if (hit) return hit
  const place = resolveCountry(raw)
  throw badInput(`not a single country: "${raw}" (${place.code} ${place.name} is a ${place.kind === 'aggregate' ? 'group of countries' : 'residual area'}; screening takes one country)`)
}
