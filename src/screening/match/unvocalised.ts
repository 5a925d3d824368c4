import { ARABIC_VIA, isNameReading } from '../text/arabic.js'
import type { NameForm } from '../text/names.js'
import type { Token } from '../text/tokens.js'
import type { Similarity } from './align.js'
import { tokenSimilarity } from './distance.js'

/**
 * Arabic script writes consonants and long vowels, not short vowels: حسين is h-s-y-n, read
 * Husayn, Hussein or Hossein. A word read letter by letter from it (text/arabic.ts: "hsyn") is
 * compared with a Latin word by an edit distance in which the Latin word's short vowels cost
 * almost nothing, its long vowels must meet the Arabic ones (a, w/u, y), and the consonants that
 * romanisations render differently (q/k/g, th/t/s, dh/d/z, kh/h, sh/ch) are close.
 */

/** A reading never equals a spelling: at most this similar. */
export const MAX_UNVOCALISED_SIM = 0.97

const DIGRAPH: Record<string, string> = { dj: 'j', ph: 'f', ck: 'k', x: 'k' }

/**
 * Letters to sound units: only Latin digraphs of one Arabic letter (Djamel, Mustapha) fold. The
 * h of sh, kh, th, dh, gh stays a letter, because a reading can join two letters into what looks
 * like one (صحراوي s-h-r-a-w-y, Sahraoui), and a digraph's h costs little to add or drop.
 */
export function units(word: string): string {
  return word.replace(/dj|ph|ck|x/g, (d) => DIGRAPH[d])
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
/**
 * Consonants romanisations confuse: q/k/g (Qaddafi, Gaddafi, Belgacem), j/g (Jamal, Gamal), c/k/s
 * (French Belkacem, Cherif), t/s (th: Uthman, Osman), d/z (dh: Kadhim, Kazim).
 */
const CLOSE = new Set(['kq', 'gk', 'gq', 'gj', 'ck', 'cq', 'cs', 'st', 'dz', 'sz', 'bp', 'fv', 'jz'])
/** What a Latin letter costs against an Arabic long vowel or ayn (e: any vowel or none). */
const LONG: Record<string, Record<string, number>> = {
  e: { a: 0, e: 0, i: 0, o: 0, u: 0, y: 0 },
  a: { a: 0, e: 0.3, i: 0.8, o: 0.8, u: 0.8, y: 0.8 },
  u: { u: 0, o: 0, w: 0.2, v: 0.2, a: 0.8, e: 0.8, i: 0.8, y: 0.8 },
  w: { w: 0, v: 0, u: 0.1, o: 0.1, a: 0.8, e: 0.8, i: 0.8, y: 0.8 },
  y: { y: 0, i: 0, e: 0, j: 0.4, a: 0.8, o: 0.8, u: 0.8 },
}

function substitution(ar: string, la: string): number {
  const long = LONG[ar]
  if (long) return long[la] ?? 1
  if (ar === la) return 0
  return CLOSE.has(ar < la ? ar + la : la + ar) ? 0.3 : 1
}

/** A Latin letter the Arabic lacks: a short vowel is nearly free inside a word. */
function insertion(la: string, j: number): number {
  const ch = la[j]
  if (VOWELS.has(ch)) {
    // Arabic writes a vowel that starts or ends a word, but for French spellings' silent e (Slimane).
    if (j === la.length - 1 && ch === 'e') return 0.3
    if (j === 0 || j === la.length - 1) return 0.8
    // A second vowel in a row (Hussein's ei, Saeed's ee) is how Latin writes a long vowel.
    return VOWELS.has(la[j - 1]) ? 0.45 : 0.05
  }
  if (j > 0 && la[j - 1] === ch) return 0.15
  return ch === 'h' ? 0.4 : 1
}

/** An Arabic unit the Latin lacks: ayn and hamza often go unwritten, a final h is often silent. */
function deletion(ar: string, i: number): number {
  const u = ar[i]
  if (u === 'e') return 0.1
  if (u === 'h' && i === ar.length - 1) return 0.3
  // The h of a digraph (kh, th, dh, gh, sh), which Latin spellings drop: Kadhim/Kazim, Ghulam/Gulam.
  if (u === 'h' && i > 0 && 'kstdgzc'.includes(ar[i - 1])) return 0.4
  return LONG[u] ? 0.9 : 1
}

/** Similarity of a letter-by-letter Arabic reading and a Latin word, short vowels unknown. */
export function unvocalisedSimilarity(arabic: string, latin: string): number {
  const a = units(arabic)
  const l = units(latin)
  const m = l.length
  // Each Latin consonant past twice the Arabic letters costs a whole letter: no match.
  if (m > 2 * a.length + 2) return 0
  let prev = new Float64Array(m + 1)
  let cur = new Float64Array(m + 1)
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insertion(l, j - 1)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = prev[0] + deletion(a, i - 1)
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(
        prev[j - 1] + substitution(a[i - 1], l[j - 1]),
        prev[j] + deletion(a, i - 1),
        cur[j - 1] + insertion(l, j - 1)
      )
    }
    ;[prev, cur] = [cur, prev]
  }
  // Ayn and hamza (e) may go unwritten in Latin, so they do not count towards the word's length.
  const sim = 1 - prev[m] / Math.max(2, a.replace(/e/g, '').length)
  return Math.max(0, Math.min(MAX_UNVOCALISED_SIM, sim))
}

const isArabic = (f: NameForm) => f.via.includes(ARABIC_VIA)
/** Words the reading spelled out as Latin (particles, common names) compare as Latin words. */
const spelledOut = (t: Token) => t.kind !== 'word' || isNameReading(t.text)

/**
 * The token similarity for two name forms: when exactly one was read from Arabic script, its
 * letter-by-letter words also compare with short vowels unknown. Otherwise `similarity` itself.
 */
export function crossScriptSimilarity(q: NameForm, c: NameForm, similarity: Similarity): Similarity {
  const qa = isArabic(q)
  if (qa === isArabic(c)) return similarity
  // One cache per query, beside its token-similarity cache (keys: the index's token numbers).
  let cache = CACHES.get(similarity)
  if (!cache) CACHES.set(similarity, (cache = new Map()))
  const known = cache
  return (x, y) => {
    const sim = similarity(x, y)
    const [ar, la] = qa ? [x, y] : [y, x]
    if (spelledOut(ar)) return sim
    if (ar.id < 0 || la.id < 0) return Math.max(sim, unvocalisedSimilarity(ar.text, la.text))
    const k = ar.id * 67_108_864 + la.id
    let u = known.get(k)
    if (u === undefined) known.set(k, (u = unvocalisedSimilarity(ar.text, la.text)))
    return Math.max(sim, u)
  }
}

const CACHES = new WeakMap<Similarity, Map<number, number>>()

/** Whole-name similarity without spaces (align.ts's fallback), short vowels unknown on an Arabic side. */
export function wholeNameSimilarity(q: NameForm, c: NameForm, qs: string, cs: string): number {
  const plain = tokenSimilarity(qs, cs)
  const qa = isArabic(q)
  if (qa === isArabic(c)) return plain
  return Math.max(plain, qa ? unvocalisedSimilarity(qs, cs) : unvocalisedSimilarity(cs, qs))
}
