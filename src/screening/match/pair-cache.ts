import type { Token } from '../text/tokens.js'
import { SIMILARITY_FLOOR, type Similarity } from './align.js'
import { nameTokenSimilarity as tokenSimilarity } from './name-variants.js'

/**
 * The similarity cache of one query, in typed arrays that the next query reuses (emptied by
 * moving a stamp, not by clearing): list tokens repeat across a query's candidates, and a Map
 * per query grew and was thrown away each time. Keys are the token numbers of the index
 * (index/candidates.ts); unnumbered tokens are not cached. When full, new pairs go uncached.
 * `next()` starts a query and hands out a new function for it: caches kept beside it
 * (unvocalised.ts) key on the function, and query words are numbered per query.
 */
export function similarityTable(bits = 12): { next(): Similarity } {
  const size = 1 << bits
  const mask = size - 1
  const ka = new Int32Array(size)
  const kb = new Int32Array(size)
  const values = new Float64Array(size)
  const stamps = new Int32Array(size)
  let stamp = 0
  let used = 0
  const lookup = (a: Token, b: Token, own: number) => {
    if (a.id < 0 || b.id < 0 || own !== stamp) return tokenSimilarity(a.text, b.text, SIMILARITY_FLOOR)
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
    next() {
      used = 0
      if (++stamp === 0x7fffffff) {
        stamps.fill(0)
        stamp = 1
      }
      // A function kept past its query computes without the cache rather than read another's.
      const own = stamp
      return (a, b) => lookup(a, b, own)
    },
  }
}
