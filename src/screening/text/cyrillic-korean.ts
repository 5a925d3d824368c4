import type { HanVariant } from './han-names.js'
import { surnameEntry } from './hanja.js'
import { koreanNameReadings } from './korean.js'
import { koreanSurname } from './korean-names.js'
import { givenNameFlags } from './nicknames.js'
import { romanise } from './tokens.js'

/**
 * Korean names written in Russian Cyrillic (Ким Чен Ын, Ким Ё Чжон, Чхве Рён Хэ) read back into
 * Hangul, so that they get the readings of a Hangul name (korean.ts: KIM Jong Un). The spelling
 * is the Kontsevich system (the Russian standard for Korean: given names joined, or a syllable a
 * word) with the older spellings the Russian press keeps for North Korean names: Чен for 정
 * (Kontsevich's Чон), Ир for 일, Ли for 리, е for ё. A syllable is an optional initial, a vowel
 * and an optional final; a consonant before a vowel starts the next syllable.
 */

/** Jamo by their Unicode numbers: initials ㄱ 0 ... ㅎ 18, vowels ㅏ 0 ... ㅣ 20, finals 0 ... ㅎ 27. */
const IEUNG = 11
const [A, AE, YA, EO, YEO, O, YO, U, YU, EU, I] = [0, 1, 2, 4, 6, 8, 12, 13, 17, 18, 20]

// Longest first: чж before ч, чх before ч, кк before к.
// prettier-ignore
const INITIALS: [string, number][] = [
  ['чж', 12], ['дж', 12], ['чх', 14], ['кх', 15], ['тх', 16], ['пх', 17], ['кк', 1], ['тт', 4], ['пп', 8],
  ['сс', 10], ['чч', 13], ['к', 0], ['г', 0], ['н', 2], ['т', 3], ['д', 3], ['р', 5], ['л', 5], ['м', 6],
  ['п', 7], ['б', 7], ['с', 9], ['ш', 9], ['ч', 12], ['ж', 12], ['х', 18],
]
// ый before ы; the w- vowels are written with в (Чхве 최, Хван 황, Вон 원).
// prettier-ignore
const VOWELS: [string, number][] = [
  ['ый', 19], ['ва', 9], ['вэ', 10], ['ве', 11], ['во', 14], ['ви', 16], ['а', A], ['я', YA], ['о', EO],
  ['ё', YEO], ['э', AE], ['е', YEO], ['у', U], ['ю', YU], ['ы', EU], ['и', I],
]
/**
 * Finals ㄱ ㄷ ㄹ ㅁ ㅂ; н is ㄴ or ㅇ (Kontsevich writes both so: Ын 은, Чен 정), нъ is ㅇ before a
 * vowel (Чонъын 정은).
 */
// prettier-ignore
const FINALS: [string, number[]][] = [
  ['нъ', [21]], ['ль', [8]], ['л', [8]], ['р', [8]], ['к', [1]], ['т', [7]], ['м', [16]], ['п', [17]],
  ['н', [4, 21]],
]
/** Vowels after which н is likelier ㅇ than ㄴ, as in the lists' North Korean names (Yong; Un, Won). */
const NG_FIRST = new Set([A, AE, YA, EO, YEO, O, YO, 9])

/** After ㅈ ㅉ ㅊ Korean writes no y-vowel (Чжён is 정, Чю 주); after these and ㅅ ㅆ, е is ㅓ. */
const PALATAL = new Set([12, 13, 14])
const SIBILANT = new Set([9, 10, 12, 13, 14])
// prettier-ignore
const PLAIN_VOWEL = new Map([[YA, A], [YEO, EO], [YO, O], [YU, U]])

/** A table's rows by their first letter, longest first: every name in the lists is asked. */
function byFirstLetter<T>(rows: [string, T][]): Map<string, [string, T][]> {
  const out = new Map<string, [string, T][]>()
  for (const row of rows) out.set(row[0][0], [...(out.get(row[0][0]) ?? []), row])
  return out
}
const INITIAL_AT = byFirstLetter(INITIALS)
const VOWEL_AT = byFirstLetter(VOWELS)
const FINAL_AT = byFirstLetter(FINALS)

/** The row of a table whose letters stand at `i` in a word. */
const rowAt = <T>(table: Map<string, [string, T][]>, word: string, i: number) =>
  table.get(word[i])?.find(([s]) => word.startsWith(s, i))

interface Syllable {
  initial: number
  vowel: number
  /** The final's jamo, the likelier first; [0] when none. */
  finals: number[]
}

/**
 * A Cyrillic word as Korean syllables, or undefined when it is not one (Александр, Петров).
 * `closeN`: an н before a vowel ends its syllable (Ченын: Чен + Ын, 정은), as the press joins a
 * given name written apart elsewhere (Ким Чен Ын, Ким Ченын); else it starts the next (Че + Нын).
 */
function syllablesOf(word: string, closeN = false): Syllable[] | undefined {
  const out: Syllable[] = []
  let i = 0
  while (i < word.length) {
    const initial = rowAt(INITIAL_AT, word, i)
    if (initial) i += initial[0].length
    const vowel = rowAt(VOWEL_AT, word, i)
    if (!vowel) return undefined
    i += vowel[0].length
    const lead = initial ? initial[1] : IEUNG
    const v = vowelAfter(lead, vowel[0], vowel[1])
    // A final only where no vowel follows it: else the consonant starts the next syllable.
    let final = rowAt(FINAL_AT, word, i)
    if (final && startsSyllable(word, i) && !(closeN && final[0] === 'н')) final = undefined
    if (final) i += final[0].length
    const finals = final ? (NG_FIRST.has(v) ? [...final[1]].reverse() : final[1]) : [0]
    out.push({ initial: lead, vowel: v, finals })
  }
  return out.length ? out : undefined
}

/**
 * The ways a word splits into syllables: one, or two when an н stands between vowels (Ченын:
 * Че + Нын, or Чен + Ын), the н opening the next syllable first (Kontsevich's reading: it writes
 * нъ for an ㅇ there). Empty when it is not Korean syllables.
 */
function parsesOf(word: string): Syllable[][] {
  const open = syllablesOf(word)
  if (!open) return []
  const closed = /н[аяоёэеуюыи]/.test(word) ? syllablesOf(word, true) : undefined
  return closed ? [open, closed] : [open]
}

/** Whether an initial (or none) and a vowel start at `i`. */
function startsSyllable(word: string, i: number): boolean {
  const initial = rowAt(INITIAL_AT, word, i)
  return !!rowAt(VOWEL_AT, word, i + (initial ? initial[0].length : 0))
}

/**
 * е is ㅓ after ㅅ ㅈ ㅊ (the press's Чен 정, Сен 성) and ㅕ elsewhere (Ен 영, Мен 명, and Рен
 * for Рён: Russian print mostly writes ё as е). Kontsevich's е for ㅔ is not read: no North
 * Korean on the OFAC SDN list (its DPRK programmes) has an e or ye syllable in a given name.
 */
function vowelAfter(initial: number, letters: string, vowel: number): number {
  if (letters === 'е' && SIBILANT.has(initial)) return EO
  return PALATAL.has(initial) ? (PLAIN_VOWEL.get(vowel) ?? vowel) : vowel
}

const hangul = (initial: number, vowel: number, final: number) =>
  String.fromCharCode(0xac00 + (initial * 21 + vowel) * 28 + final)

/** A given-name syllable's Hangul spellings, the likelier first (only н makes two). */
const spellings = (s: Syllable) => s.finals.map((f) => hangul(s.initial, s.vowel, f))

/**
 * A surname syllable's Hangul spellings that are Korean surnames, one per spelling the lists use
 * (성 and 송 are both Song: the first kept). о and ё are tried as ㅗ and ㅛ too (Ко is 고, not 거);
 * in the given name that choice is left alone, as the North writes ㅓ and ㅗ alike.
 */
function surnameSpellings(s: Syllable): string[] {
  const vowels = s.vowel === EO ? [EO, O] : s.vowel === YEO ? [YEO, YO] : [s.vowel]
  const out = new Map<string, string>()
  for (const f of s.finals)
    for (const v of vowels) {
      const h = hangul(s.initial, v, f)
      const entry = surnameEntry(h)
      const spelt = entry && koreanSurname(entry)
      if (spelt && !out.has(spelt)) out.set(spelt, h)
    }
  return [...out.values()]
}

/** A one-syllable word read as a surname's spellings; none when it is not one. */
function surnameWord(word: string): string[] {
  // A surname syllable has five letters at most (Чхве, Хван: four): longer words are not parsed.
  const s = word.length <= 5 ? syllablesOf(word) : undefined
  return s?.length === 1 ? surnameSpellings(s[0]) : []
}

/**
 * At most this many Hangul spellings of one name. A given name of two syllables each ending in н
 * (Чен Ын: 정은, 정응, 전은, 전응) has four: the common three-syllable name is covered whole.
 * Each spelling adds three name forms to match and is a chance of a false match; past four
 * (a longer name, or a surname read two ways) the likeliest ones come first and are kept.
 */
export const MAX_SPELLINGS = 4

/**
 * The Hangul a name's Cyrillic words may spell, read as a Korean name (['Ким', 'Чен', 'Ын'] ->
 * [['김', '정', '은'], ['김', '정', '응'], ['김', '전', '은'], ...]): a surname syllable first (or
 * last, after a given name of two syllables or more: Ченын Ким), two to four syllables in all,
 * the likelier spellings first. Empty when a word is not Korean syllables (Ким Александр
 * Сергеевич) or is a given name the table of given names knows (Ким Иван, Анна Ли).
 */
export function cyrillicKoreanSpellings(words: string[]): string[][] {
  if (words.length < 2 || words.length > 4) return []
  const lower = words.map((w) => w.toLowerCase())
  // Most Cyrillic names end here, on a first word that is no surname syllable (Иван, Петров).
  let last = false
  let surname = surnameWord(lower[0])
  if (!surname.length && lower.length === 2) [last, surname] = [true, surnameWord(lower[1])]
  if (!surname.length) return []
  const at = last ? 1 : 0
  const parses = lower.map((w, k) => (k === at ? [[]] : parsesOf(w)))
  if (parses.some((p) => !p.length)) return []
  // A given name the table of given names knows is no Korean one (Роман, Анна), however it splits.
  if (lower.some((w, k) => k !== at && parses[k][0].length > 1 && givenNameFlags(romanise(w)))) return []
  const spelt = readingsOf(parses).flatMap((given) => {
    if ((last && given[0].length < 2) || given.reduce((n, g) => n + g.length, 1) > 4) return []
    return choices(given.map((g, k) => (k === at ? [surname] : g.map(spellings))))
  })
  // A stable sort: among equals, the parses' and the syllables' own orders of preference.
  spelt.sort((a, b) => a.cost - b.cost)
  return spelt.slice(0, MAX_SPELLINGS).map((c) => c.words)
}

/** Every way of taking one parse per word (a word of two parses doubles them), the first parses first. */
function readingsOf(parses: Syllable[][][]): Syllable[][][] {
  let out: Syllable[][][] = [[]]
  for (const word of parses) out = out.flatMap((picked) => word.map((p) => [...picked, p]))
  return out
}

/** Every way of picking one spelling per syllable, with its cost: how many second choices it makes. */
function choices(options: string[][][]): { words: string[]; cost: number }[] {
  let combos = [{ picked: [] as string[], cost: 0 }]
  for (const slot of options.flat())
    combos = combos.flatMap((c) =>
      slot.map((s, k) => ({ picked: [...c.picked, s], cost: c.cost + k }))
    )
  return combos.map(({ picked, cost }) => {
    let k = 0
    return { words: options.map((word) => word.map(() => picked[k++]).join('')), cost }
  })
}

/**
 * The readings of a Korean name written in Cyrillic (Ким Чен Ын: KIM Jong Un), by korean.ts for
 * each Hangul spelling, with the given name's syllables joined (so voicing follows them as in
 * Hangul: Ри Ман Гон, RI Man Gon), labelled with the Hangul. Undefined when it reads as none.
 */
export function cyrillicKoreanReadings(words: string[]): HanVariant[] | undefined {
  const out: HanVariant[] = []
  const seen = new Set<string>()
  for (const spelling of cyrillicKoreanSpellings(words)) {
    // A surname first is one syllable; a given name first (the Western order) is one word already.
    const western = spelling[0].length > 1
    const joined = western ? spelling : [spelling[0], spelling.slice(1).join('')]
    const hangulName = western ? joined[1] + joined[0] : joined.join('')
    for (const r of koreanNameReadings(joined, `Cyrillic read as Korean ${hangulName}, `) ?? []) {
      const text = r.tokens.map((t) => t.text).join(' ')
      if (!seen.has(text)) out.push(r)
      seen.add(text)
    }
  }
  return out.length ? out : undefined
}
