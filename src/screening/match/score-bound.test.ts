import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { sharedData } from '../../test-support/files.js'
import { buildIndex, type CandidateIndex } from '../index/candidates.js'
import { loadUnXml } from '../loaders/un.js'
import { ALGORITHM, schemasCompatible, scoreBound, scoreMatch } from './algorithm.js'
import { analyseQuery, type Query } from './analyse.js'
import { cachedSimilarity } from './align.js'
import { LEADING_NAME } from './leading-name.js'
import { NAMED_AFTER_PERSON } from './named-after.js'
import { DISTINCT_WORD_DIFFERS } from './org-words.js'
import { PART_DIFFERS, ROLE_DIFFERS } from './person-parts.js'
import { ROLES_SWAPPED } from './swapped-roles.js'

// screenIndex leaves a candidate unscored when its bound is under the cutoff: the bound must
// never be below the score, or a hit would go missing.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 300) }
const un = sharedData('un-consolidated-xml/UN_consolidated.xml')

test('the bound leaves out only what cannot raise a score: qualifiers weigh nothing or less (an agreement said, not scored), evidence more', () => {
  for (const f of ALGORITHM) expect(f.qualifier ? f.weight <= 0 : f.weight > 0).toBe(true)
})

// nameBound stops at the alignment: the part rules (conflicts.ts) only multiply its score down.
test.each([
  ['PART_DIFFERS', PART_DIFFERS], ['ROLE_DIFFERS', ROLE_DIFFERS], ['DISTINCT_WORD_DIFFERS', DISTINCT_WORD_DIFFERS],
  ['NAMED_AFTER_PERSON', NAMED_AFTER_PERSON], ['ROLES_SWAPPED', ROLES_SWAPPED], ['LEADING_NAME', LEADING_NAME],
])('the part rule factor %s lowers a score', (_, factor) => expect(factor > 0 && factor < 1).toBe(true))

/** Every candidate the index hands for a query: its score, and its bound with and without a stop. */
function boundsOf(index: CandidateIndex, query: Query, enough: number) {
  const q = index.prepare(analyseQuery(query))
  const ctx = { similarity: cachedSimilarity() }
  return index
    .candidates(q, 20)
    .filter((pos) => schemasCompatible(q.schema, index.schema(pos)))
    .map((pos) => {
      const c = index.entry(pos).analysed
      return { id: index.entry(pos).entity.id, score: scoreMatch(q, c, ctx).score, bound: scoreBound(q, c, ctx), stopped: scoreBound(q, c, ctx, enough) }
    })
}

/** Where a bound falls short: the candidate, its score and its bounds (none, in a sound bound). */
const shortfalls = (rows: ReturnType<typeof boundsOf>, enough: number) =>
  rows.filter((r) => r.bound < r.score || (r.stopped < enough && r.score >= enough))

describe.skipIf(!un.present)('scoreBound on the UN list', () => {
  const entities = un.present ? loadUnXml([un.path]).entities : []
  let built: CandidateIndex | undefined
  const index = () => (built ??= buildIndex(entities.map((entity) => ({ entity, version: 'un' }))))
  const names = entities.flatMap((e) => [...(e.properties.name ?? []), ...(e.properties.alias ?? [])].map((name) => ({ name, schema: e.schema })))

  test('every name and alias of the list, queried as it is and with no schema, is bounded', () => {
    for (const [i, { name, schema }] of names.entries()) {
      const query = i % 2 ? { name, schema } : { name }
      expect(shortfalls(boundsOf(index(), query, 0.7), 0.7), name).toEqual([])
    }
  }, 120_000)

  // Misspelt, shortened, reordered, glued and nicknamed: the paths that raise a name score
  // (near spellings, joined words, short forms of given names, Korean surnames spelt the
  // South's way, other scripts' readings).
  const edit = fc.record({ op: fc.constantFrom('sub', 'del', 'ins', 'drop', 'swap', 'join', 'nick'), at: fc.nat(), ch: fc.constantFrom(...'aeiouhkly') })
  const NICK: Record<string, string> = { mohammed: 'Mo', abdul: 'Abd', william: 'Bill', alexander: 'Sasha', ali: 'Aly', ri: 'Lee', pak: 'Park', jo: 'Cho' }
  const spoil = (name: string, edits: { op: string; at: number; ch: string }[]) => {
    let words = name.split(/\s+/)
    for (const { op, at, ch } of edits) {
      const w = at % words.length
      const word = words[w]
      const i = at % (word.length + 1)
      if (op === 'sub') words[w] = word.slice(0, i) + ch + word.slice(i + 1)
      else if (op === 'del') words[w] = word.slice(0, i) + word.slice(i + 1)
      else if (op === 'ins') words[w] = word.slice(0, i) + ch + word.slice(i)
      else if (op === 'drop' && words.length > 1) words = words.filter((_, k) => k !== w)
      else if (op === 'swap' && words.length > 1) words = [...words.slice(w + 1), ...words.slice(0, w + 1)]
      else if (op === 'join' && w + 1 < words.length) words.splice(w, 2, word + words[w + 1])
      else if (op === 'nick') words[w] = NICK[word.toLowerCase()] ?? word
    }
    return words.filter((x) => x).join(' ') || name
  }

  test('spoilt names, at several cutoffs, are bounded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(edit, { maxLength: 3 }), fc.constantFrom(0.3, 0.5, 0.7, 0.9), fc.boolean(), ({ name, schema }, edits, enough, typed) => {
        const query = typed ? { name: spoil(name, edits), schema } : { name: spoil(name, edits) }
        expect(shortfalls(boundsOf(index(), query, enough), enough)).toEqual([])
      }),
      runs
    )
  }, 120_000)
})
