import { expect, test } from 'vitest'
import { analyseName } from './names.js'
import { PINYIN_SYLLABLES } from './pinyin.js'
import { wadeGilesOf, wadeGilesReading, wadeGilesSyllable, wadeGilesWord } from './wade-giles.js'

// Pairs from the published correspondence tables (Library of Congress pinyin conversion table).
test.each([
  ['chih', 'zhi'],
  ["ch'ih", 'chi'],
  ['shih', 'shi'],
  ['jih', 'ri'],
  ['tzu', 'zi'],
  ["tz'u", 'ci'],
  ['ssu', 'si'],
  ['szu', 'si'],
  ['hsi', 'xi'],
  ['chi', 'ji'],
  ["ch'i", 'qi'],
  ['chü', 'ju'],
  ["ch'ü", 'qu'],
  ['hsü', 'xu'],
  ['hsu', 'xu'],
  ['yü', 'yu'],
  ['yu', 'you'],
  ['yüan', 'yuan'],
  ['yüeh', 'yue'],
  ['lüeh', 'lue'],
  ['jo', 'ruo'],
  ['jen', 'ren'],
  ['ko', 'ge'],
  ["k'o", 'ke'],
  ['ho', 'he'],
  ['o', 'e'],
  ['erh', 'er'],
  ['i', 'yi'],
  ['yung', 'yong'],
  ['hsiung', 'xiong'],
  ['chiung', 'jiong'],
  ["ch'iung", 'qiong'],
  ['lo', 'luo'],
  ['to', 'duo'],
  ["t'o", 'tuo'],
  ['kuo', 'guo'],
  ['shuo', 'shuo'],
  ['tso', 'zuo'],
  ["ts'o", 'cuo'],
  ['cho', 'zhuo'],
  ['po', 'bo'],
  ["p'o", 'po'],
  ['yeh', 'ye'],
  ['yen', 'yan'],
  ['lien', 'lian'],
  ['hsien', 'xian'],
  ['tieh', 'die'],
  ['kuei', 'gui'],
  ["k'uei", 'kui'],
  ['tui', 'dui'],
  ['chung', 'zhong'],
  ["ch'ung", 'chong'],
  ['tung', 'dong'],
  ["t'ung", 'tong'],
  ['teng', 'deng'],
  ['tse', 'ze'],
  ["ts'e", 'ce'],
  ['ping', 'bing'],
  ["p'ing", 'ping'],
  ['hsiao', 'xiao'],
  ['chiang', 'jiang'],
  ["ch'iang", 'qiang'],
  ['p’ing', 'ping'],
  ['tzŭ', 'zi'],
  ['lü', 'lu'],
  ['nüeh', 'nue'],
])('Wade-Giles %s = pinyin %s', (wg, py) => expect(wadeGilesSyllable(wg)).toBe(py))

test('every Wade-Giles spelling reads back as the pinyin syllable it spells', () => {
  const left = ['o', 'lo', 'yo', 'ei', 'den', 'kei', 'nou', 'me', 'lv', 'nv', 'lve', 'nve']
  const wrong = [...PINYIN_SYLLABLES]
    .filter((py) => !left.includes(py))
    .flatMap((py) => wadeGilesOf(py).map((wg) => [wg, py, wadeGilesSyllable(wg)]))
    .filter(([, py, back]) => back !== py)
  expect(wrong).toEqual([])
  expect(wadeGilesOf('zhong')).toEqual(['chung'])
  expect(wadeGilesOf('xue')).toEqual(['hsüeh'])
  expect(wadeGilesSyllable('english')).toBeUndefined()
})

test.each([
  ["hsiao-p'ing", 'xiaoping'],
  ['tse-tung', 'zedong'],
  ['en-lai', 'enlai'],
  ['ching-kuo', 'jingguo'],
  ['hsiao-smith', undefined],
])('wadeGilesWord(%s) = %s', (w, py) => expect(wadeGilesWord(w)).toBe(py))

const never = () => false
const reading = (name: string, skip = never) => wadeGilesReading(name.toLowerCase(), skip)

test.each([
  ["Teng Hsiao-p'ing", 'deng xiaoping', ['teng = deng', "hsiao-p'ing = xiaoping"]],
  ['Mao Tse-tung', 'mao zedong', ['tse-tung = zedong']],
  ['Chou En-lai', 'zhou enlai', ['chou = zhou', 'en-lai = enlai']],
  ['Chiang Ching-kuo', 'jiang jingguo', ['chiang = jiang', 'ching-kuo = jingguo']],
  // Postal place names wherever they stand.
  ['Peking University', 'beijing university', ['peking = beijing']],
  ['Tientsin Machinery Works', 'tianjin machinery works', ['tientsin = tianjin']],
])('Wade-Giles reading of %s', (name, text, changes) =>
  expect(reading(name)).toEqual({ text, changes })
)

test.each([
  // Pinyin already, or English: no Wade-Giles evidence, or a word that is not Wade-Giles.
  ['Li Peng'],
  ['Wang Fang'],
  ['King Trading'],
  ['Burger King'],
  ['Constructor Trading'],
  ['Hsiao Smith'],
])('no Wade-Giles reading of %s', (name) => expect(reading(name)).toBeUndefined())

test('common words and legal forms need not be Wade-Giles', () =>
  expect(analyseName('Chung-Shan Trading Co Ltd', 'Company').map((f) => [f.text, f.via])).toEqual([
    ['chung shan trading', ''],
    ['zhongshan trading', 'Wade-Giles'],
  ]))

test("a person's name keeps postal-looking words (Canton is a surname too)", () =>
  expect(analyseName('Mary Canton', 'Person').map((f) => f.text)).toEqual(['mary canton']))
