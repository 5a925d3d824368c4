import { ARABIC_VIA, isNameReading } from '../text/arabic.js'
import { GLOSS_VIA } from '../text/glosses.js'
import type { NameForm } from '../text/names.js'
import type { Analysed } from './analyse.js'
import type { Token } from '../text/tokens.js'
import type { Similarity } from './align.js'
import { tokenSimilarity } from './distance.js'

/**
 * Arabic script writes consonants and long vowels, not short vowels: حسين is h-s-y-n, read
 * Husayn, Hussein or Hossein. A word read letter by letter from it (text/arabic.ts: "hsyn") is
 * compared with a Latin word by an edit distance in which the Latin word's short vowels cost
 * almost nothing, its long vowels must meet the Arabic ones (a, w/u, y), the consonants that
 * romanisations render differently (q/k/g, j/g, t/s, d/z, s/ch) are close, and the h of a digraph
 * (kh, th, dh, gh) is cheap to drop.
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

// Substitution costs over char codes 0..127, so the distance loop reads numbers only.
const SUB = new Float64Array(128 * 128).fill(1)
for (let x = 0; x < 128; x++) {
  for (let y = 0; y < 128; y++) SUB[x * 128 + y] = substitution(String.fromCharCode(x), String.fromCharCode(y))
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

/** Below this a token pair is not aligned (align.ts MIN_TOKEN_SIM): no need to finish the distance. */
const USEFUL_SIM = 0.7
// Rows of the distance table and per-letter costs, reused: the hot path allocates nothing per pair.
let [prevRow, curRow, insRow, delRow] = [0, 1, 2, 3].map(() => new Float64Array(32))

/** Consonants that only another consonant can meet: not vowels, semivowels, h or a doubled letter. */
const SOFT = new Uint8Array(128)
for (const c of 'aeiouywvjh') SOFT[c.charCodeAt(0)] = 1
function hardConsonants(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (!(c < 128 && SOFT[c]) && c !== s.charCodeAt(i - 1)) n++
  }
  return n
}

/** Similarity of a letter-by-letter Arabic reading and a Latin word, short vowels unknown. */
export function unvocalisedSimilarity(arabic: string, latin: string): number {
  const a = units(arabic)
  const l = units(latin)
  const n = a.length
  const m = l.length
  // Ayn and hamza (e) may go unwritten in Latin, so they do not count towards the word's length.
  let vowelless = 0
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== 101) vowelless++
  const room = Math.max(2, vowelless)
  // Each consonant one side has beyond the other's costs a whole letter (or a whole
  // substitution): when those alone cost too much, the pair is no match.
  if (Math.abs(hardConsonants(a) - hardConsonants(l)) > (1 - USEFUL_SIM) * room) return 0
  if (Math.max(n, m) + 1 > prevRow.length) {
    const size = Math.max(n, m) + 1
    ;[prevRow, curRow, insRow, delRow] = [0, 1, 2, 3].map(() => new Float64Array(size))
  }
  for (let j = 0; j < m; j++) insRow[j] = insertion(l, j)
  for (let i = 0; i < n; i++) delRow[i] = deletion(a, i)
  let prev = prevRow
  let cur = curRow
  prev[0] = 0
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insRow[j - 1]
  for (let i = 1; i <= n; i++) {
    const del = delRow[i - 1]
    const ca = a.charCodeAt(i - 1)
    const row = ca < 128 ? ca * 128 : -1
    cur[0] = prev[0] + del
    for (let j = 1; j <= m; j++) {
      const cl = l.charCodeAt(j - 1)
      let v = prev[j - 1] + (row >= 0 && cl < 128 ? SUB[row + cl] : ca === cl ? 0 : 1)
      const d = prev[j] + del
      if (d < v) v = d
      const ins = cur[j - 1] + insRow[j - 1]
      if (ins < v) v = ins
      cur[j] = v
    }
    const t = prev
    prev = cur
    cur = t
  }
  const sim = 1 - prev[m] / room
  return Math.max(0, Math.min(MAX_UNVOCALISED_SIM, sim))
}

const isArabic = (f: NameForm) => f.via.includes(ARABIC_VIA)

/** Whether an entity or query has a name not read from Arabic script. */
export function hasUnreadName(a: Analysed): boolean {
  // Loops: asked of every candidate, and closures made per call are garbage.
  for (const n of a.names) for (const f of n.forms) if (!isArabic(f)) return true
  return false
}

/**
 * Whether a query form is compared with a candidate form. A query not read from Arabic script
 * meets a candidate's reading of an Arabic-script name only when the candidate has no other
 * name (`readingOnly`): the list's own romanisation of the name is beside it, and a reading
 * only approximates it (comparing both took a sixth of the screening time, for no hit).
 */
export function readingWorthComparing(qf: NameForm, cf: NameForm, readingOnly: boolean): boolean {
  // Two names in Arabic script meet by their letters; an English reading (text/arabic-glosses.ts)
  // is for a Latin name. Against the other's letters it lets a translated word pass for one left
  // as written: الجهاد الاسلامي المصري read "... egyptian" met حرکت الجہاد الاسلامی read "movement ...".
  if (isArabic(qf) && isArabic(cf) && (isGlossed(qf) || isGlossed(cf))) return false
  return readingOnly || isArabic(qf) || !isArabic(cf)
}

const isGlossed = (f: NameForm) => f.via.includes(GLOSS_VIA)
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
