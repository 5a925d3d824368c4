import type { MatchResult } from './match/algorithm.js'
import type { Context } from './match/features.js'
import { sameEntity, sameList, type Side, type Tie } from './match/same-entity.js'
import type { Hit } from './screen.js'

/** A list record scored against a query (`score` rounded); a hit when at or above the cutoff. */
export interface Scored {
  record: Side
  result: MatchResult
  score: number
  hit: boolean
}

/** A record on a card: a hit of its own, or (`hit: false`) there only as the same entity as one. */
export interface CardRecord extends Hit {
  hit: boolean
}

/** Why two records of a card are one entity (`ids`: their entity ids). */
export interface CardTie extends Tie {
  ids: [string, string]
}

/**
 * One real entity in a screening answer: every list record of it the query reached, best first.
 * The card's score, match and explanation are those of its best record (`records[0]`).
 */
export interface Card {
  /** The card's entity ids, sorted and joined with "+": the same records give the same id. */
  id: string
  caption: string
  schema: string
  score: number
  match: boolean
  records: CardRecord[]
  ties: CardTie[]
}

interface Edge {
  a: number
  b: number
  tie: Tie
}

/** Identifiers and the list's own id are the word of a list; name ties are weighed after them. */
const byName = (e: Edge) => (e.tie.basis === 'identifier' || e.tie.basis === 'list id' ? 0 : 1)

/** Ties of each hit with every other scored record (hits best first), strong ties first. */
function edgesOf(scored: Scored[], ctx: Context): Edge[] {
  const hits = scored.map((_, i) => i).filter((i) => scored[i].hit).sort((a, b) => scored[b].score - scored[a].score || a - b)
  const seen = new Uint8Array(scored.length)
  const edges: Edge[] = []
  for (const a of hits) {
    seen[a] = 1
    for (let b = 0; b < scored.length; b++) {
      if (seen[b]) continue
      const tie = sameEntity(scored[a].record, scored[b].record, ctx)
      if (tie) edges.push({ a, b, tie })
    }
  }
  return edges.sort((x, y) => byName(x) - byName(y))
}

/**
 * Groups scored records into entities (`sameEntity`, pairwise, each tie joining two groups):
 * each group holds at least one hit and the records tied to it, as indices best first, with
 * the ties that made it. A name tie never joins two groups that hold records of one list: the
 * list keeps them apart, so a record cannot tie two of them together.
 */
export function groupRecords(scored: Scored[], ctx: Context = {}): { members: number[]; ties: Edge[] }[] {
  const parent = scored.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const members = new Map(scored.map((_, i) => [i, [i]]))
  const ties = new Map<number, Edge[]>()
  for (const e of edgesOf(scored, ctx)) {
    const [ra, rb] = [find(e.a), find(e.b)]
    if (ra === rb) continue
    const [ma, mb] = [members.get(ra)!, members.get(rb)!]
    if (byName(e) && ma.some((x) => mb.some((y) => sameList(scored[x].record, scored[y].record)))) continue
    parent[rb] = ra
    members.set(ra, [...ma, ...mb])
    ties.set(ra, [...(ties.get(ra) ?? []), ...(ties.get(rb) ?? []), e])
  }
  // As hits always were: best score first, then by caption.
  const byScore = (a: number, b: number) => scored[b].score - scored[a].score || scored[a].record.entity.caption.localeCompare(scored[b].record.entity.caption) || a - b
  return [...members.keys()]
    .filter((r) => find(r) === r && members.get(r)!.some((i) => scored[i].hit))
    .map((r) => ({ members: members.get(r)!.sort(byScore), ties: ties.get(r) ?? [] }))
    // At one score, the entity named as the query first (CIMEX, S.A. before CIMEX for a query
    // of CIMEX, S.A.), then the one with more records (on more lists).
    .sort((x, y) => scored[y.members[0]].score - scored[x.members[0]].score || literal(scored, y.members) - literal(scored, x.members) || y.members.length - x.members.length || byScore(x.members[0], y.members[0]))
}

/** 1 when a record of the group has a name identical to the query's (the name_literal feature), else 0. */
function literal(scored: Scored[], members: number[]): number {
  return members.some((i) => scored[i].hit && 'name_literal' in scored[i].result.features) ? 1 : 0
}

/** The cards of an answer, best first; `toHit` turns a scored record into its hit. */
export function cardsOf(scored: Scored[], toHit: (s: Scored) => Hit, ctx: Context = {}): Card[] {
  return groupRecords(scored, ctx).map(({ members, ties }) => {
    const records = members.map((i) => ({ ...toHit(scored[i]), hit: scored[i].hit }))
    const best = records[0]
    return {
      id: [...new Set(records.map((r) => r.entity.id))].sort().join('+'),
      caption: best.entity.caption,
      schema: best.entity.schema,
      score: best.score,
      match: best.match,
      records,
      ties: ties.map((e) => ({ ...e.tie, ids: [scored[e.a].record.entity.id, scored[e.b].record.entity.id] })),
    }
  })
}
