import { expect, test } from 'vitest'
import { makeToken } from '../text/tokens.js'
import { tokenSimilarity } from './distance.js'
import { similarityTable } from './pair-cache.js'

const token = (text: string, id: number) => ({ ...makeToken(text), id })

test('cached similarities equal computed ones, and a new query starts empty', () => {
  const table = similarityTable(4)
  const similarity = table.next()
  expect(similarity(token('mohammed', 1), token('muhammad', 2))).toBe(tokenSimilarity('mohammed', 'muhammad'))
  expect(similarity(token('mohammed', 1), token('muhammad', 2))).toBe(tokenSimilarity('mohammed', 'muhammad'))
  // Below the alignment floor a pair reads 0: it is never aligned.
  expect(similarity(token('ivanov', 3), token('petrov', 4))).toBe(0)
  // Query words are numbered per query: the next query's same numbers may name other words.
  const next = table.next()
  expect(next).not.toBe(similarity)
  expect(next(token('petrova', 1), token('petrov', 2))).toBe(tokenSimilarity('petrova', 'petrov'))
  // Regression: a function kept past its query (a cache keyed on it) must not read the next one's pairs.
  expect(similarity(token('petrova', 1), token('petrov', 2))).toBe(tokenSimilarity('petrova', 'petrov'))
})

test('a full table answers without caching more', () => {
  const similarity = similarityTable(2).next()
  const pairs = Array.from({ length: 10 }, (_, i) => [token('mohammed', i), token('muhammad', 100 + i)] as const)
  for (const [a, b] of pairs) expect(similarity(a, b)).toBe(tokenSimilarity('mohammed', 'muhammad'))
  for (const [a, b] of pairs) expect(similarity(a, b)).toBe(tokenSimilarity('mohammed', 'muhammad'))
})
