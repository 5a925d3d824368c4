import { describe, expect, test } from 'vitest'
import {
  alignCyrillic,
  alignHan,
  alignPinyin,
  isPinyinName,
  latinWords,
  splitSyllables,
  type Dictionary,
} from './gloss-align.js'

// A dictionary of a few literal entries, in the shape gloss-mine.ts builds from CC-CEDICT.
const SENSES: Record<string, string[]> = {
  电动: ['electric', 'power'],
  工具: ['tool', 'tools'],
  中国: ['china'],
  精密: ['precise', 'precision'],
  机械: ['machine', 'machinery'],
}
const PINYIN: Record<string, string[]> = { zhongguo: ['中国'], jingmi: ['精密'], jixie: ['机械'] }
const dict: Dictionary = { senses: (w) => SENSES[w] ?? [], byPinyin: (p) => PINYIN[p] ?? [] }

test('latinWords drops legal forms and linking words', () =>
  expect(latinWords('Dandong Kehua Economy & Trade Co., Ltd.')).toEqual([
    'dandong',
    'kehua',
    'economy',
    'trade',
  ]))

describe('alignHan', () => {
  test('words the dictionary confirms become candidates; pinyin and places are anchors', () =>
    expect(
      alignHan('深圳华强电动工具有限公司', 'Shenzhen Huaqiang Power Tools Co., Ltd.', dict)
    ).toEqual({
      candidates: [
        { original: '电动', english: 'power', confirmed: true },
        { original: '工具', english: 'tools', confirmed: true },
      ],
      anchors: 2,
    }))
  test('an unknown word left alone against one English word is an unconfirmed candidate', () =>
    expect(
      alignHan('華信船舶代理(香港)有限公司', 'Huaxin Agency Hong Kong Ltd', dict).candidates
    ).toEqual([{ original: '代理', english: 'agency', confirmed: false }]))
  test('two different names of one entity share no anchor', () =>
    expect(alignHan('朝鲜联合机械贸易会社', 'Unsan Solid Tools', dict).anchors).toBe(0))
})

test('alignCyrillic: a table word is an anchor, a word not near its transliteration is a candidate', () =>
  expect(alignCyrillic('ООО "Морские дроны"', 'LLC Marine Drones')).toEqual({
    candidates: [{ original: 'дроны', english: 'drones', confirmed: false }],
    anchors: 1,
  }))

describe('pinyin names', () => {
  const syllables = new Set(['zhong', 'guo', 'jing', 'mi', 'ji', 'xie', 'chi', 'na'])
  test.each([
    ['zhongguo', ['zhong', 'guo']],
    ['jixie', ['ji', 'xie']],
    ['machinery', undefined],
  ])('splitSyllables(%s)', (w, out) => expect(splitSyllables(w, syllables)).toEqual(out))
  test('a name is pinyin when every word is and one is a dictionary word', () => {
    expect(isPinyinName('ZHONGGUO JINGMI JIXIE', syllables, dict)).toBe(true)
    expect(isPinyinName('CHINA PRECISION MACHINERY', syllables, dict)).toBe(false)
  })
  test('alignPinyin reads each pinyin word through the dictionary', () =>
    expect(
      alignPinyin('ZHONGGUO JINGMI JIXIE', 'CHINA PRECISION MACHINERY', dict).candidates.map(
        (c) => `${c.original}=${c.english}`
      )
    ).toEqual(['中国=china', '精密=precision', '机械=machinery']))
})
