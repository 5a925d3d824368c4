import type { Rarity } from '../match/align.js'
import { analyseEntity, applyRarity, type Analysed } from '../match/analyse.js'
import { MATCHABLE, type Entity } from '../model.js'

/** An entity ready for matching: analysed once when the index is built. */
export interface Indexed {
  entity: Entity
  analysed: Analysed
  version: string
}

export interface CandidateIndex {
  entries: Indexed[]
  /** Entity positions sharing the most (rarity-weighted) keys with the query, best first. */
  candidates(q: Analysed, limit?: number): number[]
  rarity: Rarity
  keys: number
  buildMs: number
}

/** Key kinds and their weight: exact tokens, consonant skeletons, trigrams (typos), identifiers. */
const KIND_WEIGHT = { t: 1, s: 0.7, g: 0.5, i: 10 } as const
/** Postings longer than this share of the list are too common to narrow anything down. */
const MAX_POSTING_SHARE = 0.08

function trigrams(t: string): string[] {
  if (t.length < 4) return []
  const out: string[] = []
  for (let i = 0; i + 3 <= t.length; i++) out.push(t.slice(i, i + 3))
  return out
}

function keysOf(a: Analysed, keys: (k: string, w: number) => void): void {
  for (const n of a.names) for (const f of n.forms) for (const t of f.tokens) {
    keys('t' + t.text, KIND_WEIGHT.t)
    keys('s' + t.skel, KIND_WEIGHT.s)
    const g = trigrams(t.text)
    for (const x of g) keys('g' + x, KIND_WEIGHT.g / g.length)
  }
  for (const w of a.weak.keys()) keys('t' + w.replace(/ /g, ''), KIND_WEIGHT.t)
  for (const id of a.ids.keys()) keys('i' + id, KIND_WEIGHT.i)
}

/**
 * The candidate index (token, phonetic and trigram keys to entity postings), built once per set
 * of list versions, so a query scores a few dozen entities instead of the whole list.
 */
export function buildIndex(items: { entity: Entity; version: string }[]): CandidateIndex {
  const t0 = performance.now()
  const entries: Indexed[] = []
  const lists = new Map<string, number[]>()
  for (const { entity, version } of items) {
    if (!MATCHABLE.has(entity.schema)) continue
    const pos = entries.length
    const analysed = analyseEntity(entity)
    if (!analysed.names.length && !analysed.weak.size) continue
    entries.push({ entity, analysed, version })
    keysOf(analysed, (k) => {
      const l = lists.get(k)
      if (!l) lists.set(k, [pos])
      else if (l[l.length - 1] !== pos) l.push(pos)
    })
  }
  const n = Math.max(entries.length, 1)
  const postings = new Map<string, Int32Array>()
  for (const [k, l] of lists) postings.set(k, Int32Array.from(l))
  const idf = (df: number) => Math.log(1 + n / df)
  const maxIdf = idf(1)
  // Rarity of a token text across the list: common words weigh down to 0.3 (STYLE.md example 8).
  const rarity: Rarity = (text) => {
    const p = postings.get('t' + text)
    return p ? Math.min(1, 0.3 + idf(p.length) / (0.8 * maxIdf)) : 1
  }
  for (const e of entries) applyRarity(e.analysed, rarity)
  const acc = new Float64Array(n)
  const limitPosting = Math.max(50, Math.floor(n * MAX_POSTING_SHARE))
  function candidates(q: Analysed, limit = 40): number[] {
    const touched: number[] = []
    const seen = new Set<string>()
    keysOf(q, (k, w) => {
      if (seen.has(k)) return
      seen.add(k)
      const p = postings.get(k)
      if (!p || (p.length > limitPosting && k[0] !== 'i')) return
      const add = w * idf(p.length)
      for (let i = 0; i < p.length; i++) {
        const e = p[i]
        if (acc[e] === 0) touched.push(e)
        acc[e] += add
      }
    })
    // Only entities within reach of the best one are worth sorting.
    let max = 0
    for (const e of touched) if (acc[e] > max) max = acc[e]
    const near = touched.length > limit ? touched.filter((e) => acc[e] >= 0.2 * max) : touched
    near.sort((a, b) => acc[b] - acc[a])
    const out = near.slice(0, limit)
    for (const e of touched) acc[e] = 0
    return out
  }
  return { entries, candidates, rarity, keys: postings.size, buildMs: performance.now() - t0 }
}
