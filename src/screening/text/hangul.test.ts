import { expect, test } from 'vitest'
import { isHangul, romaniseHangul, southInitial } from './hangul.js'

test.each([
  // As OFAC writes North Korean names: KIM, Jong Un; CHOE, Ryong Hae; RI, Man Gon; KIM, Yo Jong.
  ['김정은', 'north', 'kim jong un'],
  ['최룡해', 'north', 'choe ryong hae'],
  ['리만건', 'north', 'ri man gon'],
  ['김여정', 'north', 'kim yo jong'],
  ['황병서', 'north', 'hwang pyong so'],
  // McCune-Reischauer: ㅈ is ch at the start of a syllable (O, Chong Ok), j when voiced.
  ['오정옥', 'mr', 'o chong ok'],
  ['김여정', 'mr', 'kim yo jong'],
  // Revised Romanization: eo, eu, and no voicing rule.
  ['김정은', 'south', 'gim jeong eun'],
  ['리만건', 'south', 'ri man geon'],
  // Finals: ㄹ is l, ㄱ is k, ㅇ is ng.
  ['박철', 'north', 'pak chol'],
  ['석', 'south', 'seok'],
])('romaniseHangul(%s, %s) = %s', (word, system, text) =>
  expect(romaniseHangul(word, system as 'north' | 'mr' | 'south').join(' ')).toBe(text))

test('the given name keeps its first syllable unvoiced when written apart', () => {
  expect(romaniseHangul('만건', 'north', 0)).toEqual(['man', 'gon'])
  expect(romaniseHangul('건', 'north', 0)).toEqual(['kon'])
})

test.each([
  ['김정은', true],
  ['kim', false],
  ['金正恩', false],
  ['김a', false],
  ['', false],
])('isHangul(%s) = %s', (word, hangul) => expect(isHangul(word)).toBe(hangul))

test.each([
  ['리', '이'],
  ['류', '유'],
  ['로', '노'],
  ['녀', '여'],
  ['김', '김'],
])('southInitial(%s) = %s', (north, south) => expect(southInitial(north)).toBe(south))
