import { expect, test } from 'vitest'
import { checkUserQuery } from '../screen.js'
import { lenientUserQuery } from '../user-query.js'
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

// Regression: an unpadded birth date (1969-7-16) was refused, and read as its year alone by the matcher.
test.each([['1969-7-16', '1969-07-16'], ['1969-7', '1969-07'], ['1969-07-6', '1969-07-06'], [' 1952 ', '1952']])('checkBirthDate(%s) = %s', (d, iso) =>
  expect(checkBirthDate(d)).toBe(iso)
)
test('checkUserQuery returns the birth dates in ISO form', () =>
  expect(checkUserQuery({ name: 'x', birthDate: ['1969-7-16', '1970'] })).toEqual({ name: 'x', birthDate: ['1969-07-16', '1970'] })
)

// Regression: a bad birth date in a batch row blocked the screening of that row's name.
test('lenientUserQuery leaves a bad country or birth date out with a warning and keeps the rest', () => {
  expect(lenientUserQuery({ name: 'x', country: ['Narnia', 'RU'], birthDate: ['1969-13-01', '1969-7-16'] })).toEqual({
    query: { name: 'x', country: 'RU', birthDate: '1969-07-16' },
    warnings: [
      'unknown country: "Narnia" (expected an ISO code such as RUS or RU, or a country name): left out, the name screened without it',
      'invalid birth date: "1969-13-01" (no such date): left out, the name screened without it',
    ],
  })
  expect(lenientUserQuery({ name: 'x', birthDate: '16.07.1969' })).toEqual({
    query: { name: 'x', country: undefined, birthDate: undefined },
    warnings: ['invalid birth date: "16.07.1969" (expected YYYY, YYYY-MM or YYYY-MM-DD): left out, the name screened without it'],
  })
})

// Regression: a birth date in the future (2099-01-01) was accepted as if it were one.
test('a birth date after today (UTC) is refused, naming the value; today and before are kept', () => {
  const today = new Date('2026-12-03T23:30:00Z')
  expect(() => checkBirthDate('2026-12-04', today)).toThrow('invalid birth date: "2026-12-04" (in the future)')
  expect(() => checkBirthDate('2027', today)).toThrow('(in the future)')
  expect(() => checkBirthDate('2027-1', today)).toThrow('invalid birth date: "2027-1" (in the future)')
  expect(['2026-12-03', '2026-12', '2026'].map((d) => checkBirthDate(d, today))).toEqual(['2026-12-03', '2026-12', '2026'])
  expect(() => checkUserQuery({ name: 'x', birthDate: '2099-01-01' })).toThrow('invalid birth date: "2099-01-01" (in the future)')
  expect(lenientUserQuery({ name: 'x', birthDate: ['2099-01-01', '1952'] })).toEqual({ query: { name: 'x', birthDate: '1952' }, warnings: ['invalid birth date: "2099-01-01" (in the future): left out, the name screened without it'] })
})
