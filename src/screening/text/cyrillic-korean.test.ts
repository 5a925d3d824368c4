import { expect, test } from 'vitest'
import { scorePair } from '../pairs.js'
import { cyrillicKoreanSpellings, MAX_SPELLINGS } from './cyrillic-korean.js'
import { analyseName } from './names.js'
import { partyKindOf } from './party-kind.js'

const spell = (name: string) => cyrillicKoreanSpellings(name.split(' ')).map((s) => s.join(' '))

test.each([
  // The press's spellings of North Korean names (Чен for 정, Ир for 일) and Kontsevich's.
  ['Ким Чен Ын', '김 정 은'],
  ['Ким Чжон Ын', '김 정 은'],
  ['Ким Ё Чжон', '김 여 정'],
  ['Ким Ир Сен', '김 일 성'],
  // ㅛ is read as ㅕ in a given name (룡 as 령): the North writes both yo.
  ['Чхве Рён Хэ', '최 령 해'],
  ['Чхве Рен Хэ', '최 령 해'],
  ['Хван Пён Со', '황 병 서'],
  ['Ри Пён Чхоль', '리 병 철'],
  ['О Гук Рёль', '오 국 렬'],
  ['Чо Ён Вон', '조 영 원'],
  ['Ли Ман Гон', '리 만 건'],
  // Doubled and aspirated initials, ый, вэ.
  ['Пак Тхэ Кку', '박 태 꾸'],
  ['Ким Ый Вэ', '김 의 왜'],
  // A given name joined, as Kontsevich writes it; нъ is ㅇ before a vowel.
  ['Пак Чонхи', '박 정히'],
  ['Ким Чонъын', '김 정은'],
  // Joined by the press: an н between vowels may end its syllable (Чен + Ын) or open the next.
  ['Ким Ченын', '김 정은'],
  ['Ким Ченын', '김 저는'],
  ['Ким Ченир', '김 정일'],
  // о read as ㅗ where the surname table says so (고, not 거).
  ['Ко Ен Хи', '고 영 히'],
  // The Western order: a given name of two syllables, the surname last.
  ['Ирсен Ким', '일성 김'],
  ['КИМ Чен Ын', '김 정 은'],
])('cyrillicKoreanSpellings(%s) holds %s', (name, hangul) => expect(spell(name)).toContain(hangul))

test('н is ㄴ or ㅇ: both, the likelier first, at most MAX_SPELLINGS', () => {
  expect(spell('Ким Чен Ын')).toEqual(['김 정 은', '김 정 응', '김 전 은', '김 전 응'])
  expect(spell('Ким Ён Сон Ин')).toHaveLength(MAX_SPELLINGS)
  expect(spell('Ким Ён Сон Ин')[0]).toBe('김 영 성 인')
  // A surname read two ways is kept once per spelling the lists use (성 and 송 are both Song).
  expect(spell('Сон Ин')).toEqual(['성 인', '성 잉', '손 인', '손 잉'])
})

test.each([
  'Ким Александр Сергеевич',
  'Иван Петров',
  'Си Цзиньпин',
  'Ли Кэцян',
  'Путин Владимир',
  // Given names the table of given names knows: Russian ones.
  'Ким Иван',
  'Ким Роман',
  'Анна Ли',
  // No surname first (Ын is none), one word, five words, five syllables.
  'Ын Чен',
  'Ким',
  'Ким Чен Ын Сон Ир',
  'Ким Ченын Сонир',
])('%s is not read as Korean', (name) => expect(spell(name)).toEqual([]))

// Regression: a Korean name in Russian was read letter by letter (kim chen yn): 0.285 against
// KIM, Jong Un.
test('a Korean name in Russian is read as Korean too, and letter by letter', () => {
  const forms = analyseName('Ким Чен Ын', 'Person')
  expect(forms.map((f) => f.text)).toEqual(
    expect.arrayContaining(['kim jong un', 'kim jeong eun', 'kim chen yn'])
  )
  expect(forms.find((f) => f.text === 'kim jong un')?.via).toBe(
    "Cyrillic read as Korean 김정은, the North's romanisation"
  )
  expect(forms.find((f) => f.text === 'kim chen yn')?.via).toBe('BGN/PCGN')
  expect(scorePair('Person', 'Ким Чен Ын', 'KIM, Jong Un').score).toBeGreaterThanOrEqual(0.95)
  expect(scorePair('Person', 'Чхве Рён Хэ', 'CHOE, Ryong Hae').score).toBeGreaterThanOrEqual(0.95)
  expect(partyKindOf('Ким Чен Ын')).toEqual({ schema: 'Person', sign: 'Korean surname kim first' })
})

test('an organisation, or a name that is not Korean, gets no Korean reading', () => {
  const korean = (name: string, schema: string) =>
    analyseName(name, schema).filter((f) => f.via.includes('Korean'))
  expect(korean('Ким Чен Ын', 'Company')).toEqual([])
  expect(korean('Ким Александр Сергеевич', 'Person')).toEqual([])
  expect(korean('Ли Кэцян', 'Person')).toEqual([])
  // Another Korean name stays another person: another given name, another surname.
  expect(scorePair('Person', 'Ким Чен Ир', 'KIM, Jong Un').score).toBeLessThan(0.7)
  expect(scorePair('Person', 'Чо Рён Хэ', 'CHOE, Ryong Hae').score).toBeLessThan(0.7)
})
