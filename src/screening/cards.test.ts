import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openDuckDb } from '../store/duckdb.js'
import { migrate } from '../store/schema.js'
import type { Store } from '../store/store.js'
import { groupRecords, type Scored } from './cards.js'
import { openScreening } from './index.js'
import { loadList } from './lists/load.js'
import { analyseEntity } from './match/analyse.js'
import { makeEntity, type Props } from './model.js'

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname

function scored(id: string, list: string, score: number, props: Props, schema = 'Person'): Scored {
  const entity = makeEntity(id, schema, list, { name: ['Vladimir Vladimirovich PUTIN'], nationality: ['Russia'], ...props })
  return { record: { ...analyseEntity(entity), entity, version: `${list}-v1` }, result: { score, match: score >= 0.7, features: {} }, score, hit: score >= 0.7 }
}
const ids = (s: Scored[], groups: { members: number[] }[]) => groups.map((g) => g.members.map((i) => s[i].record.entity.id))

describe('groupRecords', () => {
  test('the same person on three lists is one group; a namesake born another year stays apart', () => {
    const s = [
      scored('ofac-35096', 'us_ofac_sdn', 0.98, { birthDate: ['1952-10-07'] }),
      scored('ofac-cons-1001', 'us_ofac_cons', 0.98, { birthDate: ['1975-03-14'] }),
      scored('eu-fsf-13', 'eu_fsf', 1, { birthDate: ['1952-10-07'] }),
      scored('gb-hmt-14200', 'gb_hmt_sanctions', 1, { birthDate: ['1952-10-07'] }),
    ]
    expect(ids(s, groupRecords(s))).toEqual([['eu-fsf-13', 'gb-hmt-14200', 'ofac-35096'], ['ofac-cons-1001']])
  })

  test('same names, no birth dates: one group per record', () => {
    const s = [scored('eu-1', 'eu_fsf', 1, {}), scored('gb-1', 'gb_hmt_sanctions', 1, {})]
    expect(ids(s, groupRecords(s))).toEqual([['eu-1'], ['gb-1']])
  })

  test('a record of a third list does not join two records that one list keeps apart', () => {
    // OFAC lists two people with the same name and birth date: the EU record can be one of them, not both.
    const s = [
      scored('ofac-1', 'us_ofac_sdn', 0.99, { birthDate: ['1952-10-07'] }),
      scored('ofac-2', 'us_ofac_sdn', 0.98, { birthDate: ['1952-10-07'] }),
      scored('eu-1', 'eu_fsf', 0.97, { birthDate: ['1952-10-07'] }),
    ]
    expect(ids(s, groupRecords(s))).toEqual([['ofac-1', 'eu-1'], ['ofac-2']])
  })

  test('a record below the cutoff joins its entity when tied to a hit, and is dropped when not', () => {
    const s = [
      scored('eu-1', 'eu_fsf', 0.9, { passportNumber: ['7201123456'] }),
      scored('gb-1', 'gb_hmt_sanctions', 0.4, { name: ['Vova PUTIN'], idNumber: ['7201 123456'] }),
      scored('gb-2', 'gb_hmt_sanctions', 0.5, { name: ['Vladimir PUTILIN'] }),
    ]
    const groups = groupRecords(s)
    expect(ids(s, groups)).toEqual([['eu-1', 'gb-1']])
    expect(groups[0].ties.map((e) => e.tie)).toEqual([{ basis: 'identifier', detail: 'passportNumber 7201123456 = idNumber 7201 123456' }])
  })
})

describe('screening cards on the list fixtures (OFAC-style, EU FSF, UK OFSI) in a DuckDB store', () => {
  let store: Store
  beforeEach(async () => {
    store = await openDuckDb(':memory:')
    await migrate(store)
    await loadList(store, [`${FIXTURES}/ofac-sdn.csv`], 'ofac-csv', { asOf: '2025-01-15' })
    await loadList(store, [`${FIXTURES}/ofac-cons_prim.csv`], 'ofac-csv', { asOf: '2025-01-15' })
    await loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf')
    await loadList(store, [`${FIXTURES}/uk-conlist.csv`], 'uk-csv')
  })
  afterEach(() => store.close())

  test('Vladimir Putin: one card with his OFAC, EU and UK listings; the namesake born 1975 on a card of his own', async () => {
    const s = await openScreening(store)
    const r = s.screen({ name: 'Vladimir Putin', schema: 'Person' })
    expect(r.cards).toHaveLength(2)
    const [putin, namesake] = r.cards
    const sources = putin.records.map((x) => [x.entity.datasets[0], x.entity.id, x.entity.properties.program, x.entity.listed ?? null])
    expect(sources.sort()).toEqual([
      ['eu_fsf', 'eu-fsf-7201', ['RUS'], '2022-02-25'],
      ['gb_hmt_sanctions', 'gb-hmt-14200', ['Russia'], '2022-02-26'],
      ['us_ofac_sdn', 'ofac-35096', ['RUSSIA-EO14024'], null],
    ])
    expect(putin).toMatchObject({ id: 'eu-fsf-7201+gb-hmt-14200+ofac-35096', schema: 'Person', match: true })
    expect(putin.score).toBe(Math.max(...putin.records.map((x) => x.score)))
    expect(putin.records[0].score).toBe(putin.score)
    expect(putin.ties.map((t) => t.basis)).toEqual(['name and birth date', 'name and birth date'])
    expect(putin.ties[0].detail).toMatch(/born 1952-10-07; country ru$/)
    // Each source record keeps its list version, score and explanation.
    for (const x of putin.records) expect(x).toMatchObject({ hit: true, version: expect.stringMatching(/^(us_ofac_sdn|eu_fsf|gb_hmt_sanctions)-/), features: { name: expect.anything() } })
    expect(namesake.records.map((x) => [x.entity.id, x.entity.properties.birthDate])).toEqual([['ofac-1001', ['14 Mar 1975']]])
    // The flat hit list still has every record at or above the cutoff.
    expect(r.hits.map((h) => h.entity.id).sort()).toEqual(['eu-fsf-7201', 'gb-hmt-14200', 'ofac-1001', 'ofac-35096'])
  })

  test('a company on OFAC and the EU under other spellings: one card, tied by its registration number', async () => {
    const s = await openScreening(store)
    const [card] = s.screen({ name: 'Shenzhen Blue Hat International Trade', schema: 'Company' }).cards
    expect(card.records.map((x) => x.entity.id).sort()).toEqual(['eu-fsf-5501', 'ofac-90001'])
    expect(card.ties).toEqual([{ basis: 'identifier', detail: 'registrationNumber 91440300MA5F3XYZ12', ids: [expect.any(String), expect.any(String)] }])
  })

  test('a record below the cutoff stays on its card as the same entity, and is not a hit', async () => {
    const s = await openScreening(store)
    const r = s.screen({ name: 'Shenzhen Blue Hat International Trade', schema: 'Company' }, { threshold: 0.9 })
    expect(r.cards[0].records.map((x) => [x.entity.id, x.score, x.hit])).toEqual([['eu-fsf-5501', 1, true], ['ofac-90001', 0.814, false]])
    expect(r.hits.map((h) => h.entity.id)).toEqual(['eu-fsf-5501'])
  })

  test('limit counts cards, not records', async () => {
    const s = await openScreening(store)
    const r = s.screen({ name: 'Vladimir Putin', schema: 'Person' }, { limit: 1 })
    expect(r.cards.map((c) => c.records.length)).toEqual([3])
    expect(r.hits).toHaveLength(3)
  })
})
