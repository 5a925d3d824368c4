import countries from 'i18n-iso-countries/index.js'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }

// The package's main module registers every language it ships (about 80 JSON files, some 50 ms
// in each thread that loads it: the CLI's and every screening worker). Only English names are
// read here, so the library is taken without them and English registered once, for every user.
countries.registerLocale(en)

/** i18n-iso-countries with its English names: the one import of the library. */
export { countries }
