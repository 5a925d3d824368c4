import type { Analysed } from '../match/analyse.js'
import { ARABIC_VIA } from '../text/arabic.js'
import { keysOf, type KeyVisitor } from './entity-keys.js'
import { keyIdOf, type KeyTable } from './keys.js'

/** Postings longer than this share of the list are too common to narrow anything down. */
const MAX_POSTING_SHARE = 0.08
/**
 * Nor longer than this at any list size: at a million entities 8% is 80,000 entities a key,
 * and adding up such keys was most of a query's time, to rank entities that only share common
 * words with it. Binds only above 250,000 entities (8% of them); the public lists screened
 * together are far fewer. On a generated list of a million, misspelt names still find the
 * entity they came from, first.
 */
export const MAX_POSTING = 20_000
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
  // The best score so far, kept as entities are scored: the floor of `best` needs it, and a
  // pass of its own over every touched entity (a hundred thousand and more at a million
  // entities) cost as much again.
  const top = new Float64Array(1)
  let kept = new Int32Array(64)
  const seen = new Set<number>()
  const limitPosting = Math.min(MAX_POSTING, Math.max(50, Math.floor(n * MAX_POSTING_SHARE)))
  const { postStart, postings } = table
  let count = 0
  const visit = (id: number, w: number, identifier: boolean) => {
    if (id < 0 || seen.has(id)) return
    seen.add(id)
    const from = postStart[id]
    const to = postStart[id + 1]
    if (to - from > limitPosting && !identifier) return
    count = accumulate(postings, from, to, w * Math.log(1 + n / (to - from)), acc, touched, count, top)
  }
  // Entities with a name that is the query's, as a whole: candidates whatever their rank.
  const exact: number[] = []
  const whole = (id: number) => {
    if (id < 0) return
    const to = Math.min(postStart[id + 1], postStart[id] + MAX_EXACT)
    for (let i = postStart[id]; i < to; i++) if (!exact.includes(postings[i])) exact.push(postings[i])
  }
  const lookUp: KeyVisitor = (kind, s, from, to, w) =>
    kind === 'w' ? whole(keyIdOf(table, kind, s, from, to)) : visit(keyIdOf(table, kind, s, from, to), w, kind === 'i')
  return (q, wanted = 40) => {
    const unvocalised = q.names.some((nm) => nm.forms.some((f) => f.via.includes(ARABIC_VIA)))
    const limit = unvocalised ? wanted * UNVOCALISED_POOL : wanted
    count = 0
    top[0] = 0
    seen.clear()
    exact.length = 0
    keysOf(q, lookUp, true)
    if (kept.length <= limit) kept = new Int32Array(limit + 1)
    const ranked = best(acc, touched, count, limit, top[0], kept)
    for (let k = 0; k < count; k++) acc[touched[k]] = 0
    return exact.length ? withExact(exact, ranked, limit) : ranked
  }
}

/**
 * At most this many entities of one whole name are taken as exact: a name many entities share
 * (a vessel name, Mohammed Ali) is ranked with the rest.
 */
const MAX_EXACT = 10

/**
 * The entities named as the query first, then the ranked ones, `limit` in all unless the exact
 * ones are more. Kept out of the ranking: a whole-name key weighed with the others raised the
 * best score, and with it the floor of `best`, past candidates the matcher needs (the OFAC
 * record of a UN name read from Arabic script). A name the query has as a whole was missed
 * among twenty others sharing its common words (KIM, Chol; IBRAHIM, Muhammad).
 */
function withExact(exact: number[], ranked: number[], limit: number): number[] {
  const out = [...exact]
  for (const e of ranked) if (out.length < limit && !exact.includes(e)) out.push(e)
  return out
}

/**
 * Adds a key's weight to each entity of its postings; returns how many entities are touched.
 * `top[0]` keeps the best score. Arrays come in as arguments: the loop reads them from registers.
 */
function accumulate(postings: Int32Array, from: number, to: number, add: number, acc: Float64Array, touched: Int32Array, count: number, top: Float64Array): number {
  let max = top[0]
  for (let i = from; i < to; i++) {
    const e = postings[i]
    const before = acc[e]
    if (before === 0) touched[count++] = e
    const s = before + add
    acc[e] = s
    if (s > max) max = s
  }
  top[0] = max
  return count
}

/**
 * The `limit` best of the touched entities, as a stable sort by score would order them (ties in
 * the order first touched). Only entities within reach of the best one (a fifth of its score,
 * `max`) are considered, when there are more than `limit`. `kept`: room for `limit` + 1
 * entities, reused from query to query.
 */
export function best(acc: Float64Array, touched: Int32Array, count: number, limit: number, max: number, kept = new Int32Array(limit + 1)): number[] {
  const floor = count > limit ? 0.2 * max : -Infinity
  let size = 0
  for (let k = 0; k < count; k++) {
    const e = touched[k]
    const s = acc[e]
    if (s < floor || (size === limit && s <= acc[kept[limit - 1]])) continue
    // After every entity scoring at least as much: earlier ones keep their place on a tie.
    let at = size
    while (at > 0 && acc[kept[at - 1]] < s) {
      kept[at] = kept[at - 1]
      at--
    }
    kept[at] = e
    if (size < limit) size++
  }
  const out: number[] = new Array(size)
  for (let k = 0; k < size; k++) out[k] = kept[k]
  return out
}
