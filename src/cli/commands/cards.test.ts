import { expect, test } from 'vitest'
import { explainRecord, type Card, type CardRecord, type ListVersion } from '../../screening/index.js'
import { makeEntity } from '../../screening/model.js'
import { cardDetail, cardTable } from './cards.js'

const record = (list: string) => ({
  entity: makeEntity('ofac-17018', 'Company', list, { name: ['SBERBANK OF RUSSIA'] }),
  version: `${list}-v1`, score: 1, match: true, hit: true, features: {}, related: [],
})

// Regression: one OFAC id on the SDN and non-SDN lists printed as "ofac-17015 = ofac-17015".
test('a tie of one id on two lists names the id once', () => {
  const card: Card = {
    id: 'ofac-17018', caption: 'SBERBANK OF RUSSIA', schema: 'Company', score: 1, match: true,
    records: [record('us_ofac_sdn'), record('us_ofac_cons')],
    ties: [{ basis: 'identifier', detail: 'swiftBic SABRRUMM', ids: ['ofac-17018', 'ofac-17018'] }],
  }
  const text = cardDetail(card, 0, [], () => '')
  expect(text).toContain('same entity: ofac-17018 on two lists by identifier (swiftBic SABRRUMM)')
  expect(text).not.toContain('ofac-17018 = ofac-17018')
  // Regression: each record's explanation began "why ofac-17018:", twice, not saying which list.
  expect(text).toContain('why ofac-17018 (us_ofac_sdn): ')
  expect(text).toContain('why ofac-17018 (us_ofac_cons): ')
})

// Regression: an FtM file's entity showed every dataset its publisher found it in (a company
// registry, PermID) as the lists it is on, though only that file was loaded.
test('a card names the lists loaded, and an FtM entity\'s other datasets as the publisher\'s', () => {
  const version = { id: 'os_sanctions-abc', source: 'os_sanctions', as_of: '2026-06-01' } as ListVersion
  const entity = makeEntity('NK-zala', 'Company', 'eu_fsf', { name: ['ZALA AERO'] })
  entity.datasets = ['eu_fsf', 'ext_ru_egrul', 'permid']
  const card: Card = {
    id: 'NK-zala', caption: 'ZALA AERO', schema: 'Company', score: 1, match: true,
    records: [{ entity, version: version.id, score: 1, match: true, hit: true, features: {}, related: [] }], ties: [],
  }
  expect(cardTable([card], [version])).toMatch(/ZALA AERO\s+Company\s+os_sanctions\s+1/)
  const text = cardDetail(card, 0, [version], () => '')
  expect(text).toMatch(/os_sanctions\s+os_sanctions-abc \(2026-06-01\)/)
  expect(text).toContain("NK-zala in the publisher's datasets: eu_fsf, ext_ru_egrul, permid")
})

// Regression: the header cut a person's birth dates to the first three years of a range ("born
// 1955 / 1956 / 1957" for the UN's "1955 to 1958" and "1945 to 1950"), a partial list read as whole.
test('the header gives birth dates as the lists state them, and counts those it leaves out', () => {
  const person = (birthDate: string[]) => ({
    entity: makeEntity('unsc-110577', 'Person', 'un_sc_sanctions', { name: ['MOHAMMAD HASSAN AKHUND'], birthDate }),
    version: 'un-v1', score: 1, match: true, hit: true, features: {}, related: [],
  })
  const card = (birthDate: string[]): Card => ({ id: 'unsc-110577', caption: 'MOHAMMAD HASSAN AKHUND', schema: 'Person', score: 1, match: true, records: [person(birthDate)], ties: [] })
  expect(cardDetail(card(['1955 to 1958', '1945 to 1950']), 0, [], () => '')).toMatch(/^1\. MOHAMMAD HASSAN AKHUND \(Person; born 1955 to 1958 \/ 1945 to 1950\): one record$/m)
  expect(cardDetail(card(['1955', '1956', '1957', '1958', '1945 to 1950']), 0, [], () => '')).toMatch(/^1\. MOHAMMAD HASSAN AKHUND \(Person; born 1955 \/ 1956 \/ 1957 and 2 more\): one record$/m)
})

// Regression: a record on the card with no feature of its own printed "why ofac-19129: " and nothing.
test('every record says why it is on the card, a record with no feature of its own by its tie', () => {
  const person = (id: string, list: string, hit: boolean): CardRecord => ({
    entity: makeEntity(id, 'Person', list, { name: ['HAROUN GAYE'] }), version: `${list}-v1`, score: hit ? 0.425 : 0, match: hit, hit,
    features: hit ? { name: { score: 0.425, weight: 1, detail: 'alias "Haroun Geye": gee~geye 0.80' } } : {}, related: [],
  })
  const card: Card = {
    id: 'ofac-19129+unsc-6908495', caption: 'HAROUN GAYE', schema: 'Person', score: 0.425, match: true,
    records: [person('unsc-6908495', 'un_sc_sanctions', true), person('ofac-19129', 'us_ofac_sdn', false)],
    ties: [{ basis: 'name and birth date', detail: 'names match 1.00 both ways; born 1968-01-30', ids: ['unsc-6908495', 'ofac-19129'] }],
  }
  const text = cardDetail(card, 0, [], explainRecord)
  expect(text).toContain('   why unsc-6908495: name 0.42: alias "Haroun Geye": gee~geye 0.80\n')
  expect(text).toMatch(/^ {3}why ofac-19129: no feature fired; on the card as the same entity as unsc-6908495 by name and birth date \(names match 1\.00 both ways; born 1968-01-30\)$/m)
})
