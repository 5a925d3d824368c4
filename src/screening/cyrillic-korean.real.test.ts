import { describe, expect, test } from 'vitest'
import { sharedData } from '../test-support/files.js'
import { buildIndex } from './index/candidates.js'
import { loadOfacCsv } from './loaders/ofac.js'
import { screenIndex } from './screen.js'

// North Korean names as the Russian press writes them (Kontsevich, with its older spellings: Чен
// for 정), screened against the OFAC SDN list, whose DPRK entries are in the North's romanisation.
const sdn = sharedData('ofac-sdn-2024-05/sdn_2024-05-03.csv')

describe.skipIf(!sdn.present)('Korean names in Russian Cyrillic against OFAC SDN 2024-05', () => {
  let built: ReturnType<typeof buildIndex> | undefined
  const index = () =>
    (built ??= buildIndex(
      loadOfacCsv([sdn.path]).entities.map((entity) => ({ entity, version: 'ofac' }))
    ))
  const cards = (name: string) =>
    screenIndex(index(), new Map(), { name, schema: 'Person' }, { limit: 3 }).cards

  // Regression: read letter by letter (Kim Chen Yn), these found no entry (Ким Чен Ын 0.285), but
  // Ри Ман Гон, whose letters are its romanisation.
  test.each([
    ['Ким Чен Ын', 'ofac-20157'], // KIM, Jong Un
    ['Ким Ё Чжон', 'ofac-21444'], // KIM, Yo Jong
    ['Чхве Рён Хэ', 'ofac-23213'], // CHOE, Ryong Hae
    ['Хван Пён Со', 'ofac-19496'], // HWANG, Pyong So
    ['Ри Пён Чхоль', 'ofac-23215'], // RI, Pyong Chol
    ['О Гук Рёль', 'ofac-15771'], // O, Kuk-Ryol
    ['Ри Ман Гон', 'ofac-19491'], // RI, Man Gon
    ['Чо Ён Вон', 'ofac-21303'], // JO, Yong-Won
    // ё written е, as Russian print mostly does; Kontsevich's joined given name.
    ['Чхве Рен Хэ', 'ofac-23213'],
    ['Ким Чонъын', 'ofac-20157'],
    // The press's joined given name: Чен + Ын.
    ['Ким Ченын', 'ofac-20157'],
  ])(
    '%s finds %s first',
    (name, id) => {
      const [top] = cards(name)
      expect(top?.match).toBe(true)
      expect(top.records.map((r) => r.entity.id)).toContain(id)
    },
    120_000
  )

  // Russian-Korean persons with Russian given names, Chinese names in Russian, Russians, and
  // Korean names of people not on the list: no match.
  test.each([
    'Ким Александр Сергеевич',
    'Ким Антон',
    'Ли Ирина',
    'Пак Тимур',
    'Инна Ким',
    'Цой Виктор',
    'Ли Пэн',
    'Си Цзиньпин',
    'Чжан Ин',
    'Ли Хун',
    'Ли Бин',
    'Иван Петров',
    'Анна Иванова',
    'Ким Ир Сен',
    'Ким Чен Ир',
    'Мун Чжэ Ин',
    'Пан Ги Мун',
  ])(
    '%s matches no one',
    (name) => {
      expect(cards(name).filter((c) => c.match)).toEqual([])
    },
    120_000
  )
})
