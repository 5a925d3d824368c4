import type { Token } from '../text/tokens.js'
import { SIMILARITY_FLOOR, type Similarity } from './align.js'
import { nameTokenSimilarity as tokenSimilarity } from './name-variants.js'

/**
 * Similarities of pairs of list words, kept from query to query: one table per index and
 * thread, since the numbers are the index's (a word the lists have is numbered below
 * `vocabulary`; a query's other words above it, afresh for each query). Direct-mapped: a pair
 * whose slot another pair took is computed again. Common names meet the same list words in
 * query after query; about a quarter of the similarities a batch computes were computed before.
 */
export interface KnownPairs {
  vocabulary: number
  /** 32 less the table's bits: a pair's slot is the top bits of its hash. */
  shift: number
  a: Int32Array
  b: Int32Array
  values: Float64Array
}

export function knownPairs(vocabulary: number, bits = 16): KnownPairs {
  const size = 1 << bits
  return { vocabulary, shift: 32 - bits, a: new Int32Array(size).fill(-1), b: new Int32Array(size), values: new Float64Array(size) }
}

/**
 * The similarity cache of one query, in typed arrays that the next query reuses (emptied by
 * moving a stamp, not by clearing): list tokens repeat across a query's candidates, and a Map
 * per query grew and was thrown away each time. Keys are the token numbers of the index
 * (index/candidates.ts); unnumbered tokens are not cached. When full, new pairs go uncached.
 * Pairs of two list words go to the index's `known` table instead, which outlives the query.
 * `next()` starts a query and hands out a new function for it: caches kept beside it
 * (unvocalised.ts) key on the function, and query words are numbered per query.
 */
export function similarityTable(bits = 12): { next(known?: KnownPairs): Similarity } {
  const size = 1 << bits
  const mask = size - 1
  const ka = new Int32Array(size)
  const kb = new Int32Array(size)
  const values = new Float64Array(size)
  const stamps = new Int32Array(size)
  let stamp = 0
  let used = 0
  const lookup = (a: Token, b: Token, own: number, known: KnownPairs | undefined) => {
    if (a.id < 0 || b.id < 0 || own !== stamp) return tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)
    if (known && a.id < known.vocabulary && b.id < known.vocabulary) {
      const at = (Math.imul(a.id, 0x9e3779b1) ^ Math.imul(b.id, 0x85ebca6b)) >>> known.shift
      if (known.a[at] === a.id && known.b[at] === b.id) return known.values[at]
      const v = tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)
      known.a[at] = a.id
      known.b[at] = b.id
      known.values[at] = v
      return v
    }
    let slot = (Math.imul(a.id, 0x9e3779b1) ^ b.id) & mask
    for (; stamps[slot] === stamp; slot = (slot + 1) & mask) if (ka[slot] === a.id && kb[slot] === b.id) return values[slot]
    const v = tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)
    // Three quarters full at most: an empty slot always ends a probe.
    if (used < size * 0.75) {
      stamps[slot] = stamp
      ka[slot] = a.id
      kb[slot] = b.id
      values[slot] = v
      used++
    }
    return v
  }
  return {
    next(known) {
      used = 0
      if (++stamp === 0x7fffffff) {
        stamps.fill(0)
        stamp = 1
      }
      // A function kept past its query computes without the cache rather than read another's.
      const own = stamp
      return (a, b) => lookup(a, b, own, known)
    },
  }
}
