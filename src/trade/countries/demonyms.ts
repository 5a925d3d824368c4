import { createRequire } from 'node:module'
import { countries } from './iso.js'
import { normaliseName } from './countries.js'
import textNames from './text-names.json' with { type: 'json' }

const require = createRequire(import.meta.url)

/** How a text names a country: its name ("China"), a demonym ("Chinese") or a short form in capitals ("UAE"). */
export type NameKind = 'name' | 'demonym'

export interface CountryName {
  text: string
  code: string
  kind: NameKind
}

let cached: CountryName[] | undefined

/**
 * Every way the project knows a text names a country: ISO 3166 English names (i18n-iso-countries),
 * nationality adjectives (i18n-nationality, en) and the press forms of text-names.json. Codes as
 * ISO alpha-3. Short forms in capitals (US, UK, UAE) keep their case: "us" is a pronoun.
 */
export function countryNames(): CountryName[] {
  if (cached) return cached
  const out: CountryName[] = []
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>
  for (const [alpha2, list] of Object.entries(names)) {
    const code = countries.alpha2ToAlpha3(alpha2)
    if (code) for (const text of list) out.push({ text, code, kind: 'name' })
  }
  const nationalities = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities
  for (const [alpha2, text] of Object.entries(nationalities)) {
    const code = countries.alpha2ToAlpha3(alpha2)
    if (code && text) out.push({ text, code, kind: 'demonym' })
  }
  for (const [text, code] of Object.entries(textNames.names)) out.push({ text, code, kind: 'name' })
  for (const [text, code] of Object.entries(textNames.demonyms)) out.push({ text, code, kind: 'demonym' })
  cached = out
  return out
}

/** True for a short form that must be matched in capitals ("US", "UAE", "U.S."), not as a word. */
export function isCapitalsForm(text: string): boolean {
  return /^[A-Z.]{2,5}$/.test(text)
}

export { normaliseName }
