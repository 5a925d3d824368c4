import { describe, expect, test } from 'vitest'
import { makeEntity } from '../model.js'
import { scorePair } from '../pairs.js'
import { explain } from '../screen.js'
import { analyseName } from '../text/names.js'
import { alignForms, credit, sameLettersSplitElsewhere } from './align.js'
import { ALGORITHM, schemasCompatible, scoreMatch } from './algorithm.js'
import { analyseEntity, analyseQuery, normaliseId } from './analyse.js'
import { countryCode } from './countries.js'
import { datesAgree, isoPrefix, parseDates } from './dates.js'
import { tokenSimilarity, weightedDistance } from './distance.js'
import { countryMismatch, dobMismatch, identifierMatch, legalFormMismatch, nameLiteral, nameMatch, weakAliasMatch } from './features.js'

const entity = (schema: string, props: Record<string, string[]>) => analyseEntity(makeEntity('e1', schema, 'test', props))
const score = (schema: string, a: string, b: string) => scorePair(schema, a, b).score

describe('distance', () => {
  test.each([
    ['abc', 'abc', 0],
    ['smith', 'smyth', 0.5],
    ['ab', 'ba', 0.6],
    ['mohamed', 'mohammed', 0.3],
  ])('weightedDistance(%s, %s) = %s', (a, b, d) => expect(weightedDistance(a, b)).toBeCloseTo(d))
  test.each([
    ['attiqullah', 'attiiqullah', 0.97],
    ['muhammad', 'mohammed', 0.875],
    ['ko', 'kp', 0.33],
    ['l', 'lee', 0.9],
    ['11420', '11421', 0],
    ['abdullah', 'xyzzyqw', 0],
  ])('tokenSimilarity(%s, %s) ~ %s', (a, b, s) => expect(tokenSimilarity(a, b)).toBeCloseTo(s, 2))
  test('credit keeps near-identical, cuts loose similarity', () => {
    expect(credit(0.97)).toBe(0.97)
    expect(credit(0.7)).toBeCloseTo(0.52)
  })
})

describe('alignForms', () => {
  const form = (n: string) => analyseName(n, 'Person')[0]
  test('name order does not matter for persons', () => expect(alignForms(form('Putin Vladimir'), form('Vladimir Putin')).score).toBe(1))
  test('a missing patronymic costs little', () => expect(alignForms(form('Vladimir Putin'), form('Putin, Vladimir Vladimirovich')).score).toBeGreaterThan(0.9))
  test('merged words match through the spaceless comparison', () => {
    const al = alignForms(form('Abdul Rahman Yasin'), form('Abdulrahman Yasin'))
    expect(al.score).toBeGreaterThan(0.85)
  })
  test.each([
    ['xianhua qin', 'xian huaqin', true],
    ['xianhua qin', 'xianhua qin', false],
    ['lee min ho', 'lee min hu', false],
    ['ab cd', 'abc d', true],
    ['ab cd', 'abc de', false],
  ])('sameLettersSplitElsewhere(%s, %s) = %s', (q, c, yes) => expect(sameLettersSplitElsewhere(q, c)).toBe(yes))
  test('particles alone are weak', () => expect(alignForms(form('Al Bin'), form('Al Bin Ahmad')).weak).toBe(true))
})

describe('features', () => {
  const q = analyseQuery({ name: 'Banco Nacional de Cuba', country: 'CU', birthDate: '1960', id: '77-44001497' })
  test('nameLiteral', () => expect(nameLiteral(q, entity('Organization', { name: ['BANCO NACIONAL DE CUBA'] })).score).toBe(1))
  test('nameMatch explains itself', () => {
    const r = nameMatch(analyseQuery({ name: 'Vladimir Putin' }), entity('Person', { name: ['PUTIN, Vladimir Vladimirovich'] }), {})
    expect(r.detail).toBe('name "PUTIN, Vladimir Vladimirovich": vladimir, putin; unmatched in the listed name "vladimirovich"')
  })
  test('nameMatch says what lowered the score (parts.test.ts has the rules)', () => {
    const r = nameMatch(analyseQuery({ name: 'Dmitry Ivanovich Savelyev' }), entity('Person', { name: ['SAVELYEV, Dmitry Vladimirovich'] }), {})
    expect(r.detail).toBe('name "SAVELYEV, Dmitry Vladimirovich": dmitry, savelyev; unmatched in the query "ivanovich", in the listed name "vladimirovich"; patronymic differs: ivanovich vs vladimirovich')
  })
  test('weak aliases match only when the query equals them', () => {
    const e = entity('Organization', { name: ['BANCO NACIONAL DE CUBA'], weakAlias: ['BNC'] })
    expect(weakAliasMatch(analyseQuery({ name: 'BNC' }), e).score).toBe(1)
    expect(weakAliasMatch(analyseQuery({ name: 'BNC Trading' }), e).score).toBe(0)
  })
  // Regression: an IMO number as OFAC writes it ("IMO 9934498") did not meet the bare number a list stores.
  test('an IMO number meets the same number without its prefix, either way', () => {
    const ship = entity('Vessel', { name: ['NAN FENG ZHI XING'], imoNumber: ['9934498'] })
    expect(identifierMatch(analyseQuery({ name: 'Southern Wind Star', id: 'IMO 9934498' }), ship).score).toBe(1)
    const prefixed = entity('Vessel', { name: ['GRACEFUL'], imoNumber: ['IMO9187629'] })
    expect(identifierMatch(analyseQuery({ name: 'x', id: '9187629' }), prefixed).score).toBe(1)
    expect(identifierMatch(analyseQuery({ name: 'x', id: 'IMO 9934499' }), ship).score).toBe(0)
  })
  // Regression: "IBRAHIM, Haji" equalled the weak alias "Dr. Ibrahim" (both "ibrahim" once titles left out): a 0.8 MATCH on a name scoring 0.24.
  test('a weak alias of one word once titles are left out is met only as written', () => {
    const e = entity('Person', { name: ['IBRAHIM AWWAD IBRAHIM ALI AL-BADRI'], weakAlias: ['Dr. Ibrahim', "Abu Du'a"] })
    expect(weakAliasMatch(analyseQuery({ name: 'IBRAHIM, Haji' }), e).score).toBe(0)
    expect(weakAliasMatch(analyseQuery({ name: 'Ibrahim' }), e).score).toBe(0)
    expect(weakAliasMatch(analyseQuery({ name: 'Dr. Ibrahim' }), e).detail).toBe('query equals weak alias "Dr. Ibrahim"')
    expect(weakAliasMatch(analyseQuery({ name: "Sheikh Abu Du'a" }), e).score).toBe(1)
  })
  // Regression: with an alias of no patronymic (OLIINYK, Volodymyr) beside the name that has one, another father's name matched at 0.902.
  test("a patronymic the matched alias lacks is weighed against the entity's other names", () => {
    const e = entity('Person', { name: ['OLIYNYK, Volodymyr Mykolayovych'], alias: ['OLIINYK, Volodymyr'] })
    const other = nameMatch(analyseQuery({ name: 'Oliynyk Volodymyr Petrovych', schema: 'Person' }), e, {})
    expect(other.score).toBeLessThan(0.7)
    expect(other.detail).toContain('patronymic differs: petrovych vs mykolayovych')
    for (const name of ['Oliynyk Volodymyr Nikolayevich', 'Oliynyk Volodymyr Mykolaiovych', 'Oliynyk Volodymyr']) {
      expect(nameMatch(analyseQuery({ name, schema: 'Person' }), e, {}).score).toBeGreaterThan(0.9)
    }
    // A list that gives no father's name says nothing against one.
    const bare = entity('Person', { name: ['OLIINYK, Volodymyr'] })
    expect(nameMatch(analyseQuery({ name: 'Oliynyk Volodymyr Petrovych', schema: 'Person' }), bare, {}).score).toBeGreaterThan(0.8)
  })
  // Regression: a Russian name written family name first without a comma (Ротенберг Аркадий
  // Романович) had its given name read as the surname, so Arkadiy / Arkady (one given name) scored
  // as letters only: 0.899.
  test('the word before a patronymic is the given name, in either order', () => {
    const e = entity('Person', { name: ['ROTENBERG, Arkady Romanovich'] })
    for (const name of ['Ротенберг Аркадий Романович', 'Rotenberg Arkadiy Romanovich', 'Arkadiy Romanovich Rotenberg']) {
      const m = nameMatch(analyseQuery({ name, schema: 'Person' }), e, {})
      expect(m.detail).toContain('one given name: arkadiy = arkady')
      expect(m.score).toBeGreaterThan(0.95)
    }
  })
  // Regression: a query of no schema with a legal form (Haroun Gaye OOO) matched the person GAYE,
  // Haroun at 1.00 as an identical name, the legal form left unsaid.
  test('a firm\'s name of no stated schema against a person is a firm named like them, and says so', () => {
    const e = entity('Person', { name: ['GAYE, Haroun'] })
    const firm = nameMatch(analyseQuery({ name: 'Haroun Gaye OOO' }), e, {})
    expect(firm.score).toBeCloseTo(0.7)
    expect(firm.detail).toContain("a firm's name (LLC) against a person's: a firm named like the person")
    expect(nameMatch(analyseQuery({ name: 'Bando Trading Ltd' }), entity('Person', { name: ['BANDO, Haji'] }), {}).score).toBeLessThan(0.7)
    // The user's schema is their word; a name of no firm words is the person's.
    expect(nameMatch(analyseQuery({ name: 'Haroun Gaye OOO', schema: 'Person' }), e, {}).detail).not.toContain("a firm's name")
    expect(nameMatch(analyseQuery({ name: 'Haroun Gaye' }), e, {}).score).toBe(1)
  })
  // Regression: AL-SHAYKH, Muhammad lost its family name as a title, and found nothing of itself.
  test('a title after an article is a family name', () => {
    const e = entity('Person', { name: ['AL-SHAYKH, Muhammad'] })
    expect(e.names[0].forms[0].text).toBe('al shaykh muhammad')
    expect(nameMatch(analyseQuery({ name: 'Muhammad al-Shaykh', schema: 'Person' }), e, {}).score).toBeGreaterThan(0.95)
    expect(nameMatch(analyseQuery({ name: 'Muhammad al-Amin', schema: 'Person' }), e, {}).score).toBeLessThan(0.7)
    expect(entity('Person', { name: ['Sheikh Muhammad Amin'] }).names[0].forms[0].text).toBe('muhammad amin')
  })
  // Regression: DOOSTAN INTERNATIONAL COMPANY (DICO) was read without its bracket, but a query of DICO found nothing.
  test('a short form in brackets matches a query of it exactly, as a weak alias does, and says so', () => {
    const e = entity('Organization', { name: ['DOOSTAN INTERNATIONAL COMPANY (DICO)'] })
    const r = scoreMatch(analyseQuery({ name: 'DICO' }), e, {})
    expect([r.score, r.match]).toEqual([0.8, true])
    expect(r.features.name.detail).toBe('name "DOOSTAN INTERNATIONAL COMPANY (DICO)": dico; via the short form in brackets')
    expect(scoreMatch(analyseQuery({ name: 'Dico', schema: 'Company' }), e, {}).score).toBe(0.8)
    // A letter off is another name; the name itself still matches as before.
    for (const other of ['DICA', 'DIC', 'DICOS', 'Dico Trading']) expect(scoreMatch(analyseQuery({ name: other }), e, {}).match).toBe(false)
    expect(scoreMatch(analyseQuery({ name: 'Doostan International Company' }), e, {}).score).toBe(1)
    // Two names that both end in (MIT) are compared by their names, not their short forms.
    const mit = entity('Organization', { name: ['MUJAHIDIN INDONESIAN TIMUR (MIT)'] })
    expect(scoreMatch(analyseQuery({ name: 'Massachusetts Institute of Technology (MIT)' }), mit, {}).match).toBe(false)
  })
  test('identifierMatch ignores punctuation', () => {
    expect(normaliseId('77-44 001497')).toBe('7744001497')
    expect(identifierMatch(q, entity('Company', { name: ['X'], innCode: ['7744001497'] })).detail).toBe('identifier 77-44001497 = innCode 7744001497')
  })
  test('dobMismatch: none agree / one year off counts half', () => {
    expect(dobMismatch(analyseQuery({ name: 'x', birthDate: '1970' }), entity('Person', { name: ['x'], birthDate: ['1962-12-10'] })).score).toBe(1)
    expect(dobMismatch(analyseQuery({ name: 'x', birthDate: '1963' }), entity('Person', { name: ['x'], birthDate: ['1962'] })).score).toBe(0.5)
    expect(dobMismatch(analyseQuery({ name: 'x', birthDate: '1962' }), entity('Person', { name: ['x'], birthDate: ['10 Dec 1962'] })).score).toBe(0)
  })
  test('countryMismatch compares codes and names', () => {
    expect(countryMismatch(q, entity('Company', { name: ['x'], country: ['Cuba'] })).score).toBe(0)
    expect(countryMismatch(q, entity('Company', { name: ['x'], country: ['Russian Federation'] })).score).toBe(1)
  })
  // Regression: "USSR" read as the code su and counted as a mismatch against ru ("country su vs ru"),
  // though a person listed as of the USSR is of one of its successor states.
  test.each([
    ['USSR', 'RU'], ['Soviet Union', 'Ukraine'], ['Russia', 'USSR'], ['KZ', 'Soviet Union'], ['SU', 'Lithuania'], ['suhh', 'Belarus'], ['former Soviet Union', 'Armenia'], ['USSR', 'USSR'],
  ])('a Soviet-era country agrees with its successor states: %s vs %s', (listed, queried) => {
    const c = entity('Person', { name: ['Ivan Petrov'], nationality: [listed] })
    const r = scoreMatch(analyseQuery({ name: 'Ivan Petrov', country: queried }), c, {})
    expect(Object.keys(r.features)).toEqual(['name_literal', 'name', 'country_match'])
    expect(r.features.country_match.weight).toBe(0)
    expect(r.score).toBe(1)
  })
  test('a Soviet-era country still differs from a country that was never part of it', () => {
    const r = scoreMatch(analyseQuery({ name: 'Ivan Petrov', country: 'Iran' }), entity('Person', { name: ['Ivan Petrov'], nationality: ['USSR'] }), {})
    expect(r.features.country_mismatch.detail).toMatch(/^country ir vs su\//)
  })
  // Regression: an agreeing birth date and country were not in the explanation at all.
  test('a birth date and a country that agree are said, and not scored', () => {
    const c = entity('Person', { name: ['Ivan Petrov'], birthDate: ['1970-01-01'], nationality: ['Russia'] })
    const agreeing = scoreMatch(analyseQuery({ name: 'Ivan Petrov', birthDate: '1970', country: 'RU' }), c, {})
    const plain = scoreMatch(analyseQuery({ name: 'Ivan Petrov' }), c, {})
    expect(agreeing.features.dob_match.detail).toBe('birth date 1970 agrees with 1970-01-01')
    expect(agreeing.features.country_match.detail).toBe('country ru agrees')
    expect(explain(agreeing)).toContain('dob_match 1.00 (not scored): birth date 1970 agrees with 1970-01-01')
    expect(agreeing.score).toBe(plain.score)
    // Nothing said without a name match, nor when they differ.
    expect(scoreMatch(analyseQuery({ name: 'Olga Sidorova', birthDate: '1970' }), c, {}).features.dob_match).toBeUndefined()
    expect(scoreMatch(analyseQuery({ name: 'Ivan Petrov', birthDate: '1985' }), c, {}).features.dob_match).toBeUndefined()
  })
  test('legalFormMismatch: LLC vs JSC', () =>
    expect(legalFormMismatch(analyseQuery({ name: 'Vector LLC', schema: 'Company' }), entity('Company', { name: ['Vector JSC'] })).score).toBe(1))
  test('every feature of the table is documented by a weight', () => expect(ALGORITHM.every((f) => typeof f.weight === 'number')).toBe(true))
})

describe('scores spread and stay honest', () => {
  test('exact > transliteration > two typos, none of the last two at 1', () => {
    const exact = score('Person', 'Aleksandr Zakharov', 'ZAKHAROV, Aleksandr')
    const translit = score('Person', 'Александр Захаров', 'ZAKHAROV, Aleksandr')
    const typos = score('Person', 'Aleksnadr Zakharow', 'ZAKHAROV, Aleksandr')
    expect(exact).toBe(1)
    expect(translit).toBeLessThan(exact)
    expect(typos).toBeLessThan(translit)
    expect(typos).toBeGreaterThan(0.7)
  })
  // Regression: Watchman hit "11420 CORP." at 100% on the list entry "CORP".
  test('a legal form cannot carry a match', () => expect(score('Company', '11420 CORP.', 'CORP')).toBeLessThan(0.5))
  // Regression: Watchman matched "EMMA LLC" with "emma daniels".
  test('one shared first name is not a match', () => expect(score('LegalEntity', 'EMMA LLC', 'Emma Daniels')).toBeLessThan(0.7))
  test('common words alone are not a match', () => expect(score('Company', 'China Trading Company Ltd', 'Global Trading Company Ltd')).toBeLessThan(0.5))
  test('Cyrillic legal form and name', () => expect(score('Company', 'ООО Ромашка', 'ROMASHKA LLC')).toBeGreaterThan(0.9))
  test('Chinese company to its pinyin listing', () => expect(score('Company', '深圳市大疆创新科技有限公司', 'SHENZHEN DAJIANG INNOVATION TECHNOLOGY CO LTD')).toBeGreaterThan(0.9))
  test('Chinese company without the place prefix', () => expect(score('Company', '大疆创新科技有限公司', 'Shenzhen Dajiang Innovation Technology Co., Ltd.')).toBeGreaterThan(0.8))
  test('Chinese person', () => expect(score('Person', '习近平', 'XI Jinping')).toBeGreaterThan(0.9))
  test('different surnames of one shape', () => expect(score('Person', 'Захаров Александр', 'SYCHUGOV, Aleksandr Viacheslavovich')).toBeLessThan(0.7))
  test.each([
    ['中国航天科工集团有限公司', 'China Aerospace Science and Industry Corporation Limited', 0.9],
    ['华为技术有限公司', 'Huawei Technologies Co Ltd', 0.9],
    ['АО Концерн Калашников', 'Kalashnikov Concern JSC', 0.9],
    ['Научно-производственное объединение Алмаз', 'Almaz Scientific Production Association', 0.9],
    ['ПАО Объединенная авиастроительная корпорация', 'United Aircraft Corporation PJSC', 0.9],
    ['Научно-производственное объединение Машиностроения', 'NPO Mashinostroyeniya', 0.9],
  ])('a name given in English translation: %s = %s', (a, b, min) => expect(score('Company', a, b)).toBeGreaterThan(min))
  test('the pinyin reading still holds', () =>
    expect(score('Company', '深圳市大疆创新科技有限公司', 'Shenzhen Dajiang Innovation Technology Co. Ltd')).toBeCloseTo(0.95))
  test.each([
    // Different firms that share only translated common words.
    ['ООО Торговый дом Альфа', 'Beta Trading House LLC', 0.5],
    ['Завод Альфа', 'Beta Plant', 0.5],
    ['Концерн Автоматика', 'Kalashnikov Concern', 0.5],
    ['中国电子科技集团有限公司', 'China Electronics Import and Export Corporation', 0.7],
    ['中国航天科技集团有限公司', 'China Aerospace Science and Industry Corporation', 0.7],
    ['深圳市大疆创新科技有限公司', 'Shenzhen Electronics Technology Co Ltd', 0.5],
  ])('translated common words alone do not match: %s / %s', (a, b, max) => expect(score('Company', a, b)).toBeLessThan(max))
  test('Latin names of common words only: the same words match, one word more does not', () => {
    // Regression: the same name with another legal form was capped at 0.42 ("only common words").
    expect(score('Company', 'China Electronics Technology Group Corporation', 'China Electronics Technology Group Co Ltd')).toBeGreaterThanOrEqual(0.9)
    expect(score('Company', 'China Electronics Group Corporation', 'China Electronics Technology Group Co Ltd')).toBeLessThan(0.7)
    expect(score('Company', 'Kalashnikov Concern', 'Concern Kalashnikov')).toBeCloseTo(0.97)
    // Regression: 中国船舶工业贸易有限公司 (China ... Trading) matched KOREA MARINE & INDUSTRIAL TRDG at 0.824, "all agree".
    expect(score('Company', '中国船舶工业贸易有限公司', 'KOREA MARINE & INDUSTRIAL TRDG')).toBeLessThan(0.7)
    expect(score('Company', 'China Marine Industrial Trading', 'Korea Marine Industrial Trading')).toBeLessThan(0.7)
  })
  test('exact > reordered > typo for persons; "SURNAME, Given" and Russian order are not reordering', () => {
    const reordered = score('Person', 'Li Wei', 'Wei Li')
    expect(score('Person', 'Li Wei', 'LI Wei')).toBe(1)
    expect(reordered).toBeCloseTo(0.97)
    expect(score('Person', 'Li Wei', 'Li Wie')).toBeLessThan(reordered)
    expect(score('Person', 'LI, Wei', 'Wei Li')).toBe(1)
    expect(score('Person', 'Путин Владимир Владимирович', 'Vladimir Vladimirovich Putin')).toBeCloseTo(0.97)
  })
  test('qualifiers lower a name match', () => {
    const c = entity('Person', { name: ['Ivan Petrov'], birthDate: ['1970-01-01'], nationality: ['Russia'] })
    const r = scoreMatch(analyseQuery({ name: 'Ivan Petrov', birthDate: '1985', country: 'DE' }), c, {})
    expect(r.score).toBeCloseTo(0.7)
    expect(Object.keys(r.features)).toEqual(['name_literal', 'name', 'dob_mismatch', 'country_mismatch'])
  })
  test.each(['', '   ', '\u0007', 'x'.repeat(10_000), 'Ω Ж 中 ا'])('odd input %#', (n) => expect(() => scorePair('Person', n, 'Ivan Petrov')).not.toThrow())
})

test.each([
  ['Person', 'Vessel', false],
  ['Company', 'Organization', true],
  ['LegalEntity', 'Person', true],
  ['Thing', 'Vessel', true],
  ['Person', 'Company', false],
])('schemasCompatible(%s, %s) = %s', (a, b, r) => expect(schemasCompatible(a, b)).toBe(r))

test.each([
  ['10 Dec 1948', ['1948-12-10']],
  ['1962', ['1962']],
  ['circa 1955', ['1955']],
  ['1973 to 1974', ['1973', '1974']],
  ['07/10/1952', ['1952-10-07']],
  ['1969-7-16', ['1969-07-16']],
  ['1969-07-6', ['1969-07-06']],
  ['1969-7', ['1969-07']],
  ['nonsense', []],
])('parseDates(%s)', (a, b) => expect(parseDates(a)).toEqual(b))
test.each([
  ['07 Oct 1952', '1952-10-07'],
  ['Oct 1952', '1952-10'],
  ['1952', '1952'],
  ['1952-10-07T00:00:00', '1952-10-07'],
  ['07/10/1952', '1952-10-07'],
  ['circa 1952', undefined],
  ['1973 to 1974', undefined],
  ['31 Feb 1952', undefined],
  ['1952-13', undefined],
  ['nonsense', undefined],
])('isoPrefix(%s) = %s', (a, b) => expect(isoPrefix(a)).toBe(b))
test('datesAgree by prefix', () => expect(datesAgree('1962', '1962-12-10')).toBe(true))
test.each([
  ['RU', 'ru'],
  ['RUS', 'ru'],
  ['Iran (Islamic Republic of)', 'ir'],
  ['Democratic Republic of the Congo', 'cd'],
  ['Narnia', undefined],
])('countryCode(%s) = %s', (a, b) => expect(countryCode(a)).toBe(b))
