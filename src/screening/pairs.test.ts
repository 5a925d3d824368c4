import { expect, test } from 'vitest'
import { scorePairOf } from './pairs.js'

// Regression: screen --pairs without a schema scored every pair as LegalEntity, under the rules
// for organisations: father and son (Ahmed bin Ali / Ali bin Ahmed) scored 0.97.
test.each([
  ['Ahmed bin Ali al-Harbi', 'Ali bin Ahmed al-Harbi', 'Person', 'from the names: "Ahmed bin Ali al-Harbi" reads as a person\'s name ("bin" between names)'],
  ['Dmitry Ivanovich Savelyev', 'SAVELYEV, Dmitry Vladimirovich', 'Person', 'from the names: "Dmitry Ivanovich Savelyev" reads as a person\'s name (patronymic ivanovich)'],
  ['Zala Aero', 'Zala Aero Group', 'Organization', 'from the names: "Zala Aero Group" reads as an organisation\'s name (group)'],
])('no schema given: %s / %s scored as a %s', (a, b, schema, basis) => {
  const s = scorePairOf(undefined, a, b)
  expect([s.schema, s.basis]).toEqual([schema, basis])
  expect(s.result.match).toBe(schema === 'Organization')
})

test('names that tell nothing are scored as both, the higher taken and both said', () => {
  const s = scorePairOf(undefined, 'Hala Saddam Hussein al-Tikriti', 'Rana Saddam Hussein al-Tikriti')
  expect(s.schema).toBe('Person')
  expect(s.basis).toMatch(/^the names do not tell: scored as Person 0\.\d{3} and as Organization 0\.\d{3}, the higher taken$/)
  expect(s.result.match).toBe(false)
})

test('a given schema is used as given; an unknown one is an error naming it', () => {
  expect(scorePairOf('Organization', 'Ahmed bin Ali al-Harbi', 'Ali bin Ahmed al-Harbi')).toMatchObject({ schema: 'Organization', basis: 'given' })
  expect(() => scorePairOf('Persn', 'a', 'b')).toThrow('unknown schema: "Persn" (expected Person, Company, Organization, LegalEntity, Vessel, Airplane, or none to decide from the names)')
})
