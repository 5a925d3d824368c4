import { describe, expect, test } from 'vitest'
import { buildIndex } from './index/candidates.js'
import { analyseQuery } from './match/analyse.js'
import { makeEntity } from './model.js'
import { scorePair } from './pairs.js'
import { explain, screenIndex } from './screen.js'

// Regression: names as people write them (nicknames, initials, digits for words, abbreviations,
// pinyin spaced or joined, Wade-Giles) missed the listed name: false negatives.

const pair = (schema: string, a: string, b: string) => {
  const r = scorePair(schema, a, b)
  return { score: r.score, match: r.match, detail: explain(r) }
}

describe('scorePair', () => {
  test.each([
    ['Person', 'Bill Clinton', 'William Jefferson Clinton', 'nickname: bill = william'],
    ['Person', 'Bob Menendez', 'MENENDEZ, Robert', 'nickname: bob = robert'],
    ['Person', 'Sasha Petrov', 'Aleksandr Petrov', 'nickname: sasha = aleksandr'],
    ['Person', 'Misha Fridman', 'Михаил Фридман', 'nickname: misha = mikhail'],
    ['Person', 'Pepe Garcia', 'José García', 'nickname: pepe = jose'],
    ['Person', 'Paco Lopez', 'Francisco Lopez', 'nickname: paco = francisco'],
    ['LegalEntity', 'Bill Clinton', 'William Clinton', 'nickname: bill = william'],
    // One name as Ukrainian and Russian spell it, and the patronymics made of it.
    ['Person', 'Volodymyr Petrenko', 'Vladimir Petrenko', 'one given name: volodymyr = vladimir'],
    ['Person', 'Serhiy Tkachenko', 'Sergei Tkachenko', 'one given name: serhiy = sergei'],
    [
      'Person',
      'OLIYNYK, Volodymyr Mykolayovych',
      'OLEINIK, Vladimir Nikolayevich',
      "same father's name: mykolayovych = nikolayevich",
    ],
    ['Person', 'J. Smith', 'John Smith', 'j~john'],
    // Regression: a pinyin run joined across the comma (XIAN HUAQIN) had as many words, so no
    // comparison without spaces, and scored 0.19.
    ['Person', 'XIANHUA, Qin', 'XIAN HUA, Qin', '"xianhua qin" = "xian huaqin" ignoring spaces'],
    ['Person', 'V.V. Putin', 'Vladimir Vladimirovich Putin', 'v~vladimir'],
    ['Person', 'John Smith', 'John Michael Smith', 'unmatched in the listed name "michael"'],
    // Regression: a generation (Jr) was dropped as a title, unsaid; on one side only it costs little.
    ['Person', 'Vladimir Putin Jr', 'Vladimir Putin', 'unmatched in the query "jr"'],
    ['Person', 'SMITH JR, John', 'John Smith Junior', 'smith, john, jr'],
    ['Company', 'Third Rome Trading', '3rd Rome Trading', 'number: third = 3'],
    ['Company', 'Three Seas Shipping', '3 Seas Shipping', 'number: three = 3'],
    ['Company', 'Plant No. 3', 'Plant Number Three', 'number: three = 3'],
    ['Company', 'Henry III Ltd', 'Henry the Third Ltd', 'number: iii = 3'],
    // Regression: a firm's industry and type words (aerospace, defense, concern) weighed as its
    // name, so its distinctive name alone missed it (0.53).
    ['Company', 'Almaz-Antey', 'JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY', 'almaz, antey'],
    // Regression: x and ks, one sound two ways, cost two edits (0.80).
    ['Company', 'Rosoboronexport', 'ROSOBORONEKSPORT', 'rosoboronexport~rosoboroneksport 0.95'],
    // Regression: "one" stayed a word, so Channel One and Channel 1 had a word each unmatched.
    ['Company', 'Joint Stock Company Channel One Russia', 'JSC CHANNEL 1 RUSSIA', 'number: one = 1'],
    [
      'Company',
      'Acme Intl Mfg Co',
      'Acme International Manufacturing Company',
      'abbreviation: intl = international',
    ],
    ['Company', 'Volga Elec Svcs', 'Volga Electronics Services', 'abbreviation: svcs = services'],
    [
      'Company',
      'Kalashnikov Eng Grp',
      'Kalashnikov Engineering Group',
      'abbreviation: grp = group',
    ],
    ['Company', 'Zhong Xing Telecom', 'ZTE Zhongxing Telecom', 'zhongxing'],
    ['Company', 'Hua Wei Technologies', 'Huawei Technologies Co Ltd', 'huawei'],
    ['Person', 'Xi Jin Ping', 'Xi Jinping', 'xi, jinping'],
    [
      'Person',
      "Teng Hsiao-p'ing",
      'Deng Xiaoping',
      "Wade-Giles: teng = deng, hsiao-p'ing = xiaoping",
    ],
    ['Person', 'Mao Tse-tung', 'Mao Zedong', 'Wade-Giles: tse-tung = zedong'],
    ['Organization', 'Peking University', 'Beijing University', 'Wade-Giles: peking = beijing'],
    ['Organization', 'Tsinghua University', 'Qinghua University', 'Wade-Giles: tsinghua = qinghua'],
  ])('%s: "%s" matches "%s" (%s)', (schema, a, b, detail) => {
    const r = pair(schema, a, b)
    expect(r.match).toBe(true)
    expect(r.detail).toContain(detail)
  })

  test('a nickname reads a little below the same name, above a typo', () => {
    const same = pair('Person', 'William Clinton', 'William Clinton').score
    const nick = pair('Person', 'Bill Clinton', 'William Clinton').score
    expect(nick).toBeLessThan(same)
    expect(nick).toBeGreaterThan(0.9)
  })

  test.each([
    // A short form agrees with a given name only: JOSEPH is the surname here.
    ['Person', 'Joe Wilson', 'JOSEPH, Wilson'],
    // Two full names sharing a short form are two names.
    ['Person', 'Alexander Petrov', 'Aleksei Petrov'],
    ['Person', 'Oleksandr Petrenko', 'Oleksiy Petrenko'],
    // Patronymics of two fathers' names, however each is spelt.
    ['Person', 'Ivan Petrovich Sidorov', 'Ivan Pavlovich Sidorov'],
    ['Person', 'Ivan Mykolayovych Sidorov', 'Ivan Petrovich Sidorov'],
    // An initial never carries a match alone.
    ['Person', 'J. Smith', 'John Brown'],
    // Half a given name is not the name: pinyin is joined, never split.
    ['Person', 'Wang Jin', 'Wang Jinping'],
    // A middle name costs little only when the rest agrees closely.
    ['Person', 'Young Kim', 'Kim Yong Chol'],
    // Nicknames are for persons' names.
    ['Company', 'Bill Trading', 'William Trading'],
    ['LegalEntity', 'Bill Trading Ltd', 'William Trading Ltd'],
    // Regression: a letter of a firm's name stood for a word as a person's initial does (e for
    // Egyptian, T for Technology: 0.75, 0.83).
    ['Organization', 'الجهاد الاسلامي المصري', 'HARAKAT UL JIHAD-E-ISLAMI'],
    // Regression: a father and a son of one name (Jr and Sr dropped as titles: 1.00).
    ['Person', 'John Smith Jr', 'John Smith Sr'],
    ['Person', 'Henry Ford II', 'Henry Ford III'],
    ['Company', 'LIMITED LIABILITY COMPANY CENTER SPRUT T', 'LIMITED LIABILITY COMPANY SPRUT TECHNOLOGY'],
  ])('%s: "%s" does not match "%s"', (schema, a, b) => expect(pair(schema, a, b).match).toBe(false))
})

describe('screenIndex: the candidate index finds the variant among names sharing the rest', () => {
  const OTHERS = [
    'Aaron',
    'Brian',
    'Carlos',
    'Dmitri',
    'Emil',
    'Farid',
    'Gustav',
    'Hamid',
    'Igor',
    'Jamal',
    'Kemal',
    'Lars',
    'Marek',
    'Nadir',
    'Omar',
    'Pavel',
    'Rashid',
    'Stefan',
    'Tariq',
    'Umar',
    'Viktor',
    'Walid',
    'Yusuf',
    'Zoran',
    'Anders',
    'Bogdan',
    'Cyril',
    'Dario',
    'Elias',
    'Fadi',
  ]
  const index = (schema: string, target: string, others: string[]) =>
    buildIndex(
      // The target last, so ties of the shared words do not put it first.
      [...others, target].map((name, i) => ({
        entity: makeEntity(`e${i}`, schema, 'test', { name: [name] }),
        version: 'v1',
      }))
    )
  test.each([
    ['Person', 'Bill Clinton', 'William Jefferson Clinton', OTHERS.map((g) => `${g} Clinton`)],
    ['Person', 'Sasha Petrov', 'Aleksandr Petrov', OTHERS.map((g) => `${g} Petrov`)],
    ['Person', 'Volodymyr Petrov', 'Vladimir Petrov', OTHERS.map((g) => `${g} Petrov`)],
    // The other way round: the listed name is the short form, or the Wade-Giles one.
    ['Person', 'William Clinton', 'Bill Clinton', OTHERS.map((g) => `${g} Clinton`)],
    ['Person', 'Deng Xiaoping', "Teng Hsiao-p'ing", OTHERS.map((g) => `Teng ${g}`)],
    ['Person', 'Mao Tse-tung', 'Mao Zedong', OTHERS.map((g) => `Mao ${g}`)],
    ['Company', 'Zhong Xing Telecom', 'ZTE Zhongxing Telecom', OTHERS.map((g) => `${g} Telecom`)],
    [
      'Company',
      'Acme Intl Mfg',
      'Acme International Manufacturing Co',
      OTHERS.map((g) => `Acme ${g} Trading`),
    ],
    [
      'Company',
      'Third Rome Shipping',
      '3rd Rome Shipping',
      OTHERS.map((g) => `${g} Rome Shipping`),
    ],
  ])('%s: "%s" finds "%s"', (schema, query, target, others) => {
    const idx = index(schema, target, others)
    const q = idx.prepare(analyseQuery({ name: query, schema }))
    expect(idx.candidates(q, 1).map((p) => idx.entry(p).entity.caption)).toEqual([target])
    const hits = screenIndex(idx, new Map(), { name: query, schema }).hits
    expect(hits.map((h) => h.entity.caption)).toEqual([target])
  })
})
