import { badInput } from '../errors.js'
import { DEFAULT_THRESHOLD, schemasCompatible, scoreBound, scoreMatch, type FeatureScore, type MatchResult } from './match/algorithm.js'
import { analyseQuery, type Analysed, type Query } from './match/analyse.js'
import { similarityTable } from './match/pair-cache.js'
import { MAX_NAME_CHARS } from './text/clean.js'
import type { CandidateIndex, Indexed } from './index/candidates.js'
import type { Relation } from './index/relations.js'
import type { Entity } from './model.js'
import { cardsOf, type Card, type Scored } from './cards.js'
import type { Side } from './match/same-entity.js'

export { checkUserQuery } from './user-query.js'

export interface Hit {
  entity: Entity
  version: string
  score: number
  match: boolean
  features: Record<string, FeatureScore>
  related: Relation[]
}

export interface ScreenOptions {
  threshold?: number
  /** Cards (entities) returned, best first. */
  limit?: number
  /** Lowest score returned; defaults to the threshold (alerts only). */
  cutoff?: number
  /** How many candidates the index hands to the matcher. */
  candidates?: number
}

export interface ScreenResult {
  query: Query
  /** One per real entity, best first: records of several lists grouped (cards.ts). */
  cards: Card[]
  /** The cards' records at or above the cutoff, best first (what a hit list showed before cards). */
  hits: Hit[]
  warnings: string[]
}

const SCHEMAS = new Set(['Thing', 'LegalEntity', 'Person', 'Company', 'Organization', 'Vessel', 'Airplane'])

/** Checks a query and says what is wrong with it, naming the value. */
export function checkQuery(q: Query): string[] {
  const names = (Array.isArray(q.name) ? q.name : [q.name]).filter((n) => typeof n === 'string')
  if (!names.some((n) => n.trim())) throw badInput(`empty name: "${names.join(' ')}"`)
  if (q.schema !== undefined && !SCHEMAS.has(q.schema)) throw badInput(`invalid schema: "${q.schema}" (expected ${[...SCHEMAS].join(', ')})`)
  const warnings = names.some((n) => n.length > MAX_NAME_CHARS) ? [`name longer than ${MAX_NAME_CHARS} characters: only the first ${MAX_NAME_CHARS} were screened`] : []
  // Said on the answer: an invisible character in a name is how evasive spellings look.
  const hidden = names.join('').match(/\p{Cf}/gu)?.length ?? 0
  if (hidden) warnings.push(`the query held ${hidden} invisible format character${hidden > 1 ? 's' : ''} (zero-width space, joiner, soft hyphen, BOM ...): removed before matching`)
  return warnings
}

// One cache of token similarities per thread, emptied for each query (match/pair-cache.ts).
const pairs = similarityTable()

/**
 * Screens one query against an index: candidates from the index, each scored and explained,
 * grouped into cards (one per real entity, cards.ts). `limit` counts cards; `hits` are their
 * records at or above the cutoff, best first. A candidate whose bound (scoreBound) is under the
 * cutoff is scored only when a card shows it: the answer is the same, at a fraction of the cost.
 */
export function screenIndex(index: CandidateIndex, relations: Map<string, Relation[]>, query: Query,
  { threshold = DEFAULT_THRESHOLD, limit = 10, cutoff = threshold, candidates = 20 }: ScreenOptions = {}): ScreenResult {
  if (!(threshold >= 0 && threshold <= 1)) throw badInput(`invalid threshold: ${threshold} (expected 0..1)`)
  const warnings = checkQuery(query)
  const q = index.prepare(analyseQuery(query))
  if (!q.names.length) throw badInput(`no letters or digits in name: "${String(query.name).slice(0, 80)}"`)
  const ctx = { similarity: pairs.next(index.known) }
  // What grouping needs of every candidate, kept small: its names are read again only if asked.
  const found: Light[] = []
  let hit = false
  for (const pos of index.candidates(q, candidates)) {
    if (!schemasCompatible(q.schema, index.schema(pos))) continue
    const e = index.entry(pos)
    const a = e.analysed
    // Most candidates fall far short of the cutoff: their bound says so, and they are scored
    // only if a card shows them (tied to a hit), which few are.
    const result = scoreBound(q, a, ctx, cutoff) < cutoff ? undefined : scoreMatch(q, a, ctx, threshold)
    const isHit = !!result && result.score >= cutoff && result.score > 0
    found.push({ pos, result, hit: isHit, version: e.version, schema: a.schema, dates: a.dates, countries: a.countries, ids: a.ids, entry: isHit ? e : undefined })
    hit ||= isHit
  }
  if (!hit) return { query, cards: [], hits: [], warnings }
  const rescore = (f: Light) => scoreMatch(q, (f.entry ??= index.entry(f.pos)).analysed, ctx, threshold)
  const scored = found.map((f) => new Candidate(side(index, f), f, rescore))
  const toHit = ({ record: { entity, version }, score, result }: Scored): Hit => ({ entity, version, score, match: result.match, features: result.features, related: relations.get(entity.id) ?? [] })
  const cards = cardsOf(scored, toHit, ctx).slice(0, limit)
  const hits = cards.flatMap((c) => c.records.filter((r) => r.hit)).sort((a, b) => b.score - a.score || a.entity.caption.localeCompare(b.entity.caption))
  return { query, cards, hits, warnings }
}

const round = (x: number) => Math.round(x * 1000) / 1000

/**
 * A candidate as kept through the loop: a hit whole, any other without its names, and without
 * its result when its bound ruled it out.
 */
interface Light extends Pick<Analysed, 'schema' | 'dates' | 'countries' | 'ids'> {
  pos: number
  version: string
  result?: MatchResult
  hit: boolean
  entry?: Indexed
}

/**
 * A candidate as cards.ts sees it. One its bound ruled out (no hit) is scored when a card first
 * reads its score or result: it is on a card, tied to a hit. The query's similarity cache is
 * still its own then (cards are made before screenIndex returns).
 */
class Candidate implements Scored {
  readonly hit: boolean
  private rounded?: number
  constructor(
    readonly record: Side,
    private readonly light: Light,
    private readonly rescore: (f: Light) => MatchResult
  ) {
    this.hit = light.hit
  }

  get result(): MatchResult {
    return (this.light.result ??= this.rescore(this.light))
  }

  get score(): number {
    return (this.rounded ??= round(this.result.score))
  }
}


/**
 * A candidate as grouping sees it (cards.ts): names and entity read from the index when a tie
 * asks for them. Holding every candidate whole through the loop kept them past a batch
 * worker's small young generation, which cost more than the rare second read.
 */
function side(index: CandidateIndex, light: Light): Side {
  const { pos, version, schema, dates, countries, ids } = light
  const read = () => (light.entry ??= index.entry(pos))
  return {
    schema, dates, countries, ids, version,
    get weak() {
      return read().analysed.weak
    },
    get names() {
      return read().analysed.names
    },
    get entity() {
      return read().entity
    },
  }
}

/** One-line explanation of a hit or pair: each feature that fired, its score and, for qualifiers, the weight. */
export function explain({ features }: Pick<Hit, 'features'>): string {
  return Object.entries(features)
    .map(([k, f]) => `${k} ${f.score.toFixed(2)}${f.weight < 0 ? ` (weight ${f.weight})` : f.weight === 0 ? ' (not scored)' : ''}: ${f.detail}`)
    .join(' | ')
}
