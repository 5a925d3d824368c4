import { describe, expect, test } from 'vitest'
import { cleanText, foldLatin, scriptOf } from './clean.js'
import { arabicInCyrillic, transliterateCyrillic } from './cyrillic.js'
import { hanVariants, holdsFirmWords, segmentHan } from './han-names.js'
import { extractLegalForms } from './legal-forms.js'
import { analyseName } from './names.js'
import { skeleton } from './phonetic.js'
import { kindOf, splitWords } from './tokens.js'

describe('cleanText', () => {
  test.each([
    ['  ACME\u200b  Trading\t', 'ACME Trading'],
    ['Ｆｕｌｌ　ｗｉｄｔｈ', 'Full width'],
    ['a\u0000b\u0007c', 'a b c'],
    ['', ''],
  ])('cleanText(%j) = %j', (a, b) => expect(cleanText(a)).toBe(b))
  test('caps the length of 10,000-character input', () => expect(cleanText('x'.repeat(10_000)).length).toBe(300))
})

test.each([
  ['müller', 'muller'],
  ['łódź', 'lodz'],
  ['straße', 'strasse'],
  ['søren', 'soren'],
])('foldLatin(%s) = %s', (a, b) => expect(foldLatin(a)).toBe(b))

test.each([
  ['Путин', 'cyrillic'],
  ['深圳', 'han'],
  ['Smith', 'latin'],
  ['حسین', 'arabic'],
  ['ابجد', 'arabic'],
  ['ქართ', 'other'],
  ['123', 'none'],
])('scriptOf(%s) = %s', (a, b) => expect(scriptOf(a)).toBe(b))

describe('transliterateCyrillic', () => {
  test.each([
    ['захаров', 'bgn', 'zakharov'],
    ['юрий', 'bgn', 'yuriy'],
    ['юрий', 'icao', 'iurii'],
    ['захаров', 'german', 'sachārow'.replace('ā', 'a')],
    ['евгений', 'bgn', 'yevgeniy'],
    ['щукин', 'bgn', 'shchukin'],
    // Arabic names as Russian writes them.
    ['таухид', 'arabic', 'tawhid'],
    ['джихад', 'arabic', 'jihad'],
    ['валь', 'arabic', 'wal'],
    ['белхадж', 'arabic', 'belhaj'],
  ] as const)('%s by %s = %s', (a, scheme, b) => expect(transliterateCyrillic(a, scheme)).toBe(b))
  test.each([
    ['катиба ат-таухид валь-джихад', true],
    ['абу бакр аль-багдади', true],
    ['абдель хаким белхадж', true],
    ['халид шейх мухаммед', true],
    ['владимир путин', false],
    ['ат', false],
    ['ооо атлант', false],
    // Regression: a Russian-written name of the Caucasus read as Arabic lost its OFAC record (0.926).
    ['абдурахманов магомед магомедзакирович', false],
    ['абдулла абдуллаев', false],
  ])('arabicInCyrillic(%s) = %s', (name, arabic) => expect(arabicInCyrillic(name)).toBe(arabic))
})

test.each([
  ["O'Brien-Smith", ['obrien', 'smith']],
  ['深圳市ABC有限公司', ['深圳市', 'abc', '有限公司']],
  ['L.L.C.', ['l', 'l', 'c']],
])('splitWords(%s)', (a, b) => expect(splitWords(a.toLowerCase())).toEqual(b))

describe('legal forms', () => {
  test.each([
    [['ооо', 'ромашка'], ['ромашка'], 'llc'],
    [['romashka', 'ooo'], ['romashka'], 'llc'],
    [['acme', 'co', 'ltd'], ['acme'], 'co-ltd'],
    [['пао', 'газпром'], ['газпром'], 'pjsc'],
    [['общество', 'с', 'ограниченной', 'ответственностью', 'вектор'], ['вектор'], 'llc'],
    [['siemens', 'gmbh'], ['siemens'], 'gmbh'],
  ])('%j', (tokens, rest, code) => {
    const r = extractLegalForms(tokens)
    expect(r.rest).toEqual(rest)
    expect(r.forms[0].code).toBe(code)
  })
  // Regression: "AS SALAM" lost its first word to the Norwegian legal form AS.
  test('a two-letter form only at the end', () => expect(extractLegalForms(['as', 'salam']).rest).toEqual(['as', 'salam']))
})

describe('Han names', () => {
  test('company: place, generic words and legal form split out', () => {
    const { segments, forms } = segmentHan('深圳市大疆创新科技有限公司')
    expect(segments.map((s) => [s.kind, s.han])).toEqual([['place', '深圳'], ['chunk', '大疆'], ['generic', '创新'], ['generic', '科技']])
    expect(forms.map((f) => f.code)).toEqual(['co-ltd'])
  })
  test('company variants with and without the place prefix', () => {
    const texts = hanVariants(['深圳市大疆创新科技有限公司'], false).map((v) => v.tokens.map((t) => t.text).join(' '))
    expect(texts).toContain('shenzhen dajiang innovation technology')
    expect(texts).toContain('dajiang innovation technology')
  })
  // Regression: 华信船务 (a firm without its legal form) was read as surname Hua and given name Xinchuanwu.
  test.each(['LegalEntity', 'Thing'])('a short name holding a firm word is a firm name (%s)', (schema) => {
    expect(analyseName('华信船务', schema).map((f) => f.text)).toEqual(['huaxin chuanwu', 'huaxin shipping'])
    // A short name without firm words: a person's first, and also a firm's written whole.
    expect(analyseName('王建国', schema).map((f) => f.text)).toEqual(['wang jianguo', 'wangjianguo'])
    expect([holdsFirmWords('华信船务'), holdsFirmWords('华信公司'), holdsFirmWords('王建国'), holdsFirmWords('习近平')]).toEqual([true, true, false, false])
  })
  // Regression: 华为 of no schema was read as a person's name only (surname Hua, given name Wei)
  // and missed HUAWEI TECHNOLOGIES CO., LTD.; with --schema Company it was found.
  test('a short name of no schema is read as a person\'s and as a firm\'s', () => {
    expect(analyseName('华为').map((f) => f.text)).toEqual(['hua wei', 'huawei'])
    expect(analyseName('华为', 'Person').map((f) => f.text)).toEqual(['hua wei'])
    expect(analyseName('华为', 'Company').map((f) => f.text)).toEqual(['huawei'])
  })
  test('person: surname, then given name as one word', () => {
    expect(hanVariants(['习近平'], true)[0].tokens.map((t) => t.text)).toEqual(['xi', 'jinping'])
    expect(hanVariants(['欧阳修文'], true)[0].tokens.map((t) => t.text)).toEqual(['ouyang', 'xiuwen'])
  })
})

test.each([
  ['mohammad', 'mhmd'],
  ['muhammed', 'mhmd'],
  ['zakharov', 'shrv'],
  ['zaharov', 'shrv'],
])('skeleton(%s) = %s', (a, b) => expect(skeleton(a)).toBe(b))

test.each([
  ['al', 'particle'],
  ['trading', 'generic'],
  ['shenzhen', 'place'],
  ['vladimirovich', 'patronymic'],
  ['11420', 'number'],
  ['l', 'initial'],
  ['putin', 'word'],
])('kindOf(%s) = %s', (a, b) => expect(kindOf(a)).toBe(b))

describe('analyseName', () => {
  const texts = (n: string, s?: string) => analyseName(n, s).map((f) => f.text)
  test('titles dropped for persons', () => expect(texts('Haji Muhammad Ashraf', 'Person')).toEqual(['muhammad ashraf']))
  // Regression: "Haj Bando" missed BANDO, Haji: Haj, Hajj and Alhaji were name words, Haji a title.
  test.each(['Haj', 'Hajj', 'Alhaji', 'Hadji'])('%s is a title as Haji is, of any schema but a firm\'s', (title) => {
    expect(texts(`${title} Bando`, 'Person')).toEqual(['bando'])
    expect(texts(`${title} Bando`)).toEqual(['bando'])
  })
  test('Cyrillic in three schemes', () => expect(texts('Юрий Щукин', 'Person')).toEqual(['yuriy shchukin', 'iurii shchukin', 'jurij schtschukin']))
  test('legal form out, kept as form', () => {
    const [f] = analyseName('ООО "Ромашка"', 'Company')
    expect([f.text, f.forms[0].code]).toEqual(['romashka', 'llc'])
  })
  test('a name that is only a legal form keeps it', () => expect(texts('OOO', 'Company')).toEqual(['llc']))
  test.each(['', '   ', '\u0000\u0001', '!!!'])('empty input %j gives no form', (n) => expect(analyseName(n)).toEqual([]))
  test('mixed scripts in one name', () => expect(texts('Gazprom Газпром', 'Company')[0]).toBe('gazprom gazprom'))
  test('10,000 characters do not crash', () => expect(analyseName('abc '.repeat(2500)).length).toBe(1))
})
