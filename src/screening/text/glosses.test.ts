import { describe, expect, test } from 'vitest'
import {
  alternatives,
  glossChoices,
  glossKind,
  glossTable,
  glossTokens,
  russianSpans,
  stemOf,
} from './glosses.js'
import { HAN_GLOSSES, HAN_PLACE_GLOSSES } from './glosses-zh.js'
import { RU_GLOSSES, RU_NAMES } from './glosses-ru.js'
import { hanVariants } from './han-names.js'
import { analyseName } from './names.js'

describe('gloss tables', () => {
  const english = [
    ...Object.values(HAN_GLOSSES),
    ...Object.values(HAN_PLACE_GLOSSES),
    ...Object.values(RU_GLOSSES),
    ...Object.values(RU_NAMES),
  ].flatMap(alternatives)
  test('glosses are lowercase ASCII words', () =>
    expect(english.filter((g) => !/^[a-z]+( [a-z]+)*$/.test(g))).toEqual([]))
  test('Han entries are two characters or more (one is too often part of a name)', () =>
    expect(Object.keys(HAN_GLOSSES).filter((k) => k.length < 2)).toEqual([]))
  test('Russian entries are lowercase Cyrillic words', () =>
    expect(
      [...Object.keys(RU_GLOSSES), ...Object.keys(RU_NAMES)].filter((k) => !/^[а-я]+( [а-я]+)*$/.test(k))
    ).toEqual([]))
  test('two entries with the same stems are refused', () =>
    expect(() => glossTable({ технология: 'technology', технологии: 'technologies' }, {})).toThrow(
      'gloss table: "технологии" and "технология" have the same stems (технолог)'
    ))
})

test.each([
  ['group | corporation', ['group', 'corporation']],
  ['concern', ['concern']],
  [' a |  | b ', ['a', 'b']],
])('alternatives(%j)', (a, b) => expect(alternatives(a)).toEqual(b))

test.each([
  ['aerospace', 'generic'],
  ['concern', 'generic'],
  ['technology', 'generic'],
  ['china', 'place'],
  ['and', 'particle'],
])('glossKind(%s) = %s', (a, b) => expect(glossKind(a)).toBe(b))

test('a gloss that is a legal form becomes one (корпорация -> Inc)', () => {
  const g = glossTokens('state corporation')
  expect(g.tokens.map((t) => [t.text, t.kind])).toEqual([['state', 'generic']])
  expect(g.forms.map((f) => f.code)).toEqual(['inc'])
})

test.each([
  [[2, 1], false, [[0, 0], [1, 0]]],
  [[3], false, [[0], [1], [2]]],
  [[2], true, [[0], [-1], [1]]],
  [[], true, []],
])('glossChoices(%j, mixed %s)', (counts, mixed, out) => expect(glossChoices(counts, mixed)).toEqual(out))

test.each([
  ['концерн', 'концерн'],
  ['группа', 'групп'],
  ['технологии', 'технолог'],
  ['производственное', 'производственн'],
  ['радио', 'радио'],
  ['научно', 'научно'],
  ['объединённый', 'объединенн'],
])('stemOf(%s) = %s', (a, b) => expect(stemOf(a)).toBe(b))

describe('russianSpans', () => {
  const spans = (s: string) =>
    russianSpans(s.split(' ')).map((x) => (x.english ? `${x.words.join(' ')}=${x.english[0]}` : x.words[0]))
  test.each([
    ['концерн калашников', ['концерн=concern', 'калашников']],
    ['концерна калашников', ['концерна=concern', 'калашников']],
    ['научно производственного объединения алмаз', ['научно производственного объединения=scientific production association', 'алмаз']],
    ['торгового дома альфа', ['торгового дома=trading house', 'альфа']],
    ['торговая альфа', ['торговая=trading', 'альфа']],
    ['объединённая судостроительная корпорация', ['объединённая=united', 'судостроительная=shipbuilding', 'корпорация=corporation']],
    ['ростех', ['ростех=rostec']],
    ['kontsern zavod', ['kontsern', 'zavod']],
    ['заводской', ['заводской']],
  ])('%s', (a, b) => expect(spans(a)).toEqual(b))
  test('a firm name stays a distinctive word, a common word does not', () => {
    expect(russianSpans(['ростех'])[0].common).toBe(false)
    expect(russianSpans(['завод'])[0].common).toBe(true)
  })
})

describe('English readings in analyseName', () => {
  const texts = (n: string, s = 'Company') => analyseName(n, s).map((f) => f.text)
  test('Cyrillic: transliterated, and with the common word in English', () => {
    const t = texts('АО Концерн Калашников')
    expect(t).toContain('kontsern kalashnikov')
    expect(t).toContain('concern kalashnikov')
  })
  test('an English reading is marked and its words are generic', () => {
    const f = analyseName('Концерн Калашников', 'Company').find((x) => x.text === 'concern kalashnikov')!
    expect(f.via).toBe('BGN/PCGN, English words')
    expect(f.tokens.map((t) => t.kind)).toEqual(['generic', 'word'])
  })
  test('abbreviation and transliteration mixed (NPO Mashinostroyeniya)', () =>
    expect(texts('Научно-производственное объединение Машиностроения')).toContain('npo mashinostroeniya'))
  test('person names are not glossed (Банков is a surname here, not "bank")', () =>
    expect(texts('Банков Иван', 'Person')).toEqual(['bankov ivan', 'bankow iwan']))
  test('a Latin name gets no English reading', () => expect(texts('Kontsern Kalashnikov')).toEqual(['kontsern kalashnikov']))
  test('Han: English words and places, one gloss changed at a time', () => {
    const t = hanVariants(['中国航天科工集团有限公司'], false).map((v) => v.tokens.map((x) => x.text).join(' '))
    expect(t[0]).toBe('zhongguo hangtian kegong jituan')
    expect(t).toContain('china aerospace science and industry group')
    expect(t).toContain('china space science and industry group')
    // 集团 as "corporation" is the legal form, as in the Latin name.
    expect(t).toContain('china aerospace science and industry')
  })
  test('Han place with an English name of its own', () =>
    expect(hanVariants(['香港大疆科技有限公司'], false).map((v) => v.tokens.map((x) => x.text).join(' '))).toContain('hong kong dajiang technology'))
})
