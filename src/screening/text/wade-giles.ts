import { PINYIN_SYLLABLES } from './pinyin.js'
import { POSTAL_PLACES } from './postal-places.js'

/**
 * Wade-Giles, the romanisation of Chinese before pinyin (Teng Hsiao-p'ing, Mao Tse-tung, Chiang
 * Ching-kuo), read as pinyin (Deng Xiaoping, Mao Zedong, Jiang Jingguo). No maintained npm
 * package converts it (checked 2026), so the table is derived here, syllable by syllable, from
 * the pinyin syllable table by the system's published correspondences (Library of Congress,
 * "Pinyin conversion table"; Wikipedia "Wade-Giles", initials and finals): b = p, p = p', d = t,
 * t = t', g = k, k = k', j and zh = ch, q and ch = ch', x = hs, r = j, z = ts/tz, c = ts'/tz';
 * -ong = -ung, -ie = -ieh, -ian = -ien, zhi = chih, zi = tzu, si = ssu/szu, ge = ko, luo = lo,
 * yi = i, you = yu, yu = yü, er = erh. wade-giles.test.ts checks it against the published pairs.
 *
 * Lists drop the apostrophes and umlauts: "ping" then reads as WG "ping" (pinyin bing), close
 * enough to "ping" for the token similarity; "hsu" reads as "hsü" (xu) where no other reading exists.
 */

/** Pinyin initial = Wade-Giles initial, two-letter initials first (zh before z). */
const INITIALS =
  `zh=ch ch=ch' sh=sh b=p p=p' m=m f=f d=t t=t' n=n l=l g=k k=k' h=h j=ch q=ch' x=hs r=j z=ts c=ts' s=s`
    .split(' ')
    .map((pair) => pair.split('='))
/** Syllables without an initial, and the ones the initial-final rules do not give. */
// prettier-ignore
const WHOLE: Record<string, string[]> = {
  zhi: ['chih'], chi: ["ch'ih"], shi: ['shih'], ri: ['jih'], zi: ['tzu', 'tzŭ'], ci: ["tz'u", "tz'ŭ"],
  si: ['ssu', 'szu', 'ssŭ'], e: ['o', 'ê'], er: ['erh'], yi: ['i'], you: ['yu'], yong: ['yung'],
  yu: ['yü'], yue: ['yüeh'], yuan: ['yüan'], yun: ['yün'], ye: ['yeh'], yan: ['yen'],
}
/** Pinyin finals after j, q, x are written ü in Wade-Giles. */
const PALATAL = new Set(['j', 'q', 'x'])
/**
 * Left out: interjections and rare syllables whose WG spellings are common ones' (lo is luo, o
 * is e) or English (ten); lü and nü are read through lu and nu (wadeGilesSyllable).
 */
const RARE = new Set(['o', 'lo', 'yo', 'ei', 'den', 'kei', 'nou', 'me', 'lve', 'nve', 'lv', 'nv'])

function final(initial: string, fin: string): string {
  if (PALATAL.has(initial)) {
    if (fin === 'u') return 'ü'
    if (fin === 'ue') return 'üeh'
    if (fin === 'uan') return 'üan'
    if (fin === 'un') return 'ün'
  }
  if ((initial === 'l' || initial === 'n') && (fin === 'v' || fin === 've' || fin === 'ue'))
    return fin === 'v' ? 'ü' : 'üeh'
  if (fin === 'e' && ['g', 'k', 'h'].includes(initial)) return 'o'
  if (fin === 'uo' && !['g', 'k', 'h', 'sh'].includes(initial)) return 'o'
  if (fin === 'ui' && (initial === 'g' || initial === 'k')) return 'uei'
  return fin
    .replace(/^iong$/, 'iung')
    .replace(/^ong$/, 'ung')
    .replace(/^ie$/, 'ieh')
    .replace(/^ian$/, 'ien')
}

/** The Wade-Giles spellings of one pinyin syllable (with apostrophes and umlauts). */
export function wadeGilesOf(pinyin: string): string[] {
  if (WHOLE[pinyin]) return WHOLE[pinyin]
  const init = INITIALS.find(([p]) => pinyin.startsWith(p))
  if (!init) return [pinyin]
  const [p, wg] = init
  return [wg + final(p, pinyin.slice(p.length))]
}

/** WG spelling -> pinyin: exact spellings first, then those without umlauts where still free. */
const TABLE = new Map<string, string>()
const syllables = [...PINYIN_SYLLABLES].filter((py) => !RARE.has(py))
for (const py of syllables) for (const wg of wadeGilesOf(py)) if (!TABLE.has(wg)) TABLE.set(wg, py)
for (const py of syllables)
  for (const wg of wadeGilesOf(py)) {
    const plain = wg.replace(/ü/g, 'u').replace(/ŭ/g, 'u').replace(/ê/g, 'e')
    if (!TABLE.has(plain)) TABLE.set(plain, py)
  }

/** The pinyin of one Wade-Giles syllable, or undefined when it is none. */
export function wadeGilesSyllable(wg: string): string | undefined {
  const s = wg.replace(/[ʼ’‘`´]/g, "'")
  return TABLE.get(s) ?? TABLE.get(s.replace(/ü/g, 'u'))
}

/** A name read from Wade-Giles: the pinyin text and what changed, for the explanation. */
export interface WadeGilesReading {
  text: string
  changes: string[]
}

// A Map, not the object: "constructor" is no place.
const POSTAL = new Map(Object.entries(POSTAL_PLACES))
const ANY_POSTAL = new RegExp(`\\b(${[...POSTAL.keys()].join('|')})\\b`)
const WORD = /[\p{L}'ʼ’‘`´]+(?:-[\p{L}'ʼ’‘`´]+)*/gu

/** The pinyin of a word of Wade-Giles syllables joined by hyphens ("hsiao-p'ing" -> "xiaoping"). */
export function wadeGilesWord(word: string): string | undefined {
  let out = ''
  for (const part of word.split('-')) {
    const py = wadeGilesSyllable(part)
    if (py === undefined) return undefined
    out += py
  }
  return out
}

/**
 * What only Wade-Giles writes: syllables joined by hyphens (Hsiao-p'ing, En-lai), an aspirate
 * apostrophe, ü, and spellings no pinyin or English word has: hs-, ts-, tz-, ss-, sz-, chia-,
 * chie-, -ih, -ieh, -ien. Not "a syllable pinyin lacks": King, Hung and Sung are English too.
 */
const EVIDENCE = /-|['ʼ’‘`´ü]|^(hs|ts|tz|ss|sz)|^chi[aeiou]|(ih|ieh|ien)$/
/** EVIDENCE anywhere in a name: most names fail this one test. */
const ANY_EVIDENCE = /[-'ʼ’‘`´ü]|\b(hs|ts|tz|ss|sz|chi[aeiou])|(ih|ieh|ien)\b/
function hasEvidence(word: string): boolean {
  return EVIDENCE.test(word)
}

/**
 * A name with its Wade-Giles words in pinyin ("Teng Hsiao-p'ing" -> "deng xiaoping"), and legacy
 * postal place names (Peking, Tientsin, Canton: postal-places.ts) in pinyin wherever they stand,
 * when `places` (not in a person's name: Canton is a surname too).
 * Wade-Giles only when every distinctive word of the name is Wade-Giles (`skip` says which words
 * are not distinctive: legal forms, common words) and some word shows it (hasEvidence: Hsiao,
 * Tse, En-lai); so "Li Peng" stays pinyin and "King Trading" English. Undefined when nothing
 * changes.
 */
export function wadeGilesReading(
  lower: string,
  skip: (word: string) => boolean,
  places = true
): WadeGilesReading | undefined {
  if (!ANY_EVIDENCE.test(lower) && !(places && ANY_POSTAL.test(lower))) return undefined
  const words = lower.match(WORD) ?? []
  const changes: string[] = []
  const out = [...words]
  if (places)
    words.forEach((w, i) => {
      const postal = POSTAL.get(w)
      if (postal) changes.push(`${w} = ${(out[i] = postal)}`)
    })
  // Most names show no Wade-Giles at all: look no further than that.
  if (!words.some((w) => hasEvidence(w) && wadeGilesWord(w) !== undefined))
    return changes.length ? { text: out.join(' '), changes } : undefined
  const py = words.map(wadeGilesWord)
  if (words.every((w, i) => py[i] !== undefined || out[i] !== w || skip(w)))
    words.forEach((w, i) => {
      const p = py[i]
      if (p !== undefined && p !== w && out[i] === w) changes.push(`${w} = ${(out[i] = p)}`)
    })
  return changes.length ? { text: out.join(' '), changes } : undefined
}
