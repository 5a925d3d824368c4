import { describe, expect, test } from 'vitest'
import { scorePair } from '../pairs.js'
import { explain } from '../screen.js'
import { businessLine } from '../text/business-lines.js'
import { patronymicStem } from '../text/name-parts.js'
import { numeralValue } from '../text/numerals.js'
import { analyseName } from '../text/names.js'
import { makeToken } from '../text/tokens.js'
import { alignForms } from './align.js'
import { differsOutright } from './differs.js'
import { nameLayout, surnameWords } from './name-roles.js'
import { namedAfterPerson } from './named-after.js'
import { distinctWordConflict } from './org-words.js'
import { personConflicts } from './person-parts.js'
import { places } from './places.js'

const person = (n: string) => analyseName(n, 'Person')[0]
const org = (n: string) => analyseName(n, 'Company')[0]
const score = (schema: string, a: string, b: string) => scorePair(schema, a, b).score
const notes = (a: string, b: string) => {
  const [qf, cf] = [person(a), person(b)]
  return personConflicts(alignForms(qf, cf), qf, cf, { q: a, c: b }).map((x) => x.note)
}

// A generation (Jr, Sr, II, III) tells a father from his son; on one side only it says nothing against.
test.each([
  ['John Smith Jr', 'John Smith Sr', ['generation differs: jr vs sr']],
  ['SMITH JR, John', 'John Smith Senior', ['generation differs: jr vs sr']],
  ['Henry Ford II', 'Henry Ford III', ['generation differs: ii vs iii']],
  ['John Smith Jr', 'John Smith Junior', []],
  ['John Smith Jr', 'John Smith', []],
])('generation: %s / %s', (a, b, expected) => expect(notes(a, b)).toEqual(expected))

describe('words that differ outright, not by spelling', () => {
  test.each([
    ['hala', 'rana'],
    ['ali', 'saleh'],
    ['zakharov', 'sychugov'],
    ['steel', 'glass'],
    ['ivanovich', 'petrovich'],
    ['yuryevich', 'andreevich'],
    ['ii', 'iv'],
    ['150', '419'],
    ['99th', '77th'],
    ['fourteenth', 'fifteenth'],
    ['trading', 'shipping'],
  ])('%s / %s differ', (a, b) => expect(differsOutright(makeToken(a), makeToken(b))).toBe(true))
  test.each([
    ['mohammed', 'muhammad'],
    ['aleksandr', 'alexander'],
    ['yevgeniy', 'evgeni'],
    ['fouzi', 'fawzy'],
    ['nazir', 'natheer'],
    ['omgy', 'umqi'],
    ['alex', 'alexander'],
    ['mg', 'maung'],
    ['seven', '7'],
    ['fourth', '4th'],
    ['ii', '2'],
    ['arms', 'forearms'],
    ['nikolaevich', 'mykolaiovych'],
    // Regression: one father's name in Russian and Belarusian read as another patronymic, and
    // "Aleksandr Grigoryevich Lukashenko" missed LUKASHENKA, Alyaksandr Ryhorovich (0.654).
    ['grigoryevich', 'ryhorovich'],
    ['volodymyr', 'vladimir'],
    ['oil', 'petroleum'],
    ['j', 'peter'],
  ])('%s / %s may be one word', (a, b) =>
    expect(differsOutright(makeToken(a), makeToken(b))).toBe(false)
  )
})

test.each([
  ['ivanovich', 'ivan'],
  ['sergeyevna', 'serge'],
  ['nikolaevich', 'nikola'],
  ['petrov', ''],
])('patronymicStem(%s) = %s', (a, b) => expect(patronymicStem(a)).toBe(b))

test.each([
  ['7', 7],
  ['7th', 7],
  ['seven', 7],
  ['seventh', 7],
  ['seventieth', 70],
  ['vii', 7],
  ['xiv', 14],
  ['thousand', 1000],
  ['v', undefined],
  ['vivid', undefined],
])('numeralValue(%s) = %s', (a, n) => expect(numeralValue(a)).toBe(n))

test.each([
  ['trading', 'trade'],
  ['merchant', 'trade'],
  ['petroleum', 'energy'],
  ['company', undefined],
])('businessLine(%s) = %s', (a, b) => expect(businessLine(a)).toBe(b))

test.each([
  ['ZABALA PADILLA, Omar Arturo', 2],
  ['AL ZAWAHIRI, Dr. Ayman', 2],
  ['Vladimir Putin', 0],
])('surnameWords(%s) = %s', (a, n) => expect(surnameWords(a)).toBe(n))

describe('roles of the words of a person name', () => {
  const roles = (raw: string) => {
    const f = person(raw)
    const { roles } = nameLayout(f, surnameWords(raw))
    return Object.fromEntries(f.tokens.flatMap((t, i) => (roles[i] ? [[t.text, roles[i]]] : [])))
  }
  test('Arabic lineage: father after "bin", nisbah after "al"', () =>
    expect(roles('Abdullah bin Ahmed bin Ali al-Harbi')).toEqual({
      abdullah: 'given',
      ahmed: 'father',
      ali: 'ancestor',
      harbi: 'family',
    }))
  test('"Abd al-Rahman" is a given name, not a nisbah; a middle "al-" name is', () =>
    expect(roles('Abd al-Rahman al-Tikriti Hassan')).toEqual({
      rahman: 'given',
      tikriti: 'nisbah',
      hassan: 'family',
    }))
  test('"BIN LADIN, Usama": a link with no name before it starts a family name', () =>
    expect(roles('BIN LADIN, Usama bin Muhammad')).toEqual({
      ladin: 'family',
      usama: 'given',
      muhammad: 'father',
    }))
  test('Russian order and "SURNAME, Given Patronymic"', () => {
    const expected = { ivanov: 'family', petr: 'given', sergeyevich: 'patronymic' }
    expect(roles('Ivanov Petr Sergeyevich')).toEqual(expected)
    expect(roles('IVANOV, Petr Sergeyevich')).toEqual(expected)
    expect(roles('Petr Sergeyevich Ivanov')).toEqual(expected)
  })
  test('a Belarusian surname in -evich is the family name, not a patronymic', () =>
    expect(roles('MIKLASHEVICH, Petr Petrovich')).toEqual({
      miklashevich: 'family',
      petr: 'given',
      petrovich: 'patronymic',
    }))
})

test('places: the first and last places are one, so "SMITH, John" lines up with "Peter Jones"', () => {
  const [qf, cf] = [person('SMITH, John Michael'), person('John Michael Jones')]
  const al = alignForms(qf, cf)
  const p = places(al, qf, cf)!
  expect(p.q(qf.tokens.findIndex((t) => t.text === 'smith'))).toBe(p.c(2))
  expect(
    places(alignForms(person('a b c'), person('b a c')), person('a b c'), person('b a c'))
  ).toBe(undefined)
})

describe('person parts: what speaks against one person', () => {
  test.each([
    [
      'Dmitry Ivanovich Savelyev',
      'SAVELYEV, Dmitry Vladimirovich',
      'patronymic differs: ivanovich vs vladimirovich',
    ],
    ['Ahmed bin Ali al-Harbi', 'Ahmed bin Saleh al-Harbi', "father's name differs: ali vs saleh"],
    [
      'Abdullah Ahmed Saleh al-Harbi',
      'Abdullah Ahmed Saleh al-Qahtani',
      'family name differs: harbi vs qahtani',
    ],
    ['John Michael Smith', 'John Michael Jones', 'family name differs: smith vs jones'],
    [
      'Hala Saddam Hussein al-Tikriti',
      'Rana Saddam Hussein al-Tikriti',
      'given name differs: hala vs rana',
    ],
    [
      'Maxim Yuryevich Smirnov',
      'SMIRNOV, Maxim Andreevich',
      'patronymic differs: yuryevich vs andreevich',
    ],
    [
      'Ahmed bin Ali al-Harbi',
      'Ali bin Ahmed al-Harbi',
      'roles swapped across "bin": ahmed bin ali vs ali bin ahmed',
    ],
    // Several words on each side of the link; two names alike (Ahmad / Amar 0.7) still two.
    [
      'Ahmad Fauzi bin Hassan Basri',
      'Hassan Basri bin Ahmad Fauzi',
      'roles swapped across "bin": ahmad bin hassan vs hassan bin ahmad',
    ],
    [
      'Ahmad Ould Amar',
      'Amar Ould Ahmad',
      'roles swapped across "ould": ahmad ould amar vs amar ould ahmad',
    ],
    [
      'Adel bin Azhar bin Youssef Hamdi',
      'Adel bin Youssef bin Azhar Hamdi',
      'roles swapped across "bin": azhar bin youssef vs youssef bin azhar',
    ],
    [
      'Vladislav Vyacheslavovich Kostin',
      'KOSTIN, Vyacheslav Vladislavovich',
      'roles swapped: given name vladislav vs patronymic vladislavovich',
    ],
    // Two Ibrahims: the one in the same place is paired, so the given names are seen to differ.
    [
      'Ibrahim Sabawi Ibrahim Hasan al-Tikriti',
      'Yasir Sabawi Ibrahim Hasan al-Tikriti',
      'given name differs: ibrahim vs yasir',
    ],
    [
      'Aleksandr Vyacheslavovich Zakharov',
      'ZAKHAROV, Vyacheslav Aleksandrovich',
      'roles swapped: given name aleksandr vs patronymic aleksandrovich',
    ],
    // Regression: Saddam Hussein matched his children's records at 0.795: a given name in front is the child's.
    [
      'Saddam Hussein',
      'AL-TIKRITI, Uday Saddam Hussein',
      'another given name in front: uday saddam vs saddam',
    ],
    [
      'Saddam Hussein',
      'Qusay Saddam Hussein al-Tikriti',
      'another given name in front: qusay saddam vs saddam',
    ],
    [
      'Usama bin Laden',
      'HAMZA USAMA MUHAMMAD BIN LADEN',
      'another given name in front: hamza usama vs usama',
    ],
    // Regression: Korean syllables kept apart aligned loosely (Jong / Song 0.75, Un / Hun 0.8, Choe / Cho 0.8).
    ['KIM JONG UN', 'KIM, Song Hun', 'given name differs: jong un vs song hun'],
    ['CHOE CHUN YONG', 'CHO CHUN RYONG', 'family name differs: choe vs cho'],
    // Regression: a Korean given name is one name, a syllable short of another is another name (0.866).
    ['Ri Myong', 'RI, Myong Hun', 'given name differs: myong vs myong hun'],
    // Regression: written given name first, the surname last, the rule did not read it (0.866).
    ['Young Kim', 'KIM YONG CHOL', 'given name differs: young vs yong chol'],
    ['Jong Un Kim', 'KIM YO JONG', 'given name differs: jong un vs yo jong'],
    // Either side may have it: the child queried, the father listed.
    [
      'Uday Saddam Hussein',
      'AL-TIKRITI, Saddam Hussein',
      'another given name in front: uday saddam vs saddam',
    ],
  ])('%s / %s: %s', (a, b, note) => expect(notes(a, b)).toContain(note))
  test.each([
    // A part on one side only: lists add and drop patronymics, middle names, fathers' names.
    ['Vladimir Putin', 'PUTIN, Vladimir Vladimirovich'],
    ['Ahmed Saleh al-Harbi', 'Ahmed bin Ali Saleh al-Harbi'],
    // Spelling and transliteration.
    ['Aleksandr Sergeyevich Pushkin', 'PUSHKIN, Alexander Sergeevich'],
    ['Mohammed Abdullah al-Harbi', 'Muhammad Abdallah al-Harby'],
    ['Fouzi Reda Darwish', 'Fawzy Reda Darwish'],
    ['Yuriy Nikolaevich Pavlenko', 'PAVLENKO, Yuriy Mykolaiovych'],
    // Named after his father; "Given Family" turned round; a married name for a second surname.
    ['Aleksandr Aleksandrovich Karelin', 'KARELIN, Alexander Alexandrovich'],
    ['Li Wei', 'Wei Li'],
    // An initial stands for any name, the father's too.
    ['PETROV, Sergei Semyonovich', 'PETROV, S. Semyonovich'],
    // Regression: turned round at its comma, a lineage seemed to cross its link both ways.
    ['BEN SALEM BEN SALEM TRABELSI, KARIM', 'Karim ben Salem ben Salem Trabelsi'],
    ['CAZARES SALAZAR, Blanca Margarita', 'CAZARES DE MEZA, Blanca Margarita'],
    // The family name in front is the name turned round; an initial in front names nobody.
    ['Saddam Hussein', 'AL-TIKRITI, Saddam Hussein'],
    ['Ivan Ivanov', 'Ivanov Ivan Ivanovich'],
    ['Edgar Hoover', 'J. Edgar Hoover'],
    // Korean names romanised two ways: one person.
    ['Kim Song Hun', 'KIM, Seong Hun'],
    ['PAK Song Chol', 'Park Seong Cheol'],
    ['Choe Ryong Hae', 'CHOI Ryong Hae'],
    ['CHOE CHUN YONG', 'CHOI Chun Ryong'],
    ['CHANG MYONGC-HIN', 'CHANG MYONG-CHIN'],
    ['KIM Jong Un', 'KIM Jongun'],
    // Regression: in Western order the first syllable (Jong) was read as the surname, another family.
    ['Jong Un Kim', 'KIM JONG UN'],
    ['Man Gon Ri', 'RI MAN GON'],
    // Outside a lineage a second given name in front is one a person may go by.
    ['John Smith', 'Robert John Smith'],
    ['RIVERA MARADIAGA, Isidro', 'RIVERA MARADIAGA, Santos Isidro'],
    // A name given twice (after the grandfather): the given name may be the first one.
    ['AL-ALI, Hamid', 'Hamid Hamad Hamid al-Ali'],
    // A one-word compound name is no lineage to place: Bashiruddin in Sultan Bashiruddin Mahmood.
    ['Bashiruddin', 'MAHMOOD, Sultan Bashiruddin'],
  ])('%s / %s: nothing', (a, b) => expect(notes(a, b)).toEqual([]))
})

describe('organisations: the one distinctive word differs', () => {
  const note = (a: string, b: string) => distinctWordConflict(alignForms(org(a), org(b)))?.note
  test.each([
    [
      'Novosibirsk Steel Works',
      'Novosibirsk Glass Works',
      'distinctive word differs: steel vs glass',
    ],
    [
      'Baring Vostok Private Equity Fund II',
      'Baring Vostok Private Equity Fund IV',
      'distinctive word differs: 2 vs 4',
    ],
    [
      'Sovcomflot Trading LLC',
      'Sovcomflot Shipping LLC',
      'distinctive word differs: trading vs shipping',
    ],
    [
      'Central Bank of Venezuela',
      'Central Bank of Iran',
      'distinctive word differs: venezuela vs iran',
    ],
    ['First Ocean GmbH', 'Ninth Ocean GmbH', 'distinctive word differs: first vs 9'],
    ['Rim Investments I Corp', 'Rim Investments II Corp', 'distinctive word differs: i vs 2'],
    [
      '99th Light Infantry Division',
      '77th Light Infantry Division',
      'distinctive word differs: 99 vs 77',
    ],
    [
      'JSC 150 Aircraft Repair Plant',
      'JSC 419 Aircraft Repair Plant',
      'distinctive word differs: 150 vs 419',
    ],
    // Regression: one name word agreeing, what each firm is or does differing (0.704 each).
    ['Atlas Shipping', 'Atlas Holding', 'distinctive word differs: shipping vs holdings'],
    ['Martyrs Foundation', 'Martyrs Institute', 'distinctive word differs: foundation vs institute'],
    // Regression: a name where the other has a place was not compared (0.774, 0.749: matches).
    ['Islamic Movement of Taliban', 'Islamic Movement of Uzbekistan', 'distinctive word differs: taliban vs uzbekistan'],
    ['Kaveh Cutting Tools Company', 'Iran Cutting Tools Company', 'distinctive word differs: kaveh vs iran'],
  ])('%s / %s: %s', (a, b, n) => expect(note(a, b)).toBe(n))
  test.each([
    ['Huawei', 'Huawei Technologies'],
    ['Atlas Shipping', 'Atlas Shipping Company'],
    // One line of business written two ways (business-lines.ts): not what tells them apart.
    ['Day Bank', 'Day Investment'],
    ['Novosibirsk Oil Company', 'Novosibirsk Petroleum Company'],
    ['Kalashnikov Concern', 'Concern Kalashnikov'],
    // A place against a name, a place against its initials: one place written two ways.
    ['Korea Expo Joint Venture', 'Chosun Expo Joint Venture'],
    ['Persia Shipping Lines', 'Iran Shipping Lines'],
    ['Zhongguo Huaxin Trading', 'China Huaxin Trading'],
    ['Hong Pang Gems (HK) Co Ltd', 'Hong Kong Hong Pang Gems Co Ltd'],
  ])('%s / %s: nothing', (a, b) => expect(note(a, b)).toBe(undefined))
  // Regression: past the 16 words the aligner reads, a word both names have was "differing".
  test('a long name with a word left out still matches', () => {
    const long =
      'Federal State Financed Institution of Science Higher Education Institution Spectroscopy of the Russian Federation Academy of Sciences'
    const r = scorePair('Company', long, long.replace('Financed ', ''))
    expect(r.score).toBeGreaterThan(0.85)
    expect(explain(r)).not.toMatch(/differs/)
  })
})

describe('a person-like query against an organisation named after the person', () => {
  const note = (q: string, c: string, sign = 'given name usama') => {
    const [qf, cf] = [analyseName(q, 'LegalEntity')[0], org(c)]
    return namedAfterPerson(alignForms(qf, cf), cf, sign)?.note
  }
  test.each([
    ['Usama bin Laden', 'Usama Bin Laden Organization', `a person's name (given name usama) in an organisation's: organization`],
    ['Usama bin Laden', 'Usama bin Laden Foundation Ltd', `a person's name (given name usama) in an organisation's: Ltd, foundation`],
  ])('%s / %s: %s', (q, c, n) => expect(note(q, c)).toBe(n))
  test.each([
    // The organisation's name is the person's name and nothing more, or the query has words of its own.
    ['Usama bin Laden', 'Usama bin Laden'],
    ['Usama bin Laden Azzam', 'Usama Bin Laden Organization'],
  ])('%s / %s: nothing', (q, c) => expect(note(q, c)).toBe(undefined))
})

describe('scores: the three kinds of near miss fall below the threshold, variants stay above', () => {
  test.each([
    // Regression: three matched parts of four scored 0.73-0.92 though the fourth differed.
    ['Person', 'Dmitry Ivanovich Savelyev', 'SAVELYEV, Dmitry Vladimirovich'],
    ['Person', 'Abdullah bin Ahmed Saleh al-Harbi', 'Abdullah bin Khalid Saleh al-Harbi'],
    ['Person', 'Walid Hamid Tawfiq al-Tikriti', 'Walid Hamid Tawfiq al-Rawi'],
    ['Person', 'Hala Saddam Hussein al-Tikriti', 'Rana Saddam Hussein al-Tikriti'],
    // Regression: the father's name in a lineage read as a middle name (Saddam Hussein / his son Uday, 0.795).
    ['Person', 'Saddam Hussein', 'UDAY SADDAM HUSSEIN AL-TIKRITI'],
    ['Person', 'Usama bin Laden', 'HAMZA USAMA MUHAMMAD BIN LADEN'],
    // Regression: "A bin B" against "B bin A" (father and son) scored 0.97.
    ['Person', 'Ahmed bin Ali al-Harbi', 'Ali bin Ahmed al-Harbi'],
    ['Person', 'Aleksandr Vyacheslavovich Zakharov', 'ZAKHAROV, Vyacheslav Aleksandrovich'],
    // Regression: organisations differing in their one distinctive word scored 0.7-0.9.
    ['Company', 'Baring Vostok Private Equity Fund II', 'Baring Vostok Private Equity Fund IV'],
    ['Company', 'Sovcomflot Trading LLC', 'Sovcomflot Shipping LLC'],
    [
      'Company',
      'Rosatom Central Research Institute of Nuclear Physics',
      'Rosatom Central Research Institute of Nuclear Chemistry',
    ],
    [
      'Company',
      'Krasnoyarsk Machine Building Plant Kirov',
      'Krasnoyarsk Machine Building Plant Lenin',
    ],
  ])('%s: %s / %s < 0.7', (schema, a, b) => expect(score(schema, a, b)).toBeLessThan(0.7))
  test.each([
    ['Person', 'Vladimir Putin', 'PUTIN, Vladimir Vladimirovich'],
    ['Person', 'Aleksandr Sergeyevich Pushkin', 'PUSHKIN, Alexander Sergeevich'],
    ['Person', 'Mohammed Abdullah al-Harbi', 'Muhammad Abdallah al-Harby'],
    ['Person', 'Ahmed Saleh al-Harbi', 'Ahmed bin Ali Saleh al-Harbi'],
    ['Company', 'Huawei', 'Huawei Technologies'],
    ['Company', 'Novosibirsk Oil Company', 'Novosibirsk Petroleum Company'],
  ])('%s: %s / %s >= 0.7', (schema, a, b) =>
    expect(score(schema, a, b)).toBeGreaterThanOrEqual(0.7)
  )
  test('the explanation says why the score fell', () => {
    expect(explain(scorePair('Person', 'Ahmed bin Ali al-Harbi', 'Ali bin Ahmed al-Harbi'))).toBe(
      'name 0.58: name "Ali bin Ahmed al-Harbi": harbi, ahmed, ali, bin, al; in another order; ' +
        'roles swapped across "bin": ahmed bin ali vs ali bin ahmed'
    )
    expect(
      explain(scorePair('Company', 'Novosibirsk Steel Works', 'Novosibirsk Glass Works'))
    ).toBe(
      'name 0.36: name "Novosibirsk Glass Works": novosibirsk, works; unmatched in the query "steel", in the listed name "glass"; ' +
        'distinctive word differs: steel vs glass'
    )
  })
})

describe('Korean surnames spelt the North\'s and the South\'s ways', () => {
  // Regression: RI / Lee, JO / Cho, YI / Ri were different words to the aligner (0.625).
  test.each([
    ['Ri Pyong Chol', 'LEE Pyong Chol', 'ri~lee 0.95'],
    ['JO, Kyong-Chol', "CHO, Kyo'ng-ch'o'l", 'jo~cho 0.95'],
    ['Yi Man Gon', 'RI Man Gon', 'yi~ri 0.95'],
    // Regression: the South's vowels (eo, eu, yeo) against the North's (0.545); a vowel alone as a syllable (0.444).
    ['Kim Jeong Eun', 'KIM Jong Un', 'eun~un 0.95'],
    ['Kim Yeo Jeong', 'KIM Yo Jong', 'yeo~yo 0.95'],
    ['Jo Il U', 'CHO IL U', 'jo~cho 0.95'],
    // Regression: Lee read as pinyin (le + e) glued the given name (yongmu~yong 0.70).
    ['Lee Yong Mu', 'RI Yong Mu', 'lee~ri 0.95'],
  ])('%s ~ %s', (a, b, pair) => {
    const m = scorePair('Person', a, b)
    expect(m.score).toBeGreaterThan(0.9)
    expect(m.features.name.detail).toContain(pair)
  })
  test.each([
    // Another family (Cho / Choe), or not both Korean names: no equivalence.
    ['Cho Song Hun', 'CHOE Song Hun'],
    ['Bruce Lee', 'Bruce Ri'],
    // Regression: a given name a syllable short scored 0.736 to 0.866.
    ['Ri Myong', 'RI, Myong Hun'],
    ['Kim Song Hun', 'KIM, Song'],
  ])('%s !~ %s', (a, b) => expect(scorePair('Person', a, b).score).toBeLessThan(0.7))
})

describe('Arabic names written in Cyrillic', () => {
  // Regression: read by Russian letters alone, Джихад was dzhikhad and Таухид taukhid (0.48, 0.40).
  test.each([
    ['Organization', 'Катиба ат-Таухид валь-Джихад', 'KHATIBA AL-TAWHID WAL-JIHAD'],
    ['Person', 'Абдель Хаким Белхадж', 'ABDELHAKIM BELHAJ'],
  ])('%s: %s ~ %s', (schema, a, b) => expect(scorePair(schema, a, b).score).toBeGreaterThan(0.9))
  test('a Russian name is not read so', () => expect(analyseName('Владимир Путин', 'Person').map((f) => f.via)).not.toContain('an Arabic name as Russian writes it'))
})

describe('Chinese given names', () => {
  // Regression: Ming and Zeming, one syllable and two, were one given name (0.760).
  test.each([
    ['Li Ming', 'LI, Zeming'],
    ['Liu Xiaobo', 'LIU Xiao'],
    // Regression: the names in the other order (Wei the surname of both), li~linna 0.72 (0.776).
    ['Li Wei', 'WEI, Lin Na'],
  ])('%s !~ %s', (a, b) => {
    const m = scorePair('Person', a, b)
    expect(m.score).toBeLessThan(0.7)
    expect(m.features.name.detail).toContain('given name differs')
  })
  // One surname in Wade-Giles and in pinyin; a name turned round: still a match.
  test.each([
    ['Chang Wei', 'ZHANG, Wei'],
    ['Wei Zhang', 'ZHANG, Wei'],
    ['Li Wei', 'WEI, Li'],
  ])('%s ~ %s: a match', (a, b) => expect(scorePair('Person', a, b).match).toBe(true))
  // Regression: surnames paired for their letters (wang~zhang 0.70) were one family (王伟 matched ZHANG, Wei 0.722).
  test('another surname', () => {
    const m = scorePair('Person', 'Wang Wei', 'ZHANG, Wei')
    expect(m.score).toBeLessThan(0.7)
    expect(m.features.name.detail).toContain('family name differs: wang vs zhang')
  })
  test.each([
    ['Xi Jinping', 'XI Jin Ping'],
    ['Xi Jinping', 'Xi Jinpin'],
  ])('%s ~ %s', (a, b) => expect(scorePair('Person', a, b).score).toBeGreaterThan(0.85))
})
