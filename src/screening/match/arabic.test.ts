import { describe, expect, test } from 'vitest'
import { buildIndex } from '../index/candidates.js'
import { makeEntity } from '../model.js'
import { scorePair } from '../pairs.js'
import { explain, screenIndex } from '../screen.js'
import { DEFAULT_THRESHOLD, scoreMatch } from './algorithm.js'
import { analyseEntity, analyseQuery } from './analyse.js'
import { nameTokenSimilarity, SAME_NAME_SIM } from './name-variants.js'
import { unvocalisedSimilarity } from './unvocalised.js'

describe('a letter-by-letter Arabic reading against a Latin word, short vowels unknown', () => {
  test.each([
    ['hsyn', 'husayn', 0.97],
    ['hsyn', 'hussein', 0.9375],
    ['tkryty', 'tikriti', 0.97],
    ['qdhafy', 'qadhafi', 0.97],
    ['shrawy', 'sahraoui', 0.9], // ص + ح is not the digraph sh
    ['blqasm', 'belgacem', 0.8833], // q/g and French c
  ])('%s ~ %s = %s', (a, b, sim) => expect(unvocalisedSimilarity(a, b)).toBeCloseTo(sim, 4))

  test.each([
    ['hsyn', 'hasan', 0.7875], // the long vowel (ya) is written: not Hasan
    ['hsn', 'hussein', 0.7667], // Hussein's "ei" is a long vowel Hasan lacks
    ['hsyn', 'hasina', 0.7875], // a final vowel is written in Arabic script
    ['xyz', 'abc', 0],
  ])('%s ~ %s = %s (below an alignment worth trusting)', (a, b, sim) => expect(unvocalisedSimilarity(a, b)).toBeCloseTo(sim, 4))
})

describe('spellings of one Arabic name are equals', () => {
  test.each([
    ['mohamed', 'muhammad'],
    ['mehmet', 'mohammed'],
    ['mohd', 'muhammad'],
    ['yusuf', 'youssef'],
    ['hussein', 'hossein'],
    ['abdul', 'abdel'],
    ['al', 'el'],
    ['ud', 'al'],
    ['bin', 'ibn'],
    ['abu', 'abou'],
  ])('%s ~ %s', (a, b) => expect(nameTokenSimilarity(a, b)).toBe(SAME_NAME_SIM))

  test('different names keep their edit-distance similarity', () => {
    expect(nameTokenSimilarity('hussein', 'hasan')).toBe(0.7)
    expect(nameTokenSimilarity('ali', 'alia')).toBe(0.8)
  })

  test.each([
    ['Muhammad Yusuf', 'Mohammed Yousef', 0.97],
    ['Mohamed Hussein', 'Muhammad Husayn', 0.97],
    ['Abd al-Rahman Ahmed', 'Abdul Rahman Ahmed', 0.973],
    ['Abdelkader Saleh', 'Abdul Qadir Salih', 0.97],
    ['Abu Bakr al-Baghdadi', 'Abou Bakr el Baghdadi', 0.993],
    ['Osama bin Laden', 'Oussama Ben Laden', 0.983],
  ])('%s = %s', (a, b, score) => expect(scorePair('Person', a, b).score).toBeCloseTo(score, 3))
})

describe('a name in Arabic script against its Latin form', () => {
  // Regression: a name in Arabic script scored 0 against its Latin form (any-ascii read "sdm hsyn ltkryty").
  test('صدام حسين التكريتي = SADDAM HUSSEIN AL-TIKRITI, and the explanation says the script was read', () => {
    const r = scorePair('Person', 'صدام حسين التكريتي', 'SADDAM HUSSEIN AL-TIKRITI')
    expect(r.score).toBeCloseTo(0.952, 3)
    expect(explain(r)).toContain('via Arabic script read as Latin: صدام = saddam, حسين = husayn, التكريتي = al tkryty')
  })

  test.each([
    ['محمد يوسف', 'Muhammad Yusuf'],
    ['محمد جواد ظريف', 'Mohammad Javad Zarif'],
    ['پرویز مشرف', 'Pervez Musharraf'],
    ['أيمن الظواهري', 'Ayman al-Zawahiri'],
    ['معمر القذافي', 'Muammar al-Qadhafi'],
    ['عبدالرحمن', 'Abderrahmane'],
    ['أسامة بن لادن', 'Usama bin Ladin'],
  ])('%s matches %s', (a, b) => expect(scorePair('Person', a, b).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD))

  test.each([
    ['خالد يوسف', 'Ahmad Karimi'],
    ['جعفر', 'Jabbar'],
  ])('%s does not match %s', (a, b) => expect(scorePair('Person', a, b).score).toBeLessThan(DEFAULT_THRESHOLD))

  test('a Latin query meets an entity listed only in Arabic script through the reading', () => {
    const r = scorePair('Person', 'Saddam Hussein al-Tikriti', 'صدام حسين التكريتي')
    expect(r.score).toBeCloseTo(0.952, 3)
  })

  test('beside the list\'s own Latin name, a Latin query is compared with that name only', () => {
    const q = analyseQuery({ name: 'Saddam Husayn al-Tikriti', schema: 'Person' })
    const c = analyseEntity(makeEntity('p', 'Person', 't', { name: ['SADDAM HUSSEIN AL-TIKRITI', 'صدام حسين التكريتي'] }))
    const r = scoreMatch(q, c, {})
    expect(r.features.name.detail).toMatch(/^name "SADDAM HUSSEIN AL-TIKRITI"/)
    expect(r.score).toBeCloseTo(0.991, 3)
  })

  test('the candidate index finds a Latin-only entity from an Arabic-script query', () => {
    const people = [
      ['p1', 'SADDAM HUSSEIN AL-TIKRITI'],
      ['p2', 'HUSSEIN ALI AL-TIKRITI'],
      ['p3', 'AYMAN AL-ZAWAHIRI'],
      ['p4', 'MUAMMAR AL-QADHAFI'],
    ]
    const index = buildIndex(people.map(([id, name]) => ({ entity: makeEntity(id, 'Person', 't', { name: [name] }), version: 't' })))
    const top = (name: string) => screenIndex(index, new Map(), { name, schema: 'Person' }).hits[0]?.entity.id
    expect(top('صدام حسين التكريتي')).toBe('p1')
    expect(top('أيمن الظواهري')).toBe('p3')
    expect(top('معمر القذافي')).toBe('p4')
  })
})
