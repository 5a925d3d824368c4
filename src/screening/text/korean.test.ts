import { expect, test } from 'vitest'
import { scorePair } from '../pairs.js'
import { analyseName } from './names.js'
import { hanjaReading } from './hanja.js'
import { hanjaNameReadings, koreanNameReadings } from './korean.js'

const texts = (variants: { tokens: { text: string }[] }[] | undefined) => variants?.map((v) => v.tokens.map((t) => t.text).join(' '))

test('a Korean name in Hangul reads in each romanisation, the surname as lists spell it', () => {
  expect(texts(koreanNameReadings(['김정은']))).toEqual(['kim jong un', 'kim chong un', 'kim jeong eun'])
  expect(texts(koreanNameReadings(['리만건']))).toEqual(['ri man gon', 'lee man geon'])
  // Written with the surname apart; McCune-Reischauer voices 주 after 봉 as the North does.
  expect(texts(koreanNameReadings(['박', '봉주']))).toEqual(['pak pong ju', 'park bong ju'])
  // Regression: in the Western order the given name's first syllable was read as the surname (Song Hun Kim).
  expect(texts(koreanNameReadings(['성훈', '김']))?.[0]).toBe('kim song hun')
})

test('not a Korean person name: no surname first, or too long, or not Hangul', () => {
  expect(koreanNameReadings(['조선광업개발무역회사'])).toBeUndefined()
  expect(koreanNameReadings(['뷁뷁'])).toBeUndefined()
  expect(koreanNameReadings(['kim', '정은'])).toBeUndefined()
  expect(koreanNameReadings(['김'])).toBeUndefined()
})

test.each([
  ['金正恩', '김정은'],
  ['崔龍海', '최룡해'],
  ['崔龙海', '최룡해'],
  ['李萬建', '리만건'],
  ['黃炳瑞', '황병서'],
  ['沈', undefined],
  ['习近平', undefined],
  ['王毅', undefined],
  // Regression: a character that sounds as a surname (利, as 李 Ri) read as one.
  ['利兵刘', undefined],
])('hanjaReading(%s) = %s', (han, hangul) => expect(hanjaReading(han)).toBe(hangul))

test('Han characters read in Korean name the Hangul in the reading', () => {
  const [north] = hanjaNameReadings('金正恩')
  expect(north.tokens.map((t) => t.text)).toEqual(['kim', 'jong', 'un'])
  expect(north.via).toBe("hanja read in Korean as 김정은, the North's romanisation")
  expect(hanjaNameReadings('习近平')).toEqual([])
})

// Regression: a North Korean firm in Chinese characters was read only in pinyin (光鲜 guangxian):
// 0.158 against KOREA KWANGSON BANKING CORP.
test('a firm named after Korea in Chinese characters has its own words read in Korean too', () => {
  const forms = analyseName('朝鲜光鲜银行', 'Company')
  const korean = forms.find((f) => f.text === 'korea kwangson bank')
  expect(korean?.via).toBe('English words, its own words read in Korean')
  expect(forms.map((f) => f.text)).toContain('korea guangxian bank')
  expect(scorePair('Company', '朝鲜光鲜银行', 'KOREA KWANGSON BANKING CORP').score).toBeGreaterThanOrEqual(0.9)
  // Another firm of a name spelt alike (Kwangsong) and another line of business.
  expect(scorePair('Company', '朝鲜光鲜银行', 'KOREA KWANGSONG TRADING CORPORATION').score).toBeLessThan(0.7)
  // A Chinese firm's name is read in pinyin only.
  expect(analyseName('北京光鲜银行', 'Company').some((f) => f.via.includes('Korean'))).toBe(false)
})
