import { expect, test } from 'vitest'
import { cardBirthDates, cardSources, explainRecord } from './card-facts.js'
import type { Card } from './cards.js'
import type { ListVersion } from './lists/versions.js'
import { makeEntity, type Props } from './model.js'

const card = (records: [string, string, Props][]): Card => ({
  id: records.map((r) => r[0]).join('+'), caption: 'SADDAM HUSSEIN AL-TIKRITI', schema: 'Person', score: 0.9, match: true, ties: [],
  records: records.map(([id, list, props], i) => ({
    entity: makeEntity(id, 'Person', list, { name: ['SADDAM HUSSEIN AL-TIKRITI'], ...props }),
    version: `${list}-v1`, score: 0.9 - i / 10, match: true, hit: true, features: {}, related: [],
  })),
})

// Regression: the card header printed one birth date twice, as two lists write it ("born 28 Apr 1937 / 1937-04-28").
test.each([
  [[['28 Apr 1937'], ['1937-04-28']], ['1937-04-28']],
  [[['1937'], ['1937-04-28']], ['1937-04-28']],
  [[['1937-04-28'], ['1937']], ['1937-04-28']],
  [[['1980', '1983'], ['1980']], ['1980', '1983']],
  [[['1969-7-16'], ['16/07/1969']], ['1969-07-16']],
  [[['circa the sixties']], ['circa the sixties']],
  // Regression: a range was read as its years one by one, and a header cut to the first three
  // dropped the rest ("born 1955 / 1956 / 1957" for the UN's "1955 to 1958" and "1945 to 1950").
  [[['1955 to 1958', '1945 to 1950']], ['1955 to 1958', '1945 to 1950']],
  [[['1955 to 1958'], ['1955-1958'], ['1955 - 1958']], ['1955 to 1958']],
  [[['01 Jan 1960 to 31 Dec 1962']], ['1960-01-01 to 1962-12-31']],
  [[['1956'], ['1955 to 1958']], ['1956', '1955 to 1958']],
  [[['circa 1962'], ['1962']], ['circa 1962', '1962']],
])('cardBirthDates(%j) = %j', (dates, expected) =>
  expect(cardBirthDates(card(dates.map((d, i) => [`e${i}`, `list${i}`, { birthDate: d }])))).toEqual(expected)
)

test('cardSources: every list, programme and listing date of the entity, a line per record', () => {
  const versions = [{ id: 'us_ofac_sdn-v1', source: 'us_ofac_sdn', as_of: '2024-05-03' }] as ListVersion[]
  const c = card([
    ['ofac-7843', 'us_ofac_sdn', { program: ['IRAQ2'] }],
    ['unsc-6908048', 'un_sc_sanctions', { program: ['Iraq'] }],
  ])
  c.records[1].entity.listed = '2003-06-27'
  expect(cardSources(c, versions)).toEqual([
    { source: 'us_ofac_sdn', datasets: ['us_ofac_sdn'], version: 'us_ofac_sdn-v1', as_of: '2024-05-03', entity_id: 'ofac-7843', caption: 'SADDAM HUSSEIN AL-TIKRITI', programs: ['IRAQ2'], listed: null, score: 0.9, match: true, hit: true },
    { source: null, datasets: ['un_sc_sanctions'], version: 'un_sc_sanctions-v1', as_of: null, entity_id: 'unsc-6908048', caption: 'SADDAM HUSSEIN AL-TIKRITI', programs: ['Iraq'], listed: '2003-06-27', score: 0.8, match: true, hit: true },
  ])
})

// Regression: a record on a card only as the same entity as a hit, with no feature of its own
// (score 0), was explained by nothing: "why ofac-19129: " and a blank.
test('explainRecord: a hit by its features; a record below the cutoff also by the tie that put it on the card', () => {
  const c = card([['unsc-6908495', 'un_sc_sanctions', {}], ['ofac-19129', 'us_ofac_sdn', {}]])
  c.ties = [{ basis: 'name and birth date', detail: 'names match 1.00 both ways; born 1968-01-30', ids: ['unsc-6908495', 'ofac-19129'] }]
  const [hit, tied] = c.records
  hit.features = { name: { score: 0.42, weight: 1, detail: 'alias "Haroun Geye": gee~geye 0.80' } }
  tied.hit = false
  expect(explainRecord(c, hit)).toBe('name 0.42: alias "Haroun Geye": gee~geye 0.80')
  expect(explainRecord(c, tied)).toBe('no feature fired; on the card as the same entity as unsc-6908495 by name and birth date (names match 1.00 both ways; born 1968-01-30)')
  tied.features = { name: { score: 0.2, weight: 1, detail: 'name "GAYE, Haroun": haroun' } }
  expect(explainRecord(c, tied)).toBe('name 0.20: name "GAYE, Haroun": haroun | below the cutoff, on the card as the same entity as unsc-6908495 by name and birth date (names match 1.00 both ways; born 1968-01-30)')
  // One id on two lists: the record is its own id's other listing.
  c.ties = [{ basis: 'list id', detail: 'ofac-19129', ids: ['ofac-19129', 'ofac-19129'] }]
  expect(explainRecord(c, { ...tied, features: {} })).toBe('no feature fired; on the card as the same entity as its record ofac-19129 on another list by list id (ofac-19129)')
})
