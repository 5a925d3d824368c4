/**
 * Weighted Damerau-Levenshtein (optimal string alignment) on lowercase ASCII. Costs follow how
 * names really vary across romanisations: vowel swaps and look-alike consonants (c/k, s/z, v/w,
 * i/y/j) cost half, a dropped h or a doubled letter costs little, a transposition 0.6.
 */
const VOWELS = new Set('aeiouy')
const CLOSE = new Set(['ck', 'kq', 'cs', 'sz', 'vw', 'ij', 'jy', 'iy', 'fv', 'gj', 'dt', 'bp', 'cq', 'gk', 'xz'])

export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.5
  return CLOSE.has(a < b ? a + b : b + a) ? 0.6 : 1
}

/** Cost of inserting `ch` next to `prev` (or deleting it): doubled letters and h are cheap. */
export function indelCost(ch: string, prev: string | undefined, next: string | undefined): number {
  if (ch === prev || ch === next) return 0.3
  if (ch === 'h') return 0.5
  if (VOWELS.has(ch)) return 0.8
  return 1
}

// Cost tables over char codes 0..127: the hot loop reads numbers, never builds strings.
const SUB = new Float64Array(128 * 128).fill(1)
const INDEL = new Float64Array(128).fill(1)
for (let x = 0; x < 128; x++) {
  SUB[x * 128 + x] = 0
  for (let y = 0; y < 128; y++) if (x !== y) SUB[x * 128 + y] = substitutionCost(String.fromCharCode(x), String.fromCharCode(y))
  INDEL[x] = indelCost(String.fromCharCode(x), undefined, undefined)
}

let prev2 = new Float64Array(64)
let prev = new Float64Array(64)
let cur = new Float64Array(64)
let insB = new Float64Array(64)

function indel(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c === s.charCodeAt(i - 1) || c === s.charCodeAt(i + 1)) return 0.3
  return c < 128 ? INDEL[c] : 1
}

/** The weighted distance between two tokens. */
export function weightedDistance(a: string, b: string): number {
  if (a === b) return 0
  const n = a.length
  const m = b.length
  if (m + 1 > prev.length) {
    prev2 = new Float64Array(m + 1)
    prev = new Float64Array(m + 1)
    cur = new Float64Array(m + 1)
    insB = new Float64Array(m + 1)
  }
  for (let j = 1; j <= m; j++) insB[j] = indel(b, j - 1)
  prev[0] = 0
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insB[j]
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1)
    const del = indel(a, i - 1)
    const row = ca < 128 ? ca * 128 : -1
    cur[0] = prev[0] + del
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1)
      let v = prev[j - 1] + (row >= 0 && cb < 128 ? SUB[row + cb] : ca === cb ? 0 : 1)
      const d = prev[j] + del
      if (d < v) v = d
      const ins = cur[j - 1] + insB[j]
      if (ins < v) v = ins
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && ca !== cb) {
        const t = prev2[j - 2] + 0.6
        if (t < v) v = t
      }
      cur[j] = v
    }
    const tmp = prev2
    prev2 = prev
    prev = cur
    cur = tmp
  }
  return prev[m]
}

const counts = new Int32Array(128)

function unshared(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]++
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]--
  let u = 0
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127
    u += Math.abs(counts[c])
    counts[c] = 0
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127
    u += Math.abs(counts[c])
    counts[c] = 0
  }
  return u
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return s.length > 0
}

/**
 * Similarity of two tokens in 0..1: 1 - distance / longer length. Numbers must be equal (a
 * registry number one digit off is another company); an initial matches a word it starts.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (isDigits(a) || isDigits(b)) return 0
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 0.9 : 0
  const longer = Math.max(a.length, b.length)
  // Letters one token has and the other lacks each cost at least 0.25 (half a vowel swap), so
  // a cheap count rules out most pairs of different words before the quadratic distance.
  if (longer > 3 && 0.25 * unshared(a, b) > 0.45 * longer) return 0
  const d = weightedDistance(a, b)
  // Short words have no room for error: one change in three letters is another word.
  const room = longer <= 3 ? longer - 0.5 : longer
  return Math.max(0, 1 - d / room)
}
