import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { sharedData } from '../../test-support/files.js'
import { parseCsv } from '../loaders/read.js'
import { analyseName } from '../text/names.js'
import { MIN_TOKEN_SIM, SIMILARITY_FLOOR } from './align.js'
import { NEAR_SPELLING_SIM } from './differs.js'
import { gapBound, tokenSimilarity, weightedDistance } from './distance.js'

// The bounds that make screening fast (unshared letters, the distance table cut short) must
// never change a similarity the matcher uses: at or above the floor it is exact, below it is 0.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 2000) }
// Names after analysis: lowercase ASCII letters and digits, with the letters that cost least.
const token = fc.string({ unit: fc.constantFrom(...'aaeeiouyhhllmmnrstkcszvwjdtbpqgx1'), minLength: 1, maxLength: 14 })

// A token and a near variant of it (up to three letters changed, dropped, added or swapped):
// pairs of unrelated tokens alone would seldom reach a floor.
const letter = fc.constantFrom(...'aeiouyhlmnrstkcszvwjdtbpqgx')
const edit = fc.record({ op: fc.constantFrom('sub', 'del', 'ins', 'swap'), at: fc.nat(), ch: letter })
const near = fc.tuple(token, fc.array(edit, { maxLength: 3 })).map(([a, edits]) => {
  let b = a
  for (const { op, at, ch } of edits) {
    const i = at % (b.length + 1)
    if (op === 'sub') b = b.slice(0, i) + ch + b.slice(i + 1)
    else if (op === 'del') b = b.slice(0, i) + b.slice(i + 1)
    else if (op === 'ins') b = b.slice(0, i) + ch + b.slice(i)
    else b = b.slice(0, i) + b.slice(i + 1, i + 2) + b.slice(i, i + 1) + b.slice(i + 2)
  }
  return [a, b || a] as const
})
const pair = fc.oneof(fc.tuple(token, token), near)

test('with a floor, a similarity is the exact one when it reaches the floor, else 0', () => {
  fc.assert(
    fc.property(pair, fc.constantFrom(0.5, 0.7, 0.876, 0.95), ([a, b], floor) => {
      const exact = tokenSimilarity(a, b)
      expect(tokenSimilarity(a, b, floor)).toBe(exact >= floor ? exact : 0)
    }),
    runs
  )
})

test('a distance cut short at a maximum is exact within it and above it otherwise', () => {
  fc.assert(
    fc.property(pair, fc.double({ min: 0, max: 6, noNaN: true }), ([a, b], max) => {
      const exact = weightedDistance(a, b)
      const cut = weightedDistance(a, b, max)
      if (exact <= max) expect(cut).toBe(exact)
      else expect(cut).toBeGreaterThan(max)
    }),
    runs
  )
})

// The unshared-letters bound rules pairs out before the distance table: it must never exceed
// the distance (else a pair within reach would read as 0).
test('the bound of unshared letters never exceeds the distance', () => {
  fc.assert(
    fc.property(pair, ([a, b]) => {
      const d = weightedDistance(a, b)
      expect(gapBound(a, b)).toBeLessThanOrEqual(d + 1e-9)
      // Cut short at a maximum, it is still a lower bound (the first pricing found above it).
      expect(gapBound(a, b, d / 2)).toBeLessThanOrEqual(d + 1e-9)
    }),
    runs
  )
})

test.each([
  ['xzz', 'zz', 0.9], // x to z (look-alikes), then a doubled z dropped
  ['ivanov', 'petrov', 3.3], // distance 4
  ['aaa', 'e', 1.1], // a vowel swap, two doubled vowels dropped
  ['abc', 'abc', 0],
])('the bound of unshared letters of %s and %s is %s, and the distance no less', (a, b, bound) => {
  expect(gapBound(a, b)).toBeCloseTo(bound, 9)
  expect(weightedDistance(a, b)).toBeGreaterThanOrEqual(bound - 1e-9)
})

const sdn = sharedData('ofac-sdn-2024-05/sdn_2024-05-03.csv')
describe.skipIf(!sdn.present)('on the words of real names', () => {
  test('the bound of unshared letters never exceeds the distance', () => {
    const rows = parseCsv(readFileSync(sdn.path, 'utf8'), sdn.path)
    const words = [...new Set(rows.filter((_, i) => i % 7 === 0).flatMap((r) => analyseName(r[1] ?? '').flatMap((f) => f.tokens.map((t) => t.text))))]
    // A fixed walk through the pairs (a linear congruential sequence): every word against others, near and far.
    let seed = 1
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % words.length
    let checked = 0
    for (let k = 0; k < 200_000; k++) {
      const a = words[next()]
      const b = words[next()]
      const bound = gapBound(a, b)
      const d = weightedDistance(a, b)
      if (bound > d + 1e-9) expect({ a, b, bound }).toEqual({ a, b, bound: d })
      checked++
    }
    expect(words.length).toBeGreaterThan(3000)
    expect(checked).toBe(200_000)
  }, 60_000)
})

test.each([
  ['mohammed', 'muhammad', 0.7, 0.875],
  ['zakharov', 'sychugov', 0.7, 0],
  ['ivanov', 'petrov', 0.7, 0],
  ['abdulrahman', 'abdurrahman', 0.876, 0.909],
])('tokenSimilarity(%s, %s, floor %s) ~ %s', (a, b, floor, sim) => expect(tokenSimilarity(a, b, floor)).toBeCloseTo(sim, 3))

// The floor is safe only while no feature reads a similarity below it: the aligner's threshold
// and the spelling rule of differs.ts. A feature that reads lower must lower the floor first.
test('the similarity floor is at or below every threshold a feature reads', () => {
  expect(SIMILARITY_FLOOR).toBe(0.6)
  expect(SIMILARITY_FLOOR).toBeLessThanOrEqual(MIN_TOKEN_SIM)
  expect(SIMILARITY_FLOOR).toBeLessThanOrEqual(NEAR_SPELLING_SIM)
})
