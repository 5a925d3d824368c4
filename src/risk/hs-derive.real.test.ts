import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { sharedData } from '../test-support/files.js'
import { deriveHsWords, HS_WORDS } from './hs-derive.js'

const hs = sharedData('hs-nomenclature-hs2022/harmonized-system.csv')

describe.skipIf(!hs.present)('the HS vocabulary', () => {
  test('hs-words.json is what the nomenclature and words.ts give today (else: npm run hs:derive)', () => {
    expect(deriveHsWords(hs.path) === readFileSync(HS_WORDS, 'utf8')).toBe(true)
  })
})
