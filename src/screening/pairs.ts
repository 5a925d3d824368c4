import { badInput } from '../errors.js'
import { DEFAULT_THRESHOLD, scoreMatch, type MatchResult } from './match/algorithm.js'
import { analyseEntity, analyseQuery } from './match/analyse.js'
import { makeEntity } from './model.js'
import { partyKindOf } from './text/party-kind.js'

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

/** A pair scored under the schema it was given, or one decided from its names, and how. */
export interface SchemaScore {
  result: MatchResult
  schema: string
  /** "given", or how the schema was decided when the pair gave none. */
  basis: string
}

/**
 * A pair of `screen --pairs`: with its schema when it gives one (an unknown one is an error
 * naming it); without, the schema its names tell (text/party-kind.ts: "Usama bin Laden" a
 * person's, "Acme Ltd" an organisation's), so a person is never weighed by the rules for
 * organisations or the other way round. When the names tell nothing, or tell different kinds,
 * the pair is scored as both Person and Organization and the higher taken: the basis says so,
 * with both scores.
 */
export function scorePairOf(schema: string | undefined, name1: string, name2: string, threshold = DEFAULT_THRESHOLD): SchemaScore {
  if (schema) {
    if (!SCHEMAS.has(schema)) throw badInput(`unknown schema: "${schema}" (expected ${[...SCHEMAS].join(', ')}, or none to decide from the names)`)
    return { result: scorePair(schema, name1, name2, threshold), schema, basis: 'given' }
  }
  const read = [name1, name2].map((n) => ({ n, kind: partyKindOf(n) })).filter((x) => x.kind)
  const kinds = new Set(read.map((x) => x.kind!.schema))
  if (kinds.size === 1) {
    const { n, kind } = read[0]
    const as = kind!.schema === 'Person' ? "a person's name" : "an organisation's name"
    return { result: scorePair(kind!.schema, name1, name2, threshold), schema: kind!.schema, basis: `from the names: "${n}" reads as ${as} (${kind!.sign})` }
  }
  const person = scorePair('Person', name1, name2, threshold)
  const org = scorePair('Organization', name1, name2, threshold)
  const [best, other] = person.score >= org.score ? (['Person', 'Organization'] as const) : (['Organization', 'Person'] as const)
  const scores = { Person: person.score, Organization: org.score }
  const why = kinds.size ? 'the names read as different kinds' : 'the names do not tell'
  return {
    result: best === 'Person' ? person : org,
    schema: best,
    basis: `${why}: scored as ${best} ${scores[best].toFixed(3)} and as ${other} ${scores[other].toFixed(3)}, the higher taken`,
  }
}
