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

/** The rows of the distance table, reused from call to call (grown for longer tokens). */
let rows = { prev2: new Float64Array(64), prev: new Float64Array(64), cur: new Float64Array(64), insB: new Float64Array(64), codesB: new Int32Array(64) }

function indel(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c === s.charCodeAt(i - 1) || c === s.charCodeAt(i + 1)) return 0.3
  return c < 128 ? INDEL[c] : 1
}

/**
 * The weighted distance between two tokens. With `max`, work stops once the distance is sure to
 * exceed it (every path through the last two rows already costs more), and some value above
 * `max` is returned: callers that only need "within max" skip most of the table.
 */
export function weightedDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  const n = a.length
  const m = b.length
  if (m + 1 > rows.prev.length) rows = { prev2: new Float64Array(m + 1), prev: new Float64Array(m + 1), cur: new Float64Array(m + 1), insB: new Float64Array(m + 1), codesB: new Int32Array(m + 1) }
  // Locals, not the module's bindings, in the hot loop: the compiler keeps them in registers.
  let { prev2, prev, cur } = rows
  const { insB, codesB } = rows
  for (let j = 1; j <= m; j++) {
    insB[j] = indel(b, j - 1)
    codesB[j] = b.charCodeAt(j - 1)
  }
  prev[0] = 0
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insB[j]
  // Costs are never negative, so a cell is at least the least of the row (or, by a
  // transposition, of the row before) it is reached from.
  let lastMin = 0
  let outOfReach = -1
  let before = -1
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1)
    const del = indel(a, i - 1)
    const row = ca < 128 ? ca * 128 : -1
    let left = prev[0] + del
    cur[0] = left
    let rowMin = left
    for (let j = 1; j <= m; j++) {
      const cb = codesB[j]
      let v = prev[j - 1] + (row >= 0 && cb < 128 ? SUB[row + cb] : ca === cb ? 0 : 1)
      const d = prev[j] + del
      if (d < v) v = d
      const ins = left + insB[j]
      if (ins < v) v = ins
      if (j > 1 && ca === codesB[j - 1] && before === cb && ca !== cb) {
        const t = prev2[j - 2] + 0.6
        if (t < v) v = t
      }
      cur[j] = left = v
      if (v < rowMin) rowMin = v
    }
    const tmp = prev2
    prev2 = prev
    prev = cur
    cur = tmp
    before = ca
    if (rowMin > max && lastMin > max) {
      outOfReach = rowMin
      break
    }
    lastMin = rowMin
  }
  rows.prev2 = prev2
  rows.prev = prev
  rows.cur = cur
  return outOfReach >= 0 ? outOfReach : prev[m]
}

const counts = new Int32Array(128)
/** Least substitution cost of each letter: 0.5 for a vowel, 0.6 for a consonant with a look-alike, 1 else. */
const MIN_SUB = new Float64Array(128).fill(1)
for (let x = 0; x < 128; x++) for (let y = 0; y < 128; y++) if (x !== y) MIN_SUB[x] = Math.min(MIN_SUB[x], SUB[x * 128 + y])
/**
 * The least any letter costs, before looking closer: a vowel 0.25 (a vowel swap, 0.5, settles
 * two), any other 0.3 (a doubled letter dropped). Outside ASCII, the only bound used: letters
 * are counted by their low 7 bits there (two letters may share a count).
 */
const LEAST_COST = new Float64Array(128).fill(0.3)
for (const v of VOWELS) LEAST_COST[v.charCodeAt(0)] = 0.25

/** The unshared letters of one side: letter, how many, cost alone. */
interface Side {
  letter: Int32Array
  times: Int32Array
  alone: Float64Array
  n: number
  /** The cheapest deletion of any letter of the token. */
  cheapest: number
  /** Letters doubled in the token: marked with `stamp`, never cleared. */
  doubled: Int32Array
  /** The unshared letters a to z, as bits (1 << 0 for a). */
  bits: number
}
const side = (): Side => ({ letter: new Int32Array(128), times: new Int32Array(128), alone: new Float64Array(128), n: 0, cheapest: 1, doubled: new Int32Array(128), bits: 0 })
/** For each letter, the letters a to z (as bits) it swaps with for 0.5 (vowels) and for 0.6 (look-alikes). */
const SWAP_HALF = new Int32Array(128)
const SWAP_LOOKALIKE = new Int32Array(128)
for (let x = 0; x < 128; x++) for (let y = 97; y <= 122; y++) {
  if (SUB[x * 128 + y] === 0.5) SWAP_HALF[x] |= 1 << (y - 97)
  if (SUB[x * 128 + y] === 0.6) SWAP_LOOKALIKE[x] |= 1 << (y - 97)
}
const ofA = side()
const ofB = side()
let stamp = 0
/** What the last `gapBound` found: how many unshared letters, both sides together. */
let unsharedCount = 0
let ascii = true

// Counts the letters of `s` into `counts` (by `sign`), and notes its doubled letters and cheapest deletion.
function count(s: string, sign: number, of: Side): void {
  let cheapest = 1
  let last = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c > 127) ascii = false
    else if (c === last) {
      of.doubled[c] = stamp
      cheapest = 0.3
    } else if (INDEL[c] < cheapest) cheapest = INDEL[c]
    counts[c & 127] += sign
    last = c
  }
  of.cheapest = cheapest
}

/**
 * Sums the helpers below hand back, in a typed array: a fractional number returned from a call
 * the compiler does not inline is a new heap object, and these run for every pair of words.
 */
const sums = new Float64Array(5)
const LEAST = 0
const HALF = 1
const PRICE_A = 2
const PRICE_B = 3
const BOUND = 4

// Moves the letters of `s` left unbalanced in `counts` to the side that has them over, and
// clears them; adds the least those letters cost to sums[LEAST].
function collect(s: string): void {
  let least = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) & 127
    const k = counts[c]
    if (!k) continue
    const of = k > 0 ? ofA : ofB
    const times = k > 0 ? k : -k
    of.letter[of.n] = c
    of.times[of.n++] = times
    if (c >= 97 && c <= 122) of.bits |= 1 << (c - 97)
    unsharedCount += times
    least += times * LEAST_COST[c]
    counts[c] = 0
  }
  sums[LEAST] += least
}

// Each unshared letter's cost alone: dropped (0.3 if doubled), or swapped for a letter of its token that is dropped.
function costsAlone(of: Side): void {
  for (let k = 0; k < of.n; k++) {
    const c = of.letter[k]
    const drop = of.doubled[c] === stamp ? 0.3 : INDEL[c]
    const swapDrop = MIN_SUB[c] + of.cheapest
    of.alone[k] = drop < swapDrop ? drop : swapDrop
  }
}

// `from`'s letters priced at their costs alone, `to`'s as high as those prices allow (a
// substitution of two letters costs no less than their prices together; SUB is symmetric).
// Written to sums[slot].
function priceAgainst(from: Side, to: Side, slot: number): void {
  let sum = 0
  for (let k = 0; k < from.n; k++) sum += from.alone[k] * from.times[k]
  for (let j = 0; j < to.n; j++) {
    let p = to.alone[j]
    const row = to.letter[j] * 128
    for (let i = 0; i < from.n; i++) {
      const s = SUB[row + from.letter[i]] - from.alone[i]
      if (s < p) p = s
    }
    sum += p * to.times[j]
  }
  sums[slot] = sum
}

// Each letter priced at the least of its cost alone and half of the cheapest substitution it
// may take part in: with a letter the other side has over, 0.5 for two vowels, 0.6 for
// look-alikes, else 1 (the letters of the two sides always differ). Added to sums[HALF].
function halfPrices(from: Side, to: Side): void {
  let sum = 0
  if (!to.n) for (let k = 0; k < from.n; k++) sum += from.alone[k] * from.times[k]
  else
    for (let i = 0; i < from.n; i++) {
      const x = from.letter[i]
      const half = SWAP_HALF[x] & to.bits ? 0.25 : SWAP_LOOKALIKE[x] & to.bits ? 0.3 : 0.5
      sum += (from.alone[i] < half ? from.alone[i] : half) * from.times[i]
    }
  sums[HALF] += sum
}

/**
 * A lower bound of the distance made by the letters one token has and the other lacks (most
 * pairs of different words are ruled out by it, before the quadratic table). Whatever the
 * alignment, each such letter is paid by a deletion or insertion of its own (0.3 for a doubled
 * letter, 0.5 for h, 0.8 for a vowel, else 1), by a substitution that pays for an unshared
 * letter of the other token too (0.5 for two vowels, 0.6 for look-alikes, else 1), or by a
 * substitution into a letter that is then deleted (xzz -> zz: x to z, 0.6, and a doubled z
 * dropped, 0.3); longer chains of substitutions cost at least 1. The least cost of that
 * matching is at least any feasible solution of its dual: a price per unshared letter, no
 * more than its cost alone, and for any two letters of either side no more than their
 * substitution together. With `max`, it stops at the first pricing above `max`.
 */
export function gapBound(a: string, b: string, max = Infinity): number {
  bound(a, b, max)
  return sums[BOUND]
}

/** gapBound, written to sums[BOUND]. */
function bound(a: string, b: string, max: number): void {
  stamp++
  ascii = true
  ofA.n = ofB.n = unsharedCount = ofA.bits = ofB.bits = 0
  count(a, 1, ofA)
  count(b, -1, ofB)
  sums[LEAST] = 0
  collect(a)
  collect(b)
  const least = sums[LEAST]
  sums[BOUND] = least
  if (least > max || !ascii || !unsharedCount) return
  costsAlone(ofA)
  costsAlone(ofB)
  sums[HALF] = 0
  halfPrices(ofA, ofB)
  halfPrices(ofB, ofA)
  const half = sums[HALF]
  sums[BOUND] = half
  if (half > max) return
  priceAgainst(ofA, ofB, PRICE_A)
  priceAgainst(ofB, ofA, PRICE_B)
  sums[BOUND] = Math.max(half, sums[PRICE_A], sums[PRICE_B])
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return s.length > 0
}

/** Room for float error when a bound decides that a pair is out of reach. */
const SLACK = 1e-9

/**
 * Similarity of two tokens in 0..1: 1 - distance / longer length. Numbers must be equal (a
 * registry number one digit off is another company); an initial matches a word it starts.
 * With `floor`, a similarity below it is returned as 0 and not computed in full: pairs that
 * cannot reach it are ruled out by cheap bounds (most pairs of different words), which is what
 * makes screening fast. Values at or above `floor` are exact.
 */
export function tokenSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1
  if (isDigits(a) || isDigits(b)) return 0
  if (a.length === 1 || b.length === 1) {
    const initial = a[0] === b[0] ? 0.9 : 0
    return initial >= floor ? initial : 0
  }
  const longer = Math.max(a.length, b.length)
  // Short words have no room for error: one change in three letters is another word.
  const room = longer <= 3 ? longer - 0.5 : longer
  // Above this distance the similarity is below the floor.
  const reach = (1 - floor) * room + SLACK
  // Letters one token has and the other lacks rule out most pairs of different words before the
  // quadratic distance. A pair with unshared letters over 1.8 times the length reads as 0.
  bound(a, b, reach)
  if (longer > 3 && 0.25 * unsharedCount > 0.45 * longer) return 0
  if (sums[BOUND] > reach) return 0
  const d = weightedDistance(a, b, reach)
  const sim = Math.max(0, 1 - d / room)
  return sim >= floor ? sim : 0
}
