import { describe, expect, test } from 'vitest'
import { parseClaims } from './load.js'

const claim = (extra: string) => `claims:\n  - statement: China supplied 45% of Russia's imports in 2023\n    importer: RUS\n    partner: CHN\n    basket: total\n    period: "2023"\n    comparator: about\n    figure: 0.45\n${extra}`

describe('claims file', () => {
  test('a claim is read with codes resolved: names, groups by alias, defaults from the file', () => {
    const [c] = parseClaims(`source: IMF\nclaims:\n  - statement: s\n    importer: Russia\n    partner: China incl. Hong Kong\n    basket: chpl\n    period: 2023-01..2023-10\n    comparator: between\n    figure: [0.7, 0.8]\n`)
    expect(c).toMatchObject({ id: 'claim-1', line: 3, source: 'IMF', direction: 'imports', country: 'RUS', partner: 'CHN+HKG', period: '2023-01..2023-10', comparator: 'between', figure: 0.7, high: 0.8, measure: 'share' })
  })

  test.each(['', 'claims: []\n', '# nothing yet\n'])('no claims (%j) is an empty list', (text) => {
    expect(parseClaims(text)).toEqual([])
  })

  test.each([
    ['    figure: 45\n', /^bad claims file: c\.yaml:8: claims\[0\]\.figure: a share is a fraction from 0 to 1 \(0\.7 for 70%\), got 45/],
    ['    basket: machine tools\n', /c\.yaml:5: claims\[0\]\.basket: unknown basket: "machine tools"/],
    ['    partner: Chna\n', /c\.yaml:4: claims\[0\]\.partner: unknown country: "Chna" for partner \(did you mean CHN/],
    ['    period: Q4 2023\n', /c\.yaml:6: claims\[0\]\.period: bad period "Q4 2023" \(expected 2023, 2023-Q4/],
    ['    comparator: roughly\n', /c\.yaml:7: claims\[0\]\.comparator: expected one of over, under, about, between/],
    ['    colour: red\n', /c\.yaml:2: claims\[0\]: unknown key "colour"/],
  ])('a bad field %j is named with its line', (line, message) => {
    // The bad line replaces the field of the same name (a duplicate key is a YAML error of its own).
    const key = line.trim().split(':')[0]
    const text = claim('').split('\n').map((l) => (l.trim().startsWith(`${key}:`) ? line.trimEnd() : l)).join('\n') + (claim('').includes(`${key}:`) ? '' : line)
    expect(() => parseClaims(text, 'c.yaml')).toThrow(message)
  })

  test('a YAML syntax error names its line', () => {
    expect(() => parseClaims('claims:\n  - statement: a: b: c\n', 'c.yaml')).toThrow(/^bad claims file: c\.yaml:2: YAML syntax error/)
  })
})
