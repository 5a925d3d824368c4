import { addTo } from './model.js'

/**
 * Seeded sampling, so the same files give the same dev set byte for byte. Inputs must come in a
 * fixed order (the builders sort what they mine); the seed is a class's name.
 */

/** mulberry32: a small, well-known 32-bit generator; plenty for picking pairs. */
export function rng(seed: string): () => number {
  let h = 2166136261
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  let a = h >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Up to n items, drawn without replacement by a generator seeded with `seed`. */
export function sample<T>(items: readonly T[], n: number, seed: string): T[] {
  const copy = [...items]
  const next = rng(seed)
  const take = Math.min(n, copy.length)
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(next() * (copy.length - i))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy.slice(0, take)
}

/** One item of a non-empty list, chosen by a number in [0, 1). */
export const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)]

/**
 * Up to n items spread evenly over the groups `key` puts them in (groups in sorted order): each
 * group gets an equal share, and what small groups leave is filled from the rest.
 */
export function sampleBy<T>(
  items: readonly T[],
  key: (t: T) => string,
  n: number,
  seed: string
): T[] {
  const groups = new Map<string, T[]>()
  for (const t of items) addTo(groups, key(t), t)
  const keys = [...groups.keys()].sort()
  const share = Math.floor(n / Math.max(1, keys.length))
  const taken = keys.flatMap((k) => sample(groups.get(k)!, share, `${seed}:${k}`))
  const chosen = new Set(taken)
  return [
    ...taken,
    ...sample(
      items.filter((t) => !chosen.has(t)),
      n - taken.length,
      `${seed}:rest`
    ),
  ]
}
