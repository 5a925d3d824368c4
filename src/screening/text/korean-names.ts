import type { Token } from './tokens.js'

/**
 * The common Korean surnames and the ways lists romanise each: one line per surname, its Hangul,
 * then its Latin spellings, the North's first (McCune-Reischauer, as North Korean names reach
 * the lists), the South's usual one second, then the others (Revised Romanization and the usual
 * family spellings). Written from the national romanisation tables and the spellings the OFAC
 * and UN lists use (KIM, RI, PAK, CHOE, JONG, RYU, RYOM...).
 */
// prettier-ignore
const SURNAMES = [
  '김: kim kim gim', '이: ri lee yi rhee', '박: pak park bak', '최: choe choi', '정: jong jung jeong chong chung',
  '강: kang kang gang', '조: cho cho jo', '윤: yun yoon', '장: jang jang chang', '임: rim lim im', '한: han', '오: o oh',
  '서: so seo suh', '신: sin shin', '권: kwon kwon gwon', '황: hwang', '안: an ahn', '송: song', '류: ryu yoo yu',
  '전: jon jeon chon chun', '홍: hong', '고: ko ko go', '문: mun moon', '양: yang', '손: son son sohn', '배: pae bae',
  '백: paek baek paik', '허: ho heo hur', '남: nam', '심: sim shim', '노: ro noh no', '하: ha', '곽: kwak kwak gwak',
  '성: song sung seong', '차: cha', '주: ju joo chu', '우: u woo', '구: ku koo gu', '민: min', '현: hyon hyun',
  '계: kye gye', '태: thae tae', '변: pyon byun byeon', '염: ryom yeom', '길: kil gil', '명: myong myung',
]

/** A surname's spellings by its Hangul: the North's first, the South's second. */
const SPELLINGS = new Map(SURNAMES.map((line) => {
  const [hangul, spellings] = line.split(':')
  return [hangul, spellings.trim().split(/\s+/)]
}))

/** How the lists spell a Korean surname written in Hangul (`south`: as the South writes it); undefined if not a common one. */
export function koreanSurname(hangul: string, south = false): string | undefined {
  const s = SPELLINGS.get(hangul)
  return s && (south ? s[1] ?? s[0] : s[0])
}

/** Group numbers by spelling: a spelling may be two surnames (Song: 송 and 성). */
const GROUPS = new Map<string, number[]>()
;[...SPELLINGS.values()].forEach((spellings, g) => {
  for (const s of new Set(spellings)) GROUPS.set(s, [...(GROUPS.get(s) ?? []), g])
})

/** Whether a word is a spelling of a common Korean surname (Kim, Ri, Lee, Pak, Park...). */
export const isKoreanSurname = (w: string) => GROUPS.has(w)

/** Whether two spellings may be one Korean surname (Pak / Park, Choe / Choi), both being listed. */
export function sameKoreanSurname(a: string, b: string): boolean {
  const ga = GROUPS.get(a)
  const gb = GROUPS.get(b)
  return !!ga && !!gb && ga.some((g) => gb.includes(g))
}

const VOWEL_SYLLABLE = /^[aeiou]$/

/**
 * Whether a person's name reads as Korean, as lists write them: a Korean surname first, then a
 * given name of one to three syllables written apart (KIM, Song Hun; RI PYONG CHOL).
 */
export function isKoreanName(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !GROUPS.has(tokens[0].text)) return false
  // A syllable may be a vowel alone (Jo Il U, O Kuk Ryol), which reads as an initial elsewhere.
  return tokens.slice(1).every((t) => t.kind !== 'particle' && (t.kind !== 'initial' || VOWEL_SYLLABLE.test(t.text)) && /^[a-z]{1,6}$/.test(t.text))
}

/**
 * Initial consonants by the sound they write, as the romanisations differ (McCune-Reischauer
 * ch'/k'/p'/t', Revised j/g/b/d, doubled tense ones); an initial r, l or n may be dropped (Ryong
 * / Yong, Ri / I), so those go with a vowel start. H is a sound of its own (Un / Hun differ).
 */
// prettier-ignore
const INITIALS: [string, string][] = [
  ['kk', 'k'], ['kh', 'k'], ['k', 'k'], ['g', 'k'], ['tch', 'j'], ['jj', 'j'], ['chh', 'j'], ['ch', 'j'], ['j', 'j'],
  ['tt', 't'], ['th', 't'], ['t', 't'], ['d', 't'], ['pp', 'p'], ['ph', 'p'], ['p', 'p'], ['b', 'p'], ['ss', 's'],
  ['sh', 's'], ['s', 's'], ['h', 'h'], ['m', 'm'], ['r', ''], ['l', ''], ['n', ''],
]
/** Final consonants likewise (k/g, t/d, p/b, l/r); a syllable may end in a vowel. */
const FINALS = /(ng|n|m|l|r|k|g|p|b|t|d)$/
const FINAL_SOUND: Record<string, string> = { ng: 'ng', n: 'n', m: 'm', l: 'l', r: 'l', k: 'k', g: 'k', p: 'p', b: 'p', t: 't', d: 't' }

/** A syllable's initial sound, its vowel as written, its final sound. */
function sounds(syllable: string): [string, string, string] {
  const initial = INITIALS.find(([spelt]) => syllable.startsWith(spelt))
  const rest = initial ? syllable.slice(initial[0].length) : syllable
  const final = FINALS.exec(rest)
  const ends = final && final.index > 0
  return [initial ? initial[1] : '', ends ? rest.slice(0, final.index) : rest, ends ? FINAL_SOUND[final[1]] : '']
}

/** The South's vowel spellings as the North writes them (ㅓ eo / o, ㅡ eu / u, ㅕ yeo / yo) and the family spellings' oo, ee. */
const VOWELS: Record<string, string> = { eo: 'o', eu: 'u', yeo: 'yo', oo: 'u', ee: 'i', wo: 'wo' }

/**
 * Whether two romanised Korean syllables are one syllable written by two systems: the same
 * consonant sounds and the same vowel once the South's eo, eu and yeo read as the North's o, u,
 * yo (Jeong / Jong, Eun / Un, Yeo / Yo). Stricter than sameKoreanSyllable: Chol / Chul differ.
 */
export function oneKoreanSyllable(a: string, b: string): boolean {
  const [x, y] = [sounds(a), sounds(b)]
  return x[0] === y[0] && x[2] === y[2] && (VOWELS[x[1]] ?? x[1]) === (VOWELS[y[1]] ?? y[1])
}

/**
 * The vowels one romanised vowel may be, as the systems and family spellings write them: the
 * back vowels ㅓ ㅗ ㅜ ㅡ swap freely (Song / Seong / Sung, Chol / Cheol / Chul), as do their
 * y- forms; a, i, e and the w- vowels do not become one another (Min / Man are two syllables).
 */
// prettier-ignore
const VOWEL_CLASS: Record<string, string> = {
  a: 'a', ae: 'ae', ai: 'ae', ya: 'ya', yae: 'ya', e: 'e', ye: 'e', i: 'i', ee: 'i',
  o: 'o', eo: 'o', u: 'o', oo: 'o', eu: 'o', yo: 'yo', yeo: 'yo', you: 'yo', yu: 'yo', yoo: 'yo',
  wa: 'wa', wae: 'oe', oe: 'oe', we: 'oe', wo: 'wo', weo: 'wo', wi: 'wi', ui: 'ui', eui: 'ui',
}

/** Whether a word may be a romanised Korean syllable: a consonant sound, a vowel any system writes, a final (Yong, Chol, Young; not Bruce). */
export function isKoreanSyllable(word: string): boolean {
  return Object.hasOwn(VOWEL_CLASS, sounds(word)[1])
}

/**
 * Whether two romanised Korean syllables may be one syllable: the same initial and final
 * consonant sounds and a vowel any romanisation may write either way (Song / Seong, Chol / Cheol
 * / Chul, Ryong / Yong). Jong / Song, Un / Hun and Min / Man are two syllables.
 */
export function sameKoreanSyllable(a: string, b: string): boolean {
  const [x, y] = [sounds(a), sounds(b)]
  return x[0] === y[0] && x[2] === y[2] && (VOWEL_CLASS[x[1]] ?? x[1]) === (VOWEL_CLASS[y[1]] ?? y[1])
}
