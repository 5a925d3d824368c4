import type { ListVersion, Screening } from '../screening/index.js'
import { explainRecord } from '../screening/card-facts.js'
import type { Query } from '../screening/match/analyse.js'
import type { BatchAnswer, Pool } from '../screening/pool.js'
import type { PartyScreener } from './factors/parties.js'
import { programsOf } from '../screening/model.js'

const against = (versions: ListVersion[]) =>
  versions.map((v) => ({ id: v.id, source: v.source, as_of: v.as_of }))

/** Parties screened on the worker pool (every core, one shared index): the CLI and the bench. */
export function poolScreener(pool: Pool, versions: ListVersion[]): PartyScreener {
  return { screen: (queries) => pool.screen(queries), against: against(versions) }
}

/**
 * Parties screened on this process's own index, one query after another: the API, where a
 * request holds at most a few thousand rows and the server keeps one index for every route.
 */
export function indexScreener(
  screening: Screening,
  options: { cutoff: number; limit?: number; pause?: () => Promise<void> }
): PartyScreener {
  return {
    against: against(screening.versions),
    async screen(queries) {
      const out: BatchAnswer[] = []
      // A server gives other requests a turn between queries (`pause`, the API's time slicer).
      for (const q of queries) {
        await options.pause?.()
        out.push(answer(q))
      }
      return out
    },
  }

  function answer(q: Query): BatchAnswer {
    try {
      const r = screening.screen(q, { cutoff: options.cutoff, limit: options.limit ?? 1 })
      return {
        warnings: r.warnings,
        // As the pool's workers flatten an answer (screening/worker.ts): card by card, each record.
        records: r.cards.flatMap((c, i) =>
          c.records.map((h, k) => ({
            card: i + 1,
            rank: k + 1,
            hit: h.hit,
            id: h.entity.id,
            caption: h.entity.caption,
            schema: h.entity.schema,
            version: h.version,
            datasets: h.entity.datasets,
            programs: programsOf(h.entity),
            listed: h.entity.listed ?? '',
            score: h.score,
            match: h.match,
            explanation: explainRecord(c, h),
          }))
        ),
      }
    } catch (err) {
      return { records: [], warnings: [], error: (err as Error).message }
    }
  }
}
