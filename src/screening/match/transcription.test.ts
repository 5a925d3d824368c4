import { describe, expect, test } from 'vitest'
import { scorePair } from '../pairs.js'
import { explain } from '../screen.js'
import { isForeignTranscription } from '../text/han-foreign.js'
import { analyseName } from '../text/names.js'
import { DEFAULT_THRESHOLD } from './algorithm.js'
import { transcriptionSimilarity } from './transcription.js'

describe('foreign names in Chinese characters', () => {
  test.each([
    ['弗拉基米尔·普京', true],
    ['奥萨马・本・拉登', true], // katakana middle dot
    ['习近平', false],
    ['王 伟', false],
  ])('isForeignTranscription(%s) = %s', (a, b) => expect(isForeignTranscription(a)).toBe(b))

  test('a dotted name is read part by part, and says so', () => {
    expect(analyseName('拉姆赞·卡德罗夫', 'Person').map((f) => [f.text, f.via])).toEqual([
      ['lamuzan kadeluofu', 'pinyin of a foreign name in Chinese characters'],
    ])
  })

  test.each([
    ['kadeluofu', 'kadyrov', 0.8125],
    ['puligeren', 'prigozhin', 0.85],
    ['ladeng', 'laden', 0.95],
    ['laheman', 'rahman', 0.925],
    ['kadeluofu', 'karpov', 0.35],
    ['puligeren', 'pugachev', 0.3],
  ])('transcriptionSimilarity(%s, %s) = %s', (a, b, sim) => expect(transcriptionSimilarity(a, b)).toBeCloseTo(sim, 4))

  test.each([
    ['奥萨马·本·拉登', 'Osama bin Laden'],
    ['萨达姆·侯赛因', 'Saddam Hussein'],
    ['拉姆赞·卡德罗夫', 'Ramzan Kadyrov'],
    ['叶夫根尼·普里戈任', 'Yevgeny Prigozhin'],
    ['阿卜杜勒·拉赫曼', 'Abdul Rahman'],
  ])('%s matches %s', (a, b) => expect(scorePair('Person', a, b).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD))

  test.each([
    ['拉姆赞·卡德罗夫', 'Roman Karpov'],
    ['叶夫根尼·普里戈任', 'Yemelyan Pugachev'],
  ])('%s does not match %s', (a, b) => expect(scorePair('Person', a, b).score).toBeLessThan(DEFAULT_THRESHOLD))

  test('the explanation says the characters were read as a transcription', () => {
    expect(explain(scorePair('Person', '萨达姆·侯赛因', 'Saddam Hussein'))).toContain(
      'via pinyin of a foreign name in Chinese characters'
    )
  })

  test('a Chinese name without the name dot is read as before', () => {
    expect(analyseName('习近平', 'Person').map((f) => f.via)).toEqual(['pinyin'])
    expect(scorePair('Person', '王伟', 'Ivanov').score).toBe(0)
  })
})
