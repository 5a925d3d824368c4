import { expect, test } from 'vitest'
import { NICKNAME_GROUPS } from './nicknames-data.js'
import { fatherNameGroups, givenNameGroups, givenNameKeys, sameGivenName } from './nicknames.js'
import { PARTICLES, TITLES } from './words.js'

test.each([
  ['bill', 'william'],
  ['william', 'will'],
  ['bob', 'robert'],
  ['sasha', 'aleksandr'],
  ['sasha', 'alexander'],
  ['shura', 'sasha'],
  ['misha', 'mikhail'],
  ['pepe', 'jose'],
  ['paco', 'francisco'],
  ['alex', 'aleksei'],
  ['aleksandr', 'oleksandr'],
  ['jack', 'john'],
])('%s and %s are one given name', (a, b) => expect(sameGivenName(a, b)).toBe(true))

test.each([
  // Two full names that share a short form are still two names.
  ['alexander', 'aleksei'],
  ['william', 'robert'],
  ['bill', 'bob'],
  // A name is not its own nickname, and a name the table lacks has none.
  ['william', 'william'],
  ['smith', 'smyth'],
  // Translations are other names.
  ['ivan', 'john'],
])('%s and %s are not', (a, b) => expect(sameGivenName(a, b)).toBe(false))

test('index keys: a listed short form by its full name; a queried short form finds the full names', () => {
  expect(givenNameKeys('bill')).toEqual({
    listed: ['william'],
    queriedGroup: ['william'],
    queriedFull: ['william'],
  })
  expect(givenNameKeys('william')).toEqual({
    listed: [],
    queriedGroup: ['william'],
    queriedFull: [],
  })
  expect(givenNameKeys('shura')).toEqual({
    listed: ['alexander', 'alexandra'],
    queriedGroup: ['alexander', 'alexandra'],
    queriedFull: [
      'alexander',
      'aleksandr',
      'alexandr',
      'aleksander',
      'oleksandr',
      'aliaksandr',
      'alyaksandr',
      'alexandre',
      'alessandro',
      'alexandra',
      'aleksandra',
      'oleksandra',
      'aliaksandra',
    ],
  })
  expect(givenNameKeys('zzz')).toEqual({ listed: [], queriedGroup: [], queriedFull: [] })
})

test('the table holds lowercase ASCII names of three letters or more, no particles or titles', () => {
  const names = NICKNAME_GROUPS.flatMap((line) =>
    line.replace(':', ' ').replace(/\//g, ' ').split(/\s+/)
  ).filter(Boolean)
  expect(names.filter((n) => !/^[a-z]{3,}$/.test(n))).toEqual([])
  expect(names.filter((n) => PARTICLES.has(n) || TITLES.has(n))).toEqual([])
  expect(NICKNAME_GROUPS.every((line) => /^[a-z/]+:( [a-z]+)*$/.test(line))).toBe(true)
})

// Stems as text/name-parts.ts patronymicStem leaves them: Mykolayovych, Nikolayevich,
// Petrovych, Sergeyevich, Vasilyevich, Ivanovich.
test.each([
  ['mykolay', 'nikolai'],
  ['nikola', 'mykola'],
  ['petr', 'petro'],
  ['serge', 'serhiy'],
  ['vasil', 'vasyl'],
  ['ivan', 'ivan'],
])("the father's name in %s is %s", (stem, name) => {
  expect(fatherNameGroups(stem).some((g) => givenNameGroups(name).includes(g))).toBe(true)
})

test("a stem of no name in the table has no father's name", () => {
  expect(fatherNameGroups('zzz')).toEqual([])
  expect(fatherNameGroups('')).toEqual([])
  expect(fatherNameGroups('petr').some((g) => givenNameGroups('pavel').includes(g))).toBe(false)
})

test.each([
  ['alexander', 'alyaksandr'],
  ['aleksandr', 'aliaksandr'],
  ['dmitry', 'dzmitry'],
  ['vladimir', 'uladzimir'],
  ['sergei', 'siarhei'],
  ['aleksei', 'aliaksei'],
  ['yevgeny', 'yauhen'],
  ['oleg', 'aleh'],
  ['igor', 'ihar'],
  ['olga', 'volha'],
  ['viktor', 'viktar'],
  ['gennady', 'henadz'],
])('the Belarusian %s / %s are one given name (OFAC lists both for one person)', (a, b) =>
  expect(sameGivenName(a, b)).toBe(true)
)

test('a group with no short forms has none', () => {
  expect(givenNameKeys('aleh')).toEqual({ listed: [], queriedGroup: ['oleg'], queriedFull: [] })
})
