import { describe, expect, test } from 'vitest'
import { sharedData } from '../test-support/files.js'
import { cardsOf, type Card, type Scored } from './cards.js'
import { buildIndex, type CandidateIndex } from './index/candidates.js'
import { loadOfacCsv } from './loaders/ofac.js'
import { loadUnXml } from './loaders/un.js'
import { DEFAULT_THRESHOLD, schemasCompatible, scoreMatch } from './match/algorithm.js'
import { cachedSimilarity } from './match/align.js'
import { analyseQuery, type Query } from './match/analyse.js'
import type { Entity } from './model.js'
import { screenIndex, type Hit } from './screen.js'

// screenIndex scores a candidate whose bound is under the cutoff only if a card shows it. Its
// answer must be the one of scoring every candidate: the same cards, records, scores and
// explanations, in the same order.
const sdn = sharedData('ofac-sdn-2024-05/sdn_2024-05-03.csv')
const un = sharedData('un-consolidated-xml/UN_consolidated.xml')

interface Options {
  cutoff?: number
  limit?: number
}

/** The cards of a query with every candidate scored in full, grouped as screenIndex groups them. */
function eagerCards(index: CandidateIndex, query: Query, { cutoff = DEFAULT_THRESHOLD, limit = 10 }: Options): Card[] {
  const q = index.prepare(analyseQuery(query))
  const ctx = { similarity: cachedSimilarity() }
  const scored = index
    .candidates(q, 20)
    .filter((pos) => schemasCompatible(q.schema, index.schema(pos)))
    .map((pos): Scored => {
      const { entity, analysed, version } = index.entry(pos)
      const result = scoreMatch(q, analysed, ctx)
      // Grouping reads no weak aliases (screen.ts hands records over without them).
      const record = { ...analysed, weak: new Map<string, string>(), entity, version }
      return { record, result, score: Math.round(result.score * 1000) / 1000, hit: result.score >= cutoff && result.score > 0 }
    })
  if (!scored.some((s) => s.hit)) return []
  const toHit = ({ record: { entity, version }, score, result }: Scored): Hit => ({ entity, version, score, match: result.match, features: result.features, related: [] })
  return cardsOf(scored, toHit, ctx).slice(0, limit)
}

describe.skipIf(!sdn.present || !un.present)('screening with bounds, on OFAC SDN 2024-05 + UN', () => {
  const entities: Entity[] = sdn.present && un.present ? [...loadOfacCsv([sdn.path]).entities, ...loadUnXml([un.path]).entities] : []
  const names = entities.filter((_, i) => i % 25 === 0).flatMap((e) => [...(e.properties.name ?? []), ...(e.properties.alias ?? []).slice(0, 1)])
  // Names as listed, misspelt, cut to their first words, and a person's with another birth date.
  const queries: Query[] = names.flatMap((name) => [
    { name },
    { name: name.replace(/[aeiou]/i, 'e'), schema: 'Person', birthDate: '1970' },
    { name: name.split(' ').slice(0, 2).join(' ') },
  ])

  test.each([
    ['the default cutoff', {}],
    ['a cutoff of 0.3 and 20 cards', { cutoff: 0.3, limit: 20 }],
    ['a cutoff of 0.9', { cutoff: 0.9 }],
  ])('%s: the same cards as scoring every candidate', (_, options: Options) => {
    const index = buildIndex(entities.map((entity) => ({ entity, version: 'v' })))
    let shownUnder = 0
    for (const query of queries) {
      const cards = screenIndex(index, new Map(), query, options).cards
      expect(JSON.stringify(cards), query.name as string).toBe(JSON.stringify(eagerCards(index, query, options)))
      shownUnder += cards.flatMap((c) => c.records).filter((r) => !r.hit).length
    }
    // Records under the cutoff on a card: the ones scored late.
    expect(shownUnder).toBeGreaterThan(10)
  }, 300_000)
})
