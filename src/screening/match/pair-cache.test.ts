import { expect, test } from 'vitest'
import { makeToken } from '../text/tokens.js'
import { MIN_TOKEN_SIM } from './align.js'
import { nameTokenSimilarity } from './name-variants.js'
import { similarityTable } from './pair-cache.js'

const token = (text: string, id: number) => ({ ...makeToken(text), id })
// What the matcher's similarity gives a pair: exact from the alignment floor up, 0 below.
const tokenSimilarity = (a: string, b: string) => nameTokenSimilarity(a, b, MIN_TOKEN_SIM)

test('cached similarities equal computed ones, and a new query starts empty', () => {
  const table = similarityTable(4)
  const similarity = table.next()
  // Listed spellings of one name (name-variants.ts), computed then read from the table.
  expect(similarity(token('mohammed', 1), token('muhammad', 2))).toBe(0.97)
  expect(similarity(token('mohammed', 1), token('muhammad', 2))).toBe(0.97)
  expect(similarity(token('aleksandr', 5), token('alexandr', 6))).toBeCloseTo(tokenSimilarity('aleksandr', 'alexandr'), 12)
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
