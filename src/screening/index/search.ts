import type { Analysed } from '../match/analyse.js'
import { ARABIC_VIA } from '../text/arabic.js'
import { keysOf, type KeyVisitor } from './entity-keys.js'
import { keyIdOf, type KeyTable } from './keys.js'

/** Postings longer than this share of the list are too common to narrow anything down. */
const MAX_POSTING_SHARE = 0.08
/**
 * A name read from Arabic script has no short vowels, so its words share only consonant
 * skeletons with Latin names (Ahmadi, Ahmad and Ahmed alike): the matcher gets this many times
 * the candidates.
 */
const UNVOCALISED_POOL = 3

/**
 * The query side of the candidate index: entity positions sharing the most rarity-weighted keys
 * with a query, best first. Per thread: one score per entity and one list of the entities a
 * query touched, reused from query to query, so a query allocates little beyond its answer.
 * Keys are entity-keys.ts's, as the builder's, each counted once (the first time it is met).
 */
export function candidateSearch(table: KeyTable, entities: number): (q: Analysed, wanted?: number) => number[] {
  const n = Math.max(entities, 1)
  const acc = new Float64Array(n)
  const touched = new Int32Array(n)
  const seen = new Set<number>()
  const limitPosting = Math.max(50, Math.floor(n * MAX_POSTING_SHARE))
  const { postStart, postings } = table
  let count = 0
  const visit = (id: number, w: number, identifier: boolean) => {
    if (id < 0 || seen.has(id)) return
    seen.add(id)
    const from = postStart[id]
    const to = postStart[id + 1]
    if (to - from > limitPosting && !identifier) return
    count = accumulate(postings, from, to, w * Math.log(1 + n / (to - from)), acc, touched, count)
  }
  const lookUp: KeyVisitor = (kind, s, from, to, w) => visit(keyIdOf(table, kind, s, from, to), w, kind === 'i')
  return (q, wanted = 40) => {
    const unvocalised = q.names.some((nm) => nm.forms.some((f) => f.via.includes(ARABIC_VIA)))
    const limit = unvocalised ? wanted * UNVOCALISED_POOL : wanted
    count = 0
    seen.clear()
    keysOf(q, lookUp, true)
    const out = best(acc, touched, count, limit)
    for (let k = 0; k < count; k++) acc[touched[k]] = 0
    return out
  }
}

/** Adds a key's weight to each entity of its postings; returns how many entities are touched. */
function accumulate(postings: Int32Array, from: number, to: number, add: number, acc: Float64Array, touched: Int32Array, count: number): number {
  for (let i = from; i < to; i++) {
    const e = postings[i]
    if (acc[e] === 0) touched[count++] = e
    acc[e] += add
  }
  return count
}

/**
 * The `limit` best of the touched entities, as a stable sort by score would order them (ties in
 * the order first touched). Only entities within reach of the best one (a fifth of its score)
 * are considered, when there are more than `limit`.
 */
function best(acc: Float64Array, touched: Int32Array, count: number, limit: number): number[] {
  let max = 0
  for (let k = 0; k < count; k++) if (acc[touched[k]] > max) max = acc[touched[k]]
  const floor = count > limit ? 0.2 * max : -Infinity
  const out: number[] = []
  for (let k = 0; k < count; k++) {
    const e = touched[k]
    const s = acc[e]
    if (s < floor || (out.length === limit && s <= acc[out[limit - 1]])) continue
    // After every entity scoring at least as much: earlier ones keep their place on a tie.
    let at = out.length
    while (at > 0 && acc[out[at - 1]] < s) at--
    out.splice(at, 0, e)
    if (out.length > limit) out.pop()
  }
  return out
}
