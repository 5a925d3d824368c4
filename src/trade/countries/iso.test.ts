import { describe, expect, it } from 'vitest'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import { alpha2OfEnglishName, countries } from './iso.js'

describe('alpha2OfEnglishName', () => {
  it('gives the code the library gives for every English spelling, in any case, and none for other words', () => {
    const names = Object.values(en.countries as Record<string, string | string[]>).flat()
    const words = [...names, ...names.map((n) => n.toUpperCase()), 'Bolivia', 'korea', 'steel', 'novosibirsk', '']
    for (const w of words) expect(alpha2OfEnglishName(w), w).toBe(countries.getAlpha2Code(w, 'en'))
    expect(alpha2OfEnglishName('united states of america')).toBe('US')
  })
})
