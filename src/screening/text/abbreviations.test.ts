import { expect, test } from 'vitest'
import { analyseName } from './names.js'
import { numberWord, romanValue } from './numbers.js'
import { NUMBER_WORDS, numeralValue } from './numerals.js'
import { expandAbbreviation, respellings } from './abbreviations.js'

test.each([
  ['three', false, '3'],
  ['third', false, '3'],
  ['3rd', false, '3'],
  ['21st', false, '21'],
  ['twelfth', false, '12'],
  ['hundred', false, '100'],
  ['1st', false, 'first'],
  ['first', false, undefined],
  ['one', false, '1'],
  ['zero', false, undefined],
  ['iii', false, undefined],
  ['iii', true, '3'],
  ['xiv', true, '14'],
  ['xi', true, undefined],
  ['v', true, undefined],
  ['mix', true, undefined],
])('numberWord(%s, roman %s) = %s', (w, roman, n) => expect(numberWord(w, roman)).toBe(n))

test.each([
  ['ii', 2],
  ['iv', 4],
  ['ix', 9],
  ['xxxix', 39],
  ['il', undefined],
  ['vv', undefined],
])('romanValue(%s) = %s', (w, n) => expect(romanValue(w)).toBe(n))

test.each([
  ['intl', false, 'international'],
  ['mfg', false, 'manufacturing'],
  ['technologies', false, 'technology'],
  ['centre', false, 'center'],
  ['hldgs', false, 'holdings'],
  ['dev', false, undefined],
  ['dev', true, 'development'],
  ['co', true, undefined],
  ['corp', true, undefined],
])('expandAbbreviation(%s, org %s) = %s', (w, org, e) => expect(expandAbbreviation(w, org)).toBe(e))

const text = (name: string, schema = 'Company') => analyseName(name, schema)[0].text

test.each([
  ['Acme Intl Mfg Co', 'acme international manufacturing'],
  // Regression: Spanish "Cia." was a name word that "Compania" did not meet (CIA. MINERA DAPA S.A.).
  ['Cia. Minera Dapa S.A.', 'compania minera dapa'],
  ['Compania Minera Dapa SA', 'compania minera dapa'],
  ['Acme International Manufacturing Company', 'acme international manufacturing'],
  ['Kalashnikov Eng Grp', 'kalashnikov engineering group'],
  ['Natl Iranian Assn', 'national iranian association'],
  ['Third Rome Trading', '3 rome trading'],
  ['3rd Rome Trading', '3 rome trading'],
  ['Plant No. 3', 'plant 3'],
  ['Plant Number Three', 'plant 3'],
  ['Henry III Ltd', 'henry 3'],
  ['First Bank', 'first bank'],
  // The -ing word of a line of business reads as its noun (KOREA KWANGSON BANKING CORP, Kwangson Bank).
  ['Kwangson Banking Corp', 'kwangson bank'],
  ['Sovcom Trade', 'sovcom trading'],
  ['No Limit Trading', 'no limit trading'],
])('organisation name %s reads as %s', (name, expected) => expect(text(name)).toBe(expected))

test.each([
  // Persons keep their names: Dev is a given name, VI two initials, Xi a surname.
  ['Dev Patel', 'Person', 'dev patel'],
  ['Dev Patel', 'Thing', 'dev patel'],
  // Banks and Trade are surnames too.
  ['Tyra Banks', 'Person', 'tyra banks'],
  ['Tyra Banks', 'Thing', 'tyra banks'],
  ['VI Lenin', 'Thing', 'vi lenin'],
  ['Henry III', 'Person', 'henry iii'],
  // A name of unknown schema with a legal form or a common word reads as an organisation's.
  ['Acme Dev Ltd', 'Thing', 'acme development'],
  ['Acme Intl', 'Thing', 'acme international'],
])('%s (%s) reads as %s', (name, schema, expected) => expect(text(name, schema)).toBe(expected))

test('the explanation names what was read otherwise', () =>
  expect(respellings('Acme Intl Technologies No. 3rd').map((r) => r.note)).toEqual([
    'abbreviation: intl = international',
    'spelling: technologies = technology',
    'number: 3rd = 3',
  ]))

// Regression: numbers.ts and numerals.ts held two tables of number words (thousand was a number to one only).
test('one table of number words: a word written as digits has that value as a numeral', () => {
  for (const [word, value] of NUMBER_WORDS) {
    expect(numeralValue(word)).toBe(value)
    expect(numberWord(word)).toBe(value >= 1 && word !== 'first' ? String(value) : undefined)
  }
  expect(numeralValue('thousand')).toBe(1000)
})
