import { pinyin } from 'pinyin-pro'
import { expect, test } from 'vitest'
import { scorePair } from '../pairs.js'
import { analyseName } from './names.js'
import { chineseName, isPinyinWord, PINYIN_SYLLABLES, pinyinSyllableCount } from './pinyin.js'
import { makeToken } from './tokens.js'

const text = (name: string, schema: string) => analyseName(name, schema)[0].text

test('the syllable table is the readings pinyin-pro gives the CJK Unified Ideographs', () => {
  let chars = ''
  for (let c = 0x4e00; c <= 0x9fff; c++) chars += String.fromCharCode(c)
  const readings = pinyin(chars, { toneType: 'none', type: 'array', v: true })
  const fromLibrary = new Set(readings.filter((p) => /^[a-z]+$/.test(p)))
  // Left out on purpose: interjections that are initials or surnames elsewhere. Added: ü as u.
  for (const s of ['m', 'ng']) fromLibrary.delete(s)
  const table = new Set([...PINYIN_SYLLABLES].filter((s) => s !== 'lue' && s !== 'nue'))
  expect([...table].filter((s) => !fromLibrary.has(s))).toEqual([])
  expect([...fromLibrary].filter((s) => !table.has(s))).toEqual([])
  expect(PINYIN_SYLLABLES.size).toBe(407)
})

test.each([
  ['Hua Wei Technologies', 'Company', 'huawei technology'],
  ['Zhong Xing Telecom', 'Company', 'zhongxing telecom'],
  ['Zhongxing Tong Xun', 'Company', 'zhongxing tongxun'],
  ['Xi Jin Ping', 'Person', 'xi jinping'],
  ['Xi Jin-Ping', 'Person', 'xi jinping'],
  ['Xi Jinping', 'Person', 'xi jinping'],
  ['Li Wei', 'Person', 'li wei'],
  ['Liu Xiao Bo', 'Person', 'liu xiaobo'],
  // Unknown schema: read as a person's name (the surname apart).
  ['Xi Jin Ping', 'Thing', 'xi jinping'],
  // Regression: unknown schema with a legal form or a firm word kept the first syllable apart as a surname.
  ['Hua Xin Shipping Hong Kong Ltd', 'LegalEntity', 'huaxin shipping hong kong'],
  ['Hua Xin Shipping', 'Thing', 'huaxin shipping'],
])('pinyin syllables written apart are joined: %s (%s) -> %s', (name, schema, expected) =>
  expect(text(name, schema)).toBe(expected)
)

test.each([
  // Not syllables, or only one: nothing to join.
  ['Anna Maria Lopez', 'Person', 'anna maria lopez'],
  ['Kim Jong Un', 'Person', 'kim jong un'],
  ['Ri Yong Ho', 'Person', 'ri yong ho'],
  // Regression: Korean names were glued as if pinyin (Kim Song Hun -> kim songhun).
  ['Kim Song Hun', 'Person', 'kim song hun'],
  ['Kim Song Hun', 'Thing', 'kim song hun'],
  ['KIM, Song Hun', 'Person', 'kim song hun'],
  ['Ri Song Hun', 'Person', 'ri song hun'],
  ['Pak Yong Sik', 'LegalEntity', 'pak yong sik'],
  // Particles and common words stay apart.
  ['De La Rosa Trading', 'Company', 'de la rosa trading'],
])('no pinyin run to join: %s', (name, schema, expected) =>
  expect(text(name, schema)).toBe(expected)
)

test.each([
  ['xi', true],
  ['jinping', true],
  ['zhongxing', true],
  ['xian', true],
  ['kim', false],
  ['chol', false],
  ['seong', false],
  ['', false],
])('isPinyinWord(%s) = %s', (w, expected) => expect(isPinyinWord(w)).toBe(expected))

test.each([
  ['xi jin ping', true],
  ['liu xiaobo', true],
  ['kim song hun', false],
  ['ri song hun', false],
  ['pak yong chol', false],
  // Regression: Lee spelt by pinyin syllables (le + e) read as Chinese.
  ['lee yong mu', false],
])('chineseName(%s) = %s', (name, expected) => expect(chineseName(name.split(' ').map((w) => makeToken(w)))).toBe(expected))

// Regression: a Korean name glued on one side only (Song Hun pinyin, Seong not) compared as one word against two.
test('Korean names compare syllable by syllable', () => {
  const m = scorePair('Person', 'Kim Song Hun', 'Kim Seong Hun')
  expect(m.features.name.detail).toBe('name "Kim Seong Hun": kim, hun, song~seong 0.95')
})

test.each([
  ['ming', 1],
  ['zeming', 2],
  ['xiaoping', 2],
  ['smith', 0],
])('pinyinSyllableCount(%s) = %s', (w, n) => expect(pinyinSyllableCount(w)).toBe(n))
