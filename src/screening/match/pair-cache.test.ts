import { expect, test } from 'vitest'
import { makeToken } from '../text/tokens.js'
import { MIN_TOKEN_SIM } from './align.js'
import { nameTokenSimilarity } from './name-variants.js'
import { knownPairs, similarityTable } from './pair-cache.js'

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

test('pairs of list words are kept from query to query; query words are not', () => {
  const table = similarityTable(4)
  // Two-slot known table: list words are numbered below 10.
  const known = knownPairs(10, 1)
  const first = table.next(known)
  expect(first(token('mohammed', 1), token('muhammad', 2))).toBe(0.97)
  expect([...known.a].sort()).toContain(1)
  // The next query reads the pair from the known table, whatever its own numbering of other words.
  const second = table.next(known)
  expect(second(token('mohammed', 1), token('muhammad', 2))).toBe(0.97)
  expect(second(token('petrova', 11), token('petrov', 3))).toBe(tokenSimilarity('petrova', 'petrov'))
  expect([...known.a]).not.toContain(11)
  // More pairs than slots: each is computed again when its slot was taken, never misread.
  const pairs = [['ivanov', 'ivanova'], ['aleksandr', 'alexandr'], ['hussein', 'husayn'], ['smith', 'smyth']] as const
  for (let round = 0; round < 2; round++)
    pairs.forEach(([x, y], i) => expect(second(token(x, 2 * i), token(y, 2 * i + 1))).toBe(tokenSimilarity(x, y)))
})
