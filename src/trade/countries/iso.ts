import countries from 'i18n-iso-countries/index.js'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }

// The package's main module registers every language it ships (about 80 JSON files, some 50 ms
// in each thread that loads it: the CLI's and every screening worker). Only English names are
// read here, so the library is taken without them and English registered once, for every user.
countries.registerLocale(en)

/** i18n-iso-countries with its English names: the one import of the library. */
export { countries }

/**
 * The alpha-2 code of an English country name (any of its spellings), in any case, or undefined:
 * `countries.getAlpha2Code(name, 'en')` as one map look-up (the library scans every name of its
 * table per call, a cost paid on every miss: screening asks it of organisation words).
 */
export function alpha2OfEnglishName(name: string): string | undefined {
  return byEnglishName.get(name.toLowerCase())
}

const byEnglishName = new Map<string, string>()
for (const [code, names] of Object.entries(en.countries as Record<string, string | string[]>))
  // The library returns the first code that has the name: the first one kept.
  for (const n of typeof names === 'string' ? [names] : names) if (!byEnglishName.has(n.toLowerCase())) byEnglishName.set(n.toLowerCase(), code)
