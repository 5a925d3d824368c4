import { FOREIGN_VIA } from '../text/han-foreign.js'
import type { NameForm } from '../text/names.js'
import type { Similarity } from './align.js'

/**
 * Foreign names written in Chinese characters (弗拉基米尔·普京, 拉姆赞·卡德罗夫) are transcribed
 * syllable by syllable: consonant clusters get a vowel (Kadyrov -> ka-de-luo-fu), r becomes l,
 * v becomes f or w, a final consonant is dropped or nasalised (Laden -> la-deng). Their pinyin
 * is compared with a Latin word by an edit distance in which vowels cost little on both sides
 * and the consonants the transcription swaps are close.
 */

/** A transcription never equals a spelling: at most this similar. */
export const MAX_TRANSCRIPTION_SIM = 0.95

const LATIN_FOLD: [RegExp, string][] = [
  [/sch|sh/g, 'S'], [/ch|tch/g, 'C'], [/zh|j/g, 'J'], [/kh|gh/g, 'h'], [/ph/g, 'f'], [/th/g, 't'],
  [/dh/g, 'd'], [/ck|q|c/g, 'k'], [/x/g, 'ks'], [/w/g, 'v'], [/y/g, 'i'],
]
const PINYIN_FOLD: [RegExp, string][] = [
  [/sh|x/g, 'S'], [/ch|q/g, 'C'], [/zh|j/g, 'J'], [/ng/g, 'n'], [/c/g, 'z'], [/w/g, 'v'], [/y/g, 'i'],
]
const fold = (s: string, rules: [RegExp, string][]) => rules.reduce((t, [re, to]) => t.replace(re, to), s)

const VOWEL = /[aeiou]/
/** Consonants the transcription swaps: l/r, f/v, s/sh (x), ch/k (q), j/g/zh, t/d, p/b, k/g, n/m. */
const CLOSE = new Set(['lr', 'fv', 'Ss', 'sz', 'CS', 'Ck', 'CJ', 'Jg', 'Jr', 'dt', 'bp', 'gk', 'hk', 'mn', 'Jz'])

function sub(a: string, b: string): number {
  if (a === b) return 0
  const va = VOWEL.test(a)
  if (va !== VOWEL.test(b)) return 1
  if (va) return 0.15
  return CLOSE.has(a < b ? a + b : b + a) ? 0.15 : 1
}

/** A letter one side lacks: vowels (the added syllable vowels), a nasal ending, a liquid cost little. */
function gap(s: string, i: number): number {
  const ch = s[i]
  if (VOWEL.test(ch)) return 0.15
  if (ch === s[i - 1]) return 0.1
  if (ch === 'n' && (i === s.length - 1 || !VOWEL.test(s[i + 1]))) return 0.4
  // Liquids in a cluster are often dropped (Donald -> 唐纳德 tang-na-de), h after a consonant too.
  return ch === 'h' ? 0.4 : ch === 'l' || ch === 'r' ? 0.5 : 1
}

/** Similarity of the pinyin of a transcribed foreign name and a Latin word. */
export function transcriptionSimilarity(pinyin: string, latin: string): number {
  const a = fold(pinyin, PINYIN_FOLD)
  const b = fold(latin, LATIN_FOLD)
  const n = a.length
  const m = b.length
  let prev = new Array<number>(m + 1).fill(0)
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + gap(b, j - 1)
  for (let i = 1; i <= n; i++) {
    const cur = [prev[0] + gap(a, i - 1)]
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j - 1] + sub(a[i - 1], b[j - 1]), prev[j] + gap(a, i - 1), cur[j - 1] + gap(b, j - 1))
    }
    prev = cur
  }
  // Measured against the Latin word's consonants: the transcription's added vowels do not count.
  const room = Math.max(2, b.replace(/[aeiou]/g, '').length)
  return Math.max(0, Math.min(MAX_TRANSCRIPTION_SIM, 1 - prev[m] / room))
}

const isForeign = (f: NameForm) => f.via.includes(FOREIGN_VIA)

/** When exactly one form is a transcribed foreign name, its words also compare as transcriptions. */
export function transcribedSimilarity(q: NameForm, c: NameForm, similarity: Similarity): Similarity {
  const qf = isForeign(q)
  if (qf === isForeign(c)) return similarity
  return (x, y) => {
    const [zh, la] = qf ? [x, y] : [y, x]
    return Math.max(similarity(x, y), transcriptionSimilarity(zh.text, la.text))
  }
}
