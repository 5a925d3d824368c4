import { prop, MATCHABLE, NAME_PROPS } from '../model.js'
import type { Screening } from '../index.js'
import type { Entity } from '../model.js'

export interface CoverageGap {
  id: string
  caption: string
  schema: string
  best?: { id: string; caption: string; score: number }
}

/**
 * Entities of one list with no match on another, using the matcher: each entity is screened
 * with all its names, birth dates and identifiers against the other list's index.
 */
export function coverageGaps(entities: Entity[], against: Screening, threshold: number): { checked: number; gaps: CoverageGap[] } {
  const gaps: CoverageGap[] = []
  let checked = 0
  for (const e of entities) {
    if (!MATCHABLE.has(e.schema)) continue
    const names = NAME_PROPS.flatMap((p) => prop(e, p))
    if (!names.length) continue
    checked++
    const r = against.screen(
      { name: names, schema: e.schema, birthDate: prop(e, 'birthDate'), id: [...prop(e, 'imoNumber'), ...prop(e, 'innCode'), ...prop(e, 'ogrnCode')] },
      { threshold, cutoff: 0.3, limit: 1 }
    )
    const top = r.hits[0]
    if (!top || !top.match) gaps.push({ id: e.id, caption: e.caption, schema: e.schema, ...(top ? { best: { id: top.entity.id, caption: top.entity.caption, score: top.score } } : {}) })
  }
  return { checked, gaps }
}
