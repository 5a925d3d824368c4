import { describe, expect, test } from 'vitest'
import { makeEntity, type Props } from '../model.js'
import { analyseEntity } from './analyse.js'
import { birthDateTie, sameEntity, sameNameScore, strongIds, type Side } from './same-entity.js'

/** A list record as the index gives it; the version defaults to one per list. */
function rec(id: string, schema: string, list: string, props: Props, version = `${list}-v1`): Side {
  const entity = makeEntity(id, schema, list, props)
  return { ...analyseEntity(entity), entity, version }
}

const OFAC_PUTIN = rec('ofac-35096', 'Person', 'us_ofac_sdn', { name: ['PUTIN, Vladimir Vladimirovich'], birthDate: ['07 Oct 1952'], nationality: ['Russia'] })
const EU_PUTIN = rec('eu-fsf-13', 'Person', 'eu_fsf', { name: ['Vladimir Vladimirovich PUTIN', 'Владимир Владимирович Путин'], birthDate: ['1952-10-07'], nationality: ['RU'] })
const person = (id: string, list: string, props: Props) => rec(id, 'Person', list, { name: ['Vladimir Vladimirovich PUTIN'], ...props })

describe('birthDateTie', () => {
  test.each([
    [['1952-10-07'], ['1952-10-07'], '1952-10-07'],
    [['1952-10-07'], ['1952'], '1952'],
    [['1952'], ['1952'], '1952'],
    [['1952-10'], ['1952-10-07'], '1952-10'],
    [['1952', '1953'], ['1953-01-02'], '1953'],
    [['1952-10-07'], ['1975-03-14'], undefined],
    [['1952-10-07'], ['1952-10-08', '1952'], undefined],
    [['1952-10-07'], ['1950', '1951', '1952', '1953'], undefined],
    [['1952'], ['1953'], undefined],
    [['1977'], ['1977', '1978', '1979', '1980', '1981', '1982'], undefined],
    [['1937', '1938'], ['1937', '1938'], '1937'],
    // Regression: the UN's and OFAC's ALI KONY, both born 1992 to 1995 as four years, were two cards.
    [['1992', '1993', '1994', '1995'], ['1995', '1994', '1993', '1992'], '1992 / 1993 / 1994 / 1995'],
    [['1992', '1993', '1994', '1995'], ['1992', '1993', '1994'], undefined],
    [[], ['1952-10-07'], undefined],
    [[], [], undefined],
  ])('%j and %j: %s', (a, b, want) => expect(birthDateTie(a, b)).toBe(want))
})

describe('sameEntity: persons', () => {
  // Regression: OFAC's and the UN's Abu Bakr al-Baghdadi were two cards (names 0.92: the UN adds a nisbah).
  test('names at 0.9 to 0.95 with a weak alias of two name words in common: one entity; a common name alone, or none: two', () => {
    const un = (weakAlias: string[]) => rec('unsc-2975516', 'Person', 'un_sc_sanctions', { name: ['IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI'], birthDate: ['1971'], nationality: ['Iraq'], weakAlias })
    const ofac = rec('ofac-12926', 'Person', 'us_ofac_sdn', { name: ["AL-BADRI, Ibrahim 'Awwad Ibrahim 'Ali"], birthDate: ['1971'], weakAlias: ['Abu Bakr al-Baghdadi', 'Dr. Ibrahim'] })
    const tie = sameEntity(un(['Abu Bakr al-Baghdadi']), ofac)
    expect(tie?.basis).toBe('name and birth date')
    expect(tie?.detail).toMatch(/^names match 0\.9\d both ways; the alias "Abu Bakr al-Baghdadi" on both; born 1971$/)
    expect(sameEntity(un(['Dr. Ibrahim']), ofac)).toBeUndefined()
    expect(sameEntity(un([]), ofac)).toBeUndefined()
  })
  test('the same name (either way round) and birth date on two lists: one entity', () => {
    expect(sameEntity(OFAC_PUTIN, EU_PUTIN)).toEqual({ basis: 'name and birth date', detail: 'names match 1.00 both ways; born 1952-10-07; country ru' })
    expect(sameEntity(EU_PUTIN, OFAC_PUTIN)?.basis).toBe('name and birth date')
  })
  test('a full date on one list and only its year on the other: one entity', () => {
    expect(sameEntity(EU_PUTIN, person('gb-1', 'gb_hmt_sanctions', { birthDate: ['1952'] }))?.detail).toBe('names match 1.00 both ways; born 1952')
  })
  test('same name, another birth date: two entities', () => {
    expect(sameEntity(EU_PUTIN, person('gb-1', 'gb_hmt_sanctions', { birthDate: ['1975-03-14'] }))).toBeUndefined()
  })
  test('same name, no birth dates (or on one side only): two entities', () => {
    expect(sameEntity(person('eu-1', 'eu_fsf', {}), person('gb-1', 'gb_hmt_sanctions', {}))).toBeUndefined()
    expect(sameEntity(EU_PUTIN, person('gb-1', 'gb_hmt_sanctions', {}))).toBeUndefined()
  })
  test('same name and birth date, other nationality: two entities', () => {
    expect(sameEntity(EU_PUTIN, person('gb-1', 'gb_hmt_sanctions', { birthDate: ['1952-10-07'], nationality: ['Ukraine'] }))).toBeUndefined()
  })
  test('a name that only resembles (another surname) with the same birth date: two entities', () => {
    const other = person('gb-1', 'gb_hmt_sanctions', { name: ['Vladimir Vladimirovich PUTILIN'], birthDate: ['1952-10-07'] })
    expect(sameNameScore(EU_PUTIN, other)).toBeLessThan(0.95)
    expect(sameEntity(EU_PUTIN, other)).toBeUndefined()
  })
  test('two records of one list are two entities, unless an identifier ties them', () => {
    const a = person('ofac-1', 'us_ofac_sdn', { birthDate: ['1952-10-07'] })
    const b = person('ofac-2', 'us_ofac_sdn', { birthDate: ['1952-10-07'] })
    expect(sameEntity(a, b)).toBeUndefined()
    const withPassport = (id: string) => person(id, 'us_ofac_sdn', { birthDate: ['1952-10-07'], passportNumber: ['7201 123456'] })
    expect(sameEntity(withPassport('ofac-1'), withPassport('ofac-2'))).toEqual({ basis: 'identifier', detail: 'passportNumber 7201 123456' })
  })
  test('a shared passport ties whatever the names, but not two people born on different days', () => {
    const a = rec('ofac-1', 'Person', 'us_ofac_sdn', { name: ['ROTENBERG, Arkady'], passportNumber: ['AB1234567'] })
    const b = rec('gb-1', 'Person', 'gb_hmt_sanctions', { name: ['Arkadiy Romanovich ROTENBERG'], idNumber: ['ab 123 4567'] })
    expect(sameEntity(a, b)).toEqual({ basis: 'identifier', detail: 'passportNumber AB1234567 = idNumber ab 123 4567' })
    const born = (s: Side, d: string) => rec(s.entity.id, 'Person', s.entity.datasets[0], { ...s.entity.properties, birthDate: [d] })
    expect(sameEntity(born(a, '1951-12-15'), born(b, '1952-12-15'))).toBeUndefined()
  })
  test('short, placeholder and weak identifiers do not tie', () => {
    const a = rec('a', 'Person', 'l1', { name: ['A'], passportNumber: ['12345', '000000'], callSign: ['UBGV8X'], kppCode: ['771001001'] })
    expect(strongIds(a)).toEqual(new Map())
    expect(sameEntity(a, rec('b', 'Person', 'l2', { name: ['B'], passportNumber: ['12345', '000000'], callSign: ['UBGV8X'], kppCode: ['771001001'] }))).toBeUndefined()
  })
  test('a person and a company never tie, even on a number', () => {
    const p = rec('a', 'Person', 'l1', { name: ['Ivan Petrov'], taxNumber: ['7701234567'] })
    const c = rec('b', 'Company', 'l2', { name: ['Petrov LLC'], innCode: ['7701234567'] })
    expect(sameEntity(p, c)).toBeUndefined()
  })
})

describe('sameEntity: organisations, vessels, versions', () => {
  const org = (id: string, list: string, props: Props) => rec(id, 'Organization', list, { name: ['ZALA AERO GROUP'], ...props })
  test('the same name and a country in common: one entity; another country: two', () => {
    expect(sameEntity(org('gb-1', 'gb_hmt_sanctions', { country: ['Russia'] }), org('ofac-1', 'us_ofac_sdn', { country: ['RU'] }))).toEqual({ basis: 'name and country', detail: 'names match 1.00 both ways; country ru' })
    expect(sameEntity(org('gb-1', 'gb_hmt_sanctions', { country: ['Russia'] }), org('ofac-1', 'us_ofac_sdn', { country: ['Belarus'] }))).toBeUndefined()
  })
  // Regression: TEHRIK-E TALIBAN PAKISTAN (TTP) on the UN and OFAC lists, no country on either, was two cards.
  test('the same main name as written and no country on a side: one entity; an alias alone, or one list: two', () => {
    expect(sameEntity(org('gb-1', 'gb_hmt_sanctions', {}), org('ofac-1', 'us_ofac_sdn', {}))).toEqual({ basis: 'same name', detail: 'main name "ZALA AERO GROUP" on both; no country on either side' })
    expect(sameEntity(org('gb-1', 'gb_hmt_sanctions', { country: ['Russia'] }), org('ofac-1', 'us_ofac_sdn', {}))?.detail).toBe('main name "ZALA AERO GROUP" on both; no country on one side')
    expect(sameEntity(org('gb-1', 'gb_hmt_sanctions', { name: ['ZALA'], alias: ['ZALA AERO GROUP'] }), org('ofac-1', 'us_ofac_sdn', {}))).toBeUndefined()
    expect(sameEntity(org('ofac-2', 'us_ofac_sdn', {}), org('ofac-1', 'us_ofac_sdn', {}))).toBeUndefined()
  })
  // Regression: HAQQANI NETWORK (OFAC) and HAQQANI NETWORK (HQN) (UN) were two cards.
  test('a short form in brackets after one main name: still the same main name', () => {
    const un = rec('unsc-1', 'Organization', 'un_sc_sanctions', { name: ['HAQQANI NETWORK (HQN)'] })
    const ofac = rec('ofac-1', 'Organization', 'us_ofac_sdn', { name: ['HAQQANI NETWORK'] })
    expect(sameEntity(un, ofac)).toEqual({ basis: 'same name', detail: 'main name "HAQQANI NETWORK" on both; no country on either side' })
    expect(sameEntity(un, rec('ofac-2', 'Organization', 'us_ofac_sdn', { name: ['HAQQANI NETWORK SUPPORT'] }))).toBeUndefined()
  })
  test('a registration number ties organisations named differently', () => {
    const a = org('eu-1', 'eu_fsf', { name: ['Shenzhen Blue Hat International Trade Co., Ltd'], registrationNumber: ['91440300MA5F3XYZ12'] })
    const b = rec('ofac-1', 'Company', 'us_ofac_sdn', { name: ['SHENZHEN BLUE HAT INTL TRADING CO LTD'], registrationNumber: ['91440300MA5F3XYZ12'] })
    expect(sameEntity(a, b)?.basis).toBe('identifier')
  })
  test('vessels tie on their IMO number only, never on a name', () => {
    const ship = (id: string, list: string, props: Props) => rec(id, 'Vessel', list, { name: ['GRACEFUL'], flag: ['Russia'], ...props })
    expect(sameEntity(ship('a', 'l1', {}), ship('b', 'l2', {}))).toBeUndefined()
    expect(sameEntity(ship('a', 'l1', { imoNumber: ['1011551'] }), ship('b', 'l2', { imoNumber: ['IMO 1011551'] }))?.basis).toBe('identifier')
    // One vessel record in two versions of its list is one entity still.
    expect(sameEntity(ship('a', 'l1', {}), rec('a', 'Vessel', 'l1', { name: ['GRACEFUL'] }, 'l1-v2'))?.basis).toBe('list id')
  })
  test('one record of one list in two versions: its id ties it', () => {
    const v1 = org('gb-hmt-15022', 'gb_hmt_sanctions', {})
    const v2 = rec('gb-hmt-15022', 'Organization', 'gb_hmt_sanctions', { name: ['ZALA AERO GROUP'] }, 'gb_hmt_sanctions-v2')
    expect(sameEntity(v1, v2)).toEqual({ basis: 'list id', detail: 'gb-hmt-15022 in versions gb_hmt_sanctions-v1 and gb_hmt_sanctions-v2' })
  })
})

describe('sameEntity: one bank on two lists of one publisher', () => {
  const sberbank = (list: string, props: Props = {}) =>
    rec('ofac-17018', 'Company', list, { name: ['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA'], ...props })
  // Regression: OFAC's SDN and non-SDN records of Sberbank came out as two cards (ties []).
  test('the same id and name on the SDN and non-SDN lists: one entity', () => {
    expect(sameEntity(sberbank('us_ofac_sdn'), sberbank('us_ofac_cons'))).toEqual({
      basis: 'list id', detail: 'ofac-17018 on us_ofac_sdn-v1 and us_ofac_cons-v1',
    })
  })
  test('a SWIFT/BIC, letters only, is a strong identifier', () => {
    const a = rec('eu-1', 'Company', 'eu_fsf', { name: ['Sberbank'], swiftBic: ['SABRRUMM'] })
    const b = rec('gb-1', 'Company', 'gb_hmt_sanctions', { name: ['Sberbank of Russia'], swiftBic: ['SABR RU MM'] })
    expect(sameEntity(a, b)).toEqual({ basis: 'identifier', detail: 'swiftBic SABRRUMM = swiftBic SABR RU MM' })
    // Not a BIC's shape: a word is no identifier.
    const c = rec('gb-2', 'Company', 'gb_hmt_sanctions', { name: ['Other'], swiftBic: ['UNKNOWN'] })
    expect(sameEntity(rec('eu-2', 'Company', 'eu_fsf', { name: ['Else'], swiftBic: ['UNKNOWN'] }), c)).toBeUndefined()
  })
})
