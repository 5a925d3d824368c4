import { LATIN_SPELLINGS } from '../text/arabic.js'
import { tokenSimilarity } from './distance.js'

/**
 * Similarity of two spellings of one common name (Muhammad, Mohammed, Mohamed, Mehmet; Yusuf,
 * Youssef; Hussein, Husayn, Hossein): below identical, since a reading may still be another
 * person, and above what edit distance gives them (mohamed~muhammad 0.84, yusuf~youssef 0.77).
 */
export const SAME_NAME_SIM = 0.97

/** For each spelling, the names it spells (a few spellings belong to two names). */
const NAMES_OF = new Map<string, number[]>()
LATIN_SPELLINGS.forEach((spellings, n) => {
  for (const s of spellings) NAMES_OF.set(s, [...(NAMES_OF.get(s) ?? []), n])
})

/** Whether two different Latin words are listed spellings of one common name. */
export function sameName(a: string, b: string): boolean {
  const x = NAMES_OF.get(a)
  if (!x) return false
  const y = NAMES_OF.get(b)
  return y !== undefined && x.some((n) => y.includes(n))
}

/**
 * Token similarity with the listed spellings of common names as equals (SAME_NAME_SIM); below
 * `floor` (distance.ts) a pair of other words reads 0.
 */
export function nameTokenSimilarity(a: string, b: string, floor = 0): number {
  const sim = tokenSimilarity(a, b, floor)
  if (sim < SAME_NAME_SIM && sameName(a, b)) return SAME_NAME_SIM
  // x on one side, ks on the other: one sound two ways (Rosoboronexport, ROSOBORONEKSPORT).
  if (sim < X_KS_SIM && a.includes('x') !== b.includes('x') && (a.includes('ks') || b.includes('ks'))) {
    const spelt = tokenSimilarity(a.replace(/x/g, 'ks'), b.replace(/x/g, 'ks'), floor)
    return Math.max(sim, Math.min(spelt, X_KS_SIM))
  }
  return sim
}

/** The most x read as ks earns: a transliteration, as a one-letter spelling earns. */
export const X_KS_SIM = 0.95
