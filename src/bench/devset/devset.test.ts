import { describe, expect, test } from 'vitest'
import { parseCsv } from '../../screening/loaders/read.js'
import { aliasPositives, sharedWordNegatives } from './aliases.js'
import {
  generateDifferingParts,
  mineDifferingParts,
  mineSpellingControls,
} from './differing-part.js'
import { mineDistinctiveWords, mineOneWordControls } from './distinctive-word.js'
import { coreWords, unglue } from './forms.js'
import { editForm, mineFormPairs, onlyFormDiffers } from './legal-form.js'
import type { ListRecord } from './model.js'
import { naturalOrder, parsePerson } from './person-parts.js'
import { splitPinyin, wadeGiles } from './pinyin.js'
import { rates } from './score.js'
import { sample } from './sample.js'
import { scriptPairs } from './scripts.js'
import { isSwapped, swapAtFirstLink } from './swapped-bin.js'
import { differOutright, scriptOf } from './text.js'
import {
  abbreviation,
  initial,
  middleLeftOut,
  numberWords,
  pinyinSpacing,
  wadeGilesNames,
} from './variants.js'
import { pairsCsv } from './pairs-csv.js'
import { CLASSES } from './model.js'

const rec = (
  id: string,
  schema: string,
  names: string[],
  more: Partial<ListRecord> = {}
): ListRecord => ({
  id,
  source: 'ofac',
  schema,
  names,
  previous: [],
  weak: [],
  countries: [],
  ...more,
})
const first = () => 0

describe('telling names apart', () => {
  test.each([
    ['Hassan', 'Hussein', false],
    ['Mohammed', 'Muhammad', false],
    ['Abdul Rahman', 'Abd al Rahman', false],
    ['M', 'Muhammad', false],
    ['Ali', 'Omar', true],
    ['Gennadyevich', 'Borisovich', true],
  ])('differOutright(%s, %s) = %s', (a, b, want) => expect(differOutright(a, b)).toBe(want))

  test.each([
    ['صدام حسين التكريتي', 'arabic'],
    ['Захаров Никита', 'cyrillic'],
    ['華信船務有限公司', 'han'],
    ['ザラ・アエロ', 'kana'],
    ['Zala Aero', 'latin'],
    ['Zala Аэро', 'other'],
  ])('scriptOf(%s) = %s', (name, script) => expect(scriptOf(name)).toBe(script))
})

describe('person names', () => {
  test('OFAC order: surname first, particles kept with their name', () => {
    expect(parsePerson('BIN LADIN, Usama bin Muhammad bin Awad').parts).toEqual([
      { raw: 'BIN LADIN', role: 'surname' },
      { raw: 'Usama', role: 'given' },
      { raw: 'bin Muhammad', role: 'father' },
      { raw: 'bin Awad', role: 'father' },
    ])
    expect(parsePerson('SHPEROV, Pavel Valentinovich').parts.map((p) => p.role)).toEqual([
      'surname',
      'given',
      'patronymic',
    ])
    expect(parsePerson('AL ZAWAHIRI, Dr. Ayman').parts).toEqual([
      { raw: 'AL ZAWAHIRI', role: 'nisbah' },
      { raw: 'Ayman', role: 'given' },
    ])
  })
  test('UN order: given first, an al- name a nisbah', () => {
    expect(parsePerson('SADDAM HUSSEIN AL-TIKRITI').parts.map((p) => p.role)).toEqual([
      'given',
      'middle',
      'nisbah',
    ])
    expect(parsePerson('AYMAN MUHAMMAD ZAWAHIRI').parts.map((p) => p.role)).toEqual([
      'given',
      'middle',
      'surname',
    ])
    expect(naturalOrder('BIN LADIN, Usama bin Muhammad')).toBe('Usama bin Muhammad BIN LADIN')
  })
})

describe('differing-part', () => {
  const people = [
    rec('ofac-1', 'Person', ['GUSEV, Dmitry Gennadyevich']),
    rec('ofac-2', 'Person', ['KUZMIN, Dmitry Gennadyevich']),
    rec('ofac-3', 'Person', ['GUSEVV, Dmitry Gennadyevich']),
    rec('ofac-4', 'Person', ['ZIMOUSKY, Alaksandr Leanidavich', 'ZIMOWSKI, Alaksandr Leanidavich']),
    rec('ofac-5', 'Person', ['KUZMIN, Dmitry Borisovich']),
  ]
  test('mined: different people, one part another name (not a spelling)', () => {
    const pairs = mineDifferingParts(people).map((p) => [p.name1, p.name2, p.match])
    expect(pairs).toContainEqual([
      'GUSEV, Dmitry Gennadyevich',
      'KUZMIN, Dmitry Gennadyevich',
      false,
    ])
    expect(pairs).toContainEqual([
      'KUZMIN, Dmitry Gennadyevich',
      'KUZMIN, Dmitry Borisovich',
      false,
    ])
    expect(
      pairs.some(
        (p) => p.includes('GUSEVV, Dmitry Gennadyevich') && p.includes('GUSEV, Dmitry Gennadyevich')
      )
    ).toBe(false)
  })
  test('controls: one entity spelled two ways', () => {
    expect(mineSpellingControls(people).map((p) => [p.name1, p.name2, p.match])).toEqual([
      ['ZIMOUSKY, Alaksandr Leanidavich', 'ZIMOWSKI, Alaksandr Leanidavich', true],
    ])
  })
  test('generated: a part replaced by a part of the same role from a name of the same custom', () => {
    const out = generateDifferingParts(
      [
        rec('ofac-1', 'Person', ['GUSEV, Dmitry Gennadyevich']),
        rec('ofac-9', 'Person', ['PETROV, Oleg Gennadyevich']),
      ],
      'seed'
    )
    for (const p of out) {
      const [a, b] = [parsePerson(p.name1).parts, parsePerson(p.name2).parts]
      const differ = a.filter((x, i) => x.raw !== b[i].raw)
      expect(differ).toHaveLength(1)
      expect(b[a.indexOf(differ[0])].role).toBe(differ[0].role)
    }
    expect(out.map((p) => p.name1)).toEqual([
      'GUSEV, Dmitry Gennadyevich',
      'PETROV, Oleg Gennadyevich',
    ])
  })
})

describe('swapped-bin', () => {
  test.each([
    ['Usama bin Muhammad bin Awad BIN LADIN', 'Muhammad bin Usama bin Awad BIN LADIN'],
    ['Faysal Ahmad Bin Ali AL ZAHRANI', 'Ali Bin Faysal Ahmad AL ZAHRANI'],
    ['Lehbib Ould Ali Ould Said', 'Ali Ould Lehbib Ould Said'],
  ])('%s -> %s', (name, swapped) => {
    expect(swapAtFirstLink(name)).toBe(swapped)
    expect(isSwapped(name, swapped)).toBe(true)
  })
  test('no swap without a link, or of one name with itself', () => {
    expect(swapAtFirstLink('Muhammad Ali')).toBeNull()
    expect(swapAtFirstLink('Muhammad bin Muhammad')).toBeNull()
    expect(isSwapped('Hamid bin Abdallah', 'Hamid ibn Abdallah')).toBe(false)
  })
})

describe('legal forms', () => {
  test.each([
    ['OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU ROMASHKA', ['romashka']],
    ['The Acme Trading Co., Ltd.', ['acme', 'trading']],
    ['AS SALAM TRADING', ['as', 'salam', 'trading']],
    ['COMPANY FOR GENERAL TRADING', ['company', 'for', 'general', 'trading']],
  ])('coreWords(%s)', (name, core) => expect(coreWords(name)).toEqual(core))
  test('glued forms', () => {
    expect(unglue('acmellc')).toEqual(['acme', 'llc'])
    expect(unglue('zinc')).toBeNull()
  })
  test.each([
    ['JSC VAD', 'JOINT STOCK COMPANY VAD', true],
    ['ACME LLC', 'ACMELLC', true],
    ['The Acme Company', 'Acme Co', true],
    ['ACME LLC', 'ACME TRADING LLC', false],
    ['ACME LLC', 'ACME, LLC', false],
  ])('onlyFormDiffers(%s, %s) = %s', (a, b, want) => expect(onlyFormDiffers(a, b)).toBe(want))
  test('edits', () => {
    expect(editForm('ROMASHKA LLC', 'russian', 0, true)).toBe(
      'OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU ROMASHKA'
    )
    expect(editForm('ROMASHKA LLC', 'russian', 0, false)).toBeNull()
    expect(editForm('ROMASHKA LLC', 'glue', 0)).toBe('ROMASHKALLC')
    expect(editForm('ROMASHKA LLC', 'the', 0)).toBe('THE ROMASHKA LLC')
    expect(editForm('ROMASHKA, LLC', 'drop', 0)).toBe('ROMASHKA')
    expect(editForm('ROMASHKA LLC', 'rewrite', 0)).toBe('ROMASHKA LIMITED LIABILITY COMPANY')
  })
  test('mined: one entity, names differing only in form', () => {
    const pairs = mineFormPairs([
      rec('ofac-7', 'Organization', [
        'GAZPROM PROMGAZ, AO',
        "AKTSIONERNOE OBSHCHESTVO 'GAZPROM PROMGAZ'",
        'PROMGAZ',
      ]),
    ])
    expect(pairs.map((p) => [p.name1, p.name2])).toEqual([
      ['GAZPROM PROMGAZ, AO', "AKTSIONERNOE OBSHCHESTVO 'GAZPROM PROMGAZ'"],
    ])
  })
})

describe('distinctive-word', () => {
  const orgs = [
    rec('ofac-1', 'Organization', ['KHOUZESTAN PETROCHEMICAL COMPANY']),
    rec('ofac-2', 'Organization', ['KHOUZESTAN STEEL COMPANY']),
    rec('ofac-3', 'Organization', ['GULF CARTEL']),
    rec('ofac-4', 'Organization', ['TIJUANA CARTEL']),
    rec('ofac-5', 'Organization', ['JOINT STOCK COMPANY 711 AIRCRAFT REPAIR PLANT']),
    rec('ofac-6', 'Organization', ['JOINT STOCK COMPANY 150 AIRCRAFT REPAIR PLANT']),
    rec('ofac-7', 'Organization', ['MAKEYEV STATE MISSILE CENTER', 'MAKEYEV STATE ROCKET CENTER']),
    ...['SYRIAN PETROCHEMICAL', 'IRAN PETROCHEMICAL', 'MAHAN STEEL', 'ESFAHAN STEEL'].map((n, i) =>
      rec(`ofac-${10 + i}`, 'Organization', [n])
    ),
  ]
  test('mined negatives: a number, or an industry beside a shared rarer word; not the name itself', () => {
    const how = mineDistinctiveWords(orgs).map((p) => [p.id1, p.id2, p.how])
    expect(how).toContainEqual([
      'ofac-1',
      'ofac-2',
      'mined: industry differs (petrochemical / steel)',
    ])
    expect(how).toContainEqual(['ofac-5', 'ofac-6', 'mined: number differs (711 / 150)'])
    expect(how.some(([a]) => a === 'ofac-3')).toBe(false)
  })
  test('controls: one entity, one word apart', () => {
    expect(mineOneWordControls(orgs).map((p) => [p.name1, p.name2, p.match])).toEqual([
      ['MAKEYEV STATE MISSILE CENTER', 'MAKEYEV STATE ROCKET CENTER', true],
    ])
  })
})

describe('name variants', () => {
  const ctx = { protect: new Set<string>(), r: first }
  test.each([
    [abbreviation, 'VANIYA SHIP MANAGEMENT', 'VANIYA SHIP MGMT'],
    [abbreviation, 'LIMITED LIABILITY COMPANY MAKETIR', null],
    [numberWords, 'ARCTIC LNG 2', 'ARCTIC LNG TWO'],
    [numberWords, '7TH OF TIR', 'SEVENTH OF TIR'],
    [initial, 'POTEPKIN, Mikhail Sergeyevich', 'POTEPKIN, M. Sergeyevich'],
    [middleLeftOut, 'RASHKIN, Valery Fedorovich', 'RASHKIN, Valery'],
    [pinyinSpacing, 'HUA WEI TECHNOLOGIES', 'HUAWEI TECHNOLOGIES'],
    [pinyinSpacing, 'WU, Weihua', 'WU, Wei Hua'],
    [wadeGilesNames, 'CAI, Dafeng', 'TSAI, Ta-Feng'],
  ])('%o(%s) = %s', (variant, name, want) => expect(variant(name, ctx)).toBe(want))
  test('a protected word is left alone', () => {
    expect(
      initial('POTEPKIN, Mikhail Sergeyevich', { protect: new Set(['mikhail']), r: first })
    ).toBeNull()
  })
  test('pinyin from the pinyin-pro dictionary; Wade-Giles without apostrophes', () => {
    expect(splitPinyin('zhongxing')).toEqual(['zhong', 'xing'])
    expect(splitPinyin('putin')).toBeNull()
    expect(['zhong', 'xian', 'guo', 'duo', 'zhi', 'qing'].map(wadeGiles)).toEqual([
      'chung',
      'hsien',
      'kuo',
      'to',
      'chih',
      'ching',
    ])
  })
})

describe('scripts and aliases', () => {
  const un = [
    rec('unsc-1', 'Person', ['SADDAM HUSSEIN AL-TIKRITI', 'صدام حسين التكريتي'], { source: 'un' }),
    rec('unsc-2', 'Person', ['QUSAY SADDAM HUSSEIN AL-TIKRITI', 'قصي صدام حسين التكريتي'], {
      source: 'un',
    }),
    rec('unsc-3', 'Person', ['AYMAN AL-ZAWAHIRI'], { source: 'un' }),
  ]
  test('original script beside its own Latin name, and beside a relative sharing words', () => {
    const { positives, negatives } = scriptPairs(un, ['arabic'], 'Arabic-script')
    expect(positives.map((p) => [p.name1, p.name2])).toEqual([
      ['صدام حسين التكريتي', 'SADDAM HUSSEIN AL-TIKRITI'],
      ['قصي صدام حسين التكريتي', 'QUSAY SADDAM HUSSEIN AL-TIKRITI'],
    ])
    expect(negatives.map((p) => [p.name1, p.name2, p.id1 !== p.id2])).toEqual([
      ['صدام حسين التكريتي', 'QUSAY SADDAM HUSSEIN AL-TIKRITI', true],
      ['قصي صدام حسين التكريتي', 'SADDAM HUSSEIN AL-TIKRITI', true],
    ])
  })
  test('OFAC aliases: strong only; negatives share a rare word', () => {
    const ofac = [
      rec('ofac-1', 'Organization', ['BANCO NACIONAL DE CUBA', 'NATIONAL BANK OF CUBA'], {
        weak: ['BNC'],
      }),
      rec('ofac-2', 'Organization', ['CUBANA AIRLINES']),
      rec('ofac-3', 'Organization', ['CUBANA DE AVIACION']),
    ]
    expect(aliasPositives(ofac, 's').map((p) => p.name2)).toEqual(['NATIONAL BANK OF CUBA'])
    expect(sharedWordNegatives(ofac).map((p) => [p.name1, p.name2])).toEqual([
      ['CUBANA AIRLINES', 'CUBANA DE AVIACION'],
    ])
  })
})

describe('sampling, scores and files', () => {
  test('a seed gives the same sample', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i)
    expect(sample(xs, 5, 'a')).toEqual(sample(xs, 5, 'a'))
    expect(sample(xs, 5, 'a')).not.toEqual(sample(xs, 5, 'b'))
    expect(sample(xs, 80, 'a')).toHaveLength(50)
  })
  test('precision, recall, F1; undefined where nothing divides', () => {
    expect(rates({ pos: 10, neg: 10, tp: 8, fp: 2, fn: 2 })).toEqual({
      precision: 0.8,
      recall: 0.8,
      f1: 0.8,
    })
    expect(rates({ pos: 5, neg: 5, tp: 0, fp: 0, fn: 5 })).toEqual({
      precision: null,
      recall: 0,
      f1: 0,
    })
  })
  test('a class as a pairs CSV that screen --pairs reads', () => {
    const set = Object.fromEntries(CLASSES.map((c) => [c, []])) as unknown as Parameters<
      typeof pairsCsv
    >[0]
    set.aliases = [
      {
        schema: 'Organization',
        name1: 'ACME, "THE"',
        name2: 'ACME',
        match: true,
        id1: 'ofac-1',
        id2: 'ofac-1',
        how: 'mined',
      },
    ]
    const rows = parseCsv(pairsCsv(set, 'aliases'), 'aliases.csv')
    expect(rows).toEqual([
      ['schema', 'name1', 'name2', 'label', 'id1', 'id2', 'how'],
      ['Organization', 'ACME, "THE"', 'ACME', 'match', 'ofac-1', 'ofac-1', 'mined'],
    ])
  })
})
