import { DEFAULT_THRESHOLD, scoreMatch, type MatchResult } from './match/algorithm.js'
import { analyseEntity, analyseQuery } from './match/analyse.js'
import { makeEntity } from './model.js'

const SCHEMAS = new Set(['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel', 'Airplane'])

/**
 * Scores two names of the given schema with the full matcher, with no list loaded (so no
 * list-wide rarity: the static word tables alone weigh the tokens).
 */
export function scorePair(schema: string, name1: string, name2: string, threshold = DEFAULT_THRESHOLD): MatchResult {
  const s = SCHEMAS.has(schema) ? schema : 'LegalEntity'
  const q = analyseQuery({ name: name1, schema: s })
  const c = analyseEntity(makeEntity('pair', s, 'pairs', { name: [name2] }))
  if (!q.names.length || !c.names.length) return { score: 0, match: false, features: {} }
  return scoreMatch(q, c, {}, threshold)
}
