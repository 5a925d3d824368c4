import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { Analysed } from '../match/analyse.js'
import { makeToken } from '../text/tokens.js'
import { packKeys } from './keys.js'
import { best, candidateSearch, MAX_POSTING } from './search.js'

/** What `best` must return: a stable sort by score of the touched entities, the floor applied when more than `limit` were touched. */
function reference(scores: number[], limit: number): number[] {
  const max = Math.max(0, ...scores)
  const floor = scores.length > limit ? 0.2 * max : -Infinity
  return scores
    .map((s, e) => ({ s, e }))
    .filter((x) => x.s >= floor)
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map((x) => x.e)
}

test.each([
  [[3, 1, 3, 2], 2, [0, 2]],
  [[1, 5, 5, 0.5, 5], 2, [1, 2]],
  // Six touched, more than the limit: under a fifth of the best (10) is out even with room left.
  [[10, 1, 1.9, 2, 9, 2.5], 5, [0, 4, 5, 3]],
])('best(%j, limit %d) = %j', (scores, limit, expected) => {
  const acc = Float64Array.from(scores)
  const touched = Int32Array.from(scores.map((_, e) => e))
  expect(best(acc, touched, scores.length, limit, Math.max(...scores))).toEqual(expected)
})

test('best keeps the order of a stable sort by score, ties in the order first touched', () => {
  // Scores from a few values, so ties are common; entities touched in a shuffled order.
  const score = fc.constantFrom(0.5, 1, 1.5, 2, 3.25, 7, 12)
  fc.assert(
    fc.property(fc.array(score, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 30 }), fc.integer(), (scores, limit, seed) => {
      const order = scores.map((_, e) => e).sort((a, b) => ((a * 2654435761 + seed) >>> 0) % 97 - ((b * 2654435761 + seed) >>> 0) % 97 || a - b)
      const acc = Float64Array.from(scores)
      const touched = Int32Array.from(order)
      const expected = reference(order.map((e) => scores[e]), limit).map((i) => order[i])
      expect(best(acc, touched, order.length, limit, Math.max(...scores))).toEqual(expected)
    })
  )
})

test(`a key on more than ${MAX_POSTING.toLocaleString('en-US')} entities finds none, however long the list`, () => {
  const entities = 1_000_000
  const query = (text: string): Analysed => ({
    schema: 'Company',
    names: [{ raw: text, prop: 'name', literal: text, forms: [{ tokens: [{ ...makeToken(text), skel: 'qqq' }], forms: [], via: '', text }] }],
    weak: new Map(),
    countries: new Set(),
    dates: [],
    ids: new Map(),
  })
  // Under 8% of the list either way: only the absolute bound tells them apart.
  const posting = (n: number) => Array.from({ length: n }, (_, i) => i * 40)
  const table = packKeys(['tabc', 'tdef'], [posting(MAX_POSTING), posting(MAX_POSTING + 1)])
  const search = candidateSearch(table, entities)
  expect(search(query('abc'), 3)).toEqual([0, 40, 80])
  expect(search(query('def'), 3)).toEqual([])
})
