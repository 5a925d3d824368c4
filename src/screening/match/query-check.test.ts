import { expect, test } from 'vitest'
import { checkUserQuery } from '../screen.js'
import { checkQueryCountry } from './countries.js'
import { checkBirthDate } from './dates.js'

test.each([['RU', 'ru'], ['RUS', 'ru'], ['Russia', 'ru'], ['Russian Federation', 'ru'], ['643', 'ru'], ['Iran', 'ir']])('checkQueryCountry(%s) = %s', (raw, a2) =>
  expect(checkQueryCountry(raw)).toBe(a2)
)

// Regression: screen --country Narnia and --birth-date "not a date" were ignored and the answer came back unqualified.
test('an unknown country, a group of countries or an impossible birth date is an error naming it', () => {
  expect(() => checkUserQuery({ name: 'x', country: 'Narnia' })).toThrow('unknown country: "Narnia"')
  expect(() => checkUserQuery({ name: 'x', country: 'Rusia' })).toThrow('did you mean RUS Russian Federation?')
  expect(() => checkUserQuery({ name: 'x', country: 'EU27' })).toThrow('not a single country: "EU27"')
  expect(() => checkUserQuery({ name: 'x', birthDate: 'not a date' })).toThrow('invalid birth date: "not a date" (expected YYYY, YYYY-MM or YYYY-MM-DD)')
  expect(() => checkUserQuery({ name: 'x', birthDate: '2024-02-30' })).toThrow('invalid birth date: "2024-02-30" (no such date)')
  expect(() => checkUserQuery({ name: 'x', birthDate: '1962-13' })).toThrow('no such date')
})

test.each(['1952', '1952-10', '1952-10-07', '2024-02-29'])('checkBirthDate(%s) accepts it', (d) => expect(checkBirthDate(d)).toBe(d))
