import { describe, expect, test } from 'vitest'
import { analyseName } from './names.js'
import { abbreviates, bracketShortForm, SHORT_FORM_VIA } from './short-forms.js'

const bare = (name: string) => name.replace(/\s*\([^()]*\)\s*$/, '')

describe('bracketShortForm: the short form a name ends with in brackets', () => {
  // From OFAC SDN 2024-05 and ALT, and the UN list (../shared/data).
  test.each([
    ['DOOSTAN INTERNATIONAL COMPANY (DICO)', 'DICO'],
    ['TEHRIK-E TALIBAN PAKISTAN (TTP)', 'TTP'],
    ['NAFTIRAN INTERTRADE COMPANY (NICO)', 'NICO'],
    ['ATLAS OCEAN AND PETROCHEMICAL (AOPC)', 'AOPC'],
    ['METAL & MINERAL TRADE (MMT)', 'MMT'],
    ['Falah-i-Insaniat Foundation (FIF)', 'FIF'],
    ['Al Qaïda au Maghreb islamique (AQMI)', 'AQMI'],
    ['THE DOOSTAN COMPANY (DC)', 'DC'],
  ])('%s: %s', (name, short) => expect(bracketShortForm(name, bare(name), 'Organization')).toBe(short))
  test.each([
    ['RUNNING BROOK, LLC (USA)', 'a place'],
    ['ASIA ENERGY GENERAL TRADING (LLC)', 'a legal form'],
    ['INTRA-CHEM TRADING CO. (GMBH)', 'a legal form'],
    ['GOLDEN FISH S.A.L. (OFFSHORE)', 'a word'],
    ['STARS GROUP SAL (HOLDING)', 'a word'],
    ['PJSC VTB BANK (KIEV)', 'a place'],
    ['AIR FORCE, IRGC (PASDARAN)', 'another name'],
    ['IRAN OIL (IRAN)', 'one word of the name, no short form of it'],
    ['Stars Group (Holding)', 'not in capitals'],
    ['ISLAMIC SECURITY FORCE-INDIAN MUJAHIDEEN (ISF-IM)', 'not one word'],
    ['EXAMPLE TRADING (G7)', 'digits'],
    ['DOOSTAN INTERNATIONAL COMPANY', 'no bracket'],
  ])('%s: none (%s)', (name) => expect(bracketShortForm(name, bare(name), 'Organization')).toBeUndefined())
  test("a person's bracket is another spelling, not a short form", () => {
    expect(bracketShortForm('SANTOS, Ahmad (AS)', 'SANTOS, Ahmad', 'Person')).toBeUndefined()
  })
})

test.each([
  ['dico', ['doostan', 'international', 'company'], true],
  ['aopc', ['atlas', 'ocean', 'and', 'petrochemical'], true],
  ['ttp', ['tehrik', 'e', 'taliban', 'pakistan'], true],
  ['dd', ['doostan', 'international'], false],
  ['iran', ['iran', 'oil'], false],
  ['oil', ['iran', 'oil'], false],
  ['pmri', ['people', 's', 'resistance', 'movement', 'of', 'iran'], false],
  ['x', [], false],
] as const)('abbreviates(%s, %j) = %s', (short, words, yes) => expect(abbreviates(short, [...words])).toBe(yes))

test('analyseName reads the short form as a name of its own, labelled so', () => {
  expect(analyseName('DOOSTAN INTERNATIONAL COMPANY (DICO)', 'Organization').map((f) => [f.text, f.via])).toEqual([
    ['doostan international company dico', ''],
    ['doostan international', ''],
    ['dico', SHORT_FORM_VIA],
  ])
  // Only as a distinctive word: TRADE is a short form of these words, but a common word on its own.
  expect(bracketShortForm('TRADING RESOURCES AND DEVELOPMENT ENTERPRISE (TRADE)', 'TRADING RESOURCES AND DEVELOPMENT ENTERPRISE', 'Company')).toBe('TRADE')
  expect(analyseName('TRADING RESOURCES AND DEVELOPMENT ENTERPRISE (TRADE)', 'Company').some((f) => f.via === SHORT_FORM_VIA)).toBe(false)
})

test('a long name of words with one initial is read at once, not every way of choosing its words', () => {
  // Regression: forty words took half a second, a name of 300 characters hung the screening.
  const words = Array.from({ length: 150 }, () => 'a')
  expect(abbreviates('aaaaaaab', words)).toBe(false)
  expect(abbreviates('aaaaaaaa', words)).toBe(true)
  expect(bracketShortForm(`${'A '.repeat(140)}(AAAAAAAB)`, 'A '.repeat(140), 'Organization')).toBeUndefined()
})
