import { describe, expect, test } from 'vitest'
import { closeCountries, editDistance, resolveCountry } from './resolve.js'

describe('resolveCountry', () => {
  test.each([
    ['Russia', 'RUS'], ['russian federation', 'RUS'], ['RU', 'RUS'], ['RUS', 'RUS'], ['rus', 'RUS'], ['643', 'RUS'],
    ['China', 'CHN'], ['Türkiye', 'TUR'], ['UK', 'GBR'], ['EU27', 'EU27'], ['WLD', 'WLD'], ['World', 'WLD'], ['X899', 'X899'],
  ])('resolveCountry(%s) = %s', (raw, code) => expect(resolveCountry(raw).code).toBe(code))

  // Regression: unknown countries such as "XXX", "ZZZ" or "Narnia" were taken as codes and gave empty answers.
  test.each(['XXX', 'ZZZ', 'Narnia', '', 'W00'])('refuses %j, naming it', (raw) => {
    expect(() => resolveCountry(raw, 'importer')).toThrow(`unknown country: "${raw}" for importer`)
  })

  test('a typo is refused with the close matches', () => {
    expect(() => resolveCountry('Rusia')).toThrow('unknown country: "Rusia" (did you mean RUS Russian Federation?)')
    expect(closeCountries('Germny').map((p) => p.code)).toEqual(['DEU'])
    expect(closeCountries('Narnia')).toEqual([])
  })

  test.each([['kitten', 'sitting', 3], ['russia', 'rusia', 1], ['ab', 'ba', 1], ['', 'abc', 3]])('editDistance(%s, %s) = %i', (a, b, d) =>
    expect(editDistance(a, b)).toBe(d)
  )
})
