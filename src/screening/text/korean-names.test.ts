import { expect, test } from 'vitest'
import { isKoreanName, isKoreanSyllable, oneKoreanSyllable, sameKoreanSurname, sameKoreanSyllable } from './korean-names.js'
import { makeToken } from './tokens.js'

test.each([
  ['song', 'seong', true],
  ['chol', 'cheol', true],
  ['chol', 'chul', true],
  ['ryong', 'yong', true],
  ['kwang', 'gwang', true],
  ['thaek', 'taek', true],
  ['jong', 'chong', true],
  ['jong', 'song', false],
  ['un', 'hun', false],
  ['chol', 'chun', false],
  ['il', 'in', false],
  // Regression: the vowel was not read (Min / Man as one syllable: Kim Min Jun matched KIM Man Chun).
  ['min', 'man', false],
  ['sung', 'song', true],
])('sameKoreanSyllable(%s, %s) = %s', (a, b, same) => expect(sameKoreanSyllable(a, b)).toBe(same))

test.each([
  ['pak', 'park', true],
  ['choe', 'choi', true],
  ['ri', 'lee', true],
  ['choe', 'cho', false],
  ['kim', 'pak', false],
  ['kim', 'smith', false],
])('sameKoreanSurname(%s, %s) = %s', (a, b, same) => expect(sameKoreanSurname(a, b)).toBe(same))

test.each([
  ['kim song hun', true],
  ['ri pyong chol', true],
  ['pak yong', true],
  ['xi jinping', false],
  ['kim', false],
  ['kim abdullah rahman al', false],
])('isKoreanName(%s) = %s', (name, korean) => expect(isKoreanName(name.split(' ').map((w) => makeToken(w)))).toBe(korean))

test.each([
  ['jeong', 'jong', true],
  ['eun', 'un', true],
  ['yeo', 'yo', true],
  ['ryong', 'yong', true],
  ['bong', 'pong', true],
  ['chol', 'chul', false],
  ['jong', 'jang', false],
  ['un', 'hun', false],
])('oneKoreanSyllable(%s, %s) = %s', (a, b, one) => expect(oneKoreanSyllable(a, b)).toBe(one))

test('a vowel alone is a syllable of a Korean name', () => {
  expect(isKoreanName('jo il u'.split(' ').map((w) => makeToken(w)))).toBe(true)
  expect(isKoreanName('kim j smith'.split(' ').map((w) => makeToken(w)))).toBe(false)
})

test.each([
  ['yong', true],
  ['young', true],
  ['chol', true],
  ['myong', true],
  ['hwan', true],
  ['u', true],
  ['bruce', false],
  ['john', false],
  ['david', false],
])('%s may be a Korean syllable: %s', (word, may) => expect(isKoreanSyllable(word)).toBe(may))
