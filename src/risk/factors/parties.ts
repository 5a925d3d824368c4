import type { Query } from '../../screening/match/analyse.js'
import type { BatchAnswer, BatchRecord } from '../../screening/pool.js'
import type { Reason, Shipment } from '../model.js'
import type { Weights } from '../weights.js'

/**
 * Screens parties against the sanctions lists in batches: the CLI hands in the worker pool
 * (every core, one shared index), the API the process's own index. `against` names the list
 * versions for the provenance.
 */
export interface PartyScreener {
  screen(queries: Query[]): Promise<BatchAnswer[]>
  against: { id: string; source: string; as_of: string }[]
}

/** Queries one batch carries: big enough to keep a worker busy, small enough to share out. */
const CHUNK = 256

const keyOf = (name: string, country?: string) => `${name}\u0000${country ?? ''}`

/**
 * Each distinct party (name and country) screened once, whatever the number of rows naming it:
 * a file of 100,000 rows names a few thousand parties. A hit at or above the matcher's threshold
 * is a match; a weaker one at or above `party_candidate_score` a candidate.
 */
export async function partyFactor(
  rows: Shipment[],
  w: Weights,
  screener: PartyScreener
): Promise<{ reasons: (s: Shipment) => Reason[]; parties: number }> {
  const keys = new Map<string, Query>()
  for (const s of rows)
    for (const p of s.parties) {
      const k = keyOf(p.name, p.country)
      if (!keys.has(k)) keys.set(k, { name: p.name, ...(p.country ? { country: p.country } : {}) })
    }
  const list = [...keys]
  const chunks: Promise<BatchAnswer[]>[] = []
  for (let i = 0; i < list.length; i += CHUNK)
    chunks.push(screener.screen(list.slice(i, i + CHUNK).map(([, q]) => q)))
  const answers = (await Promise.all(chunks)).flat()
  const best = new Map<string, BatchRecord>()
  list.forEach(([k], i) => {
    // The best hit of the answer's cards (a card groups one entity's records across lists).
    const top = (answers[i]?.records ?? []).filter((r) => r.hit).sort((a, b) => b.score - a.score)[0]
    if (top && top.score >= w.settings.party_candidate_score) best.set(k, top)
  })
  const reasons = (s: Shipment): Reason[] =>
    s.parties.flatMap((p) => {
      const h = best.get(keyOf(p.name, p.country))
      if (!h) return []
      const kind = h.match ? 'matches' : 'resembles (a candidate below the alert threshold)'
      return [
        {
          factor: 'listed_party',
          points: h.match ? w.points.party_match : w.points.party_candidate,
          why: `${p.role} ${JSON.stringify(p.name)}${p.country ? ` (${p.country})` : ''} ${kind} ${JSON.stringify(h.caption)}, ${h.schema} on ${h.datasets.join(', ') || 'a sanctions list'} (list version ${h.version}, entity ${h.id}), score ${h.score.toFixed(2)}: ${h.explanation}`,
        },
      ]
    })
  return { reasons, parties: list.length }
}
