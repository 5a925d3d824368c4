import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { AppError } from '../errors.js'
import { sharedData, tempDir, writeFixture } from '../test-support/files.js'
import { FORMATS, type ListFormat } from './loaders/index.js'
import { analyseName } from './text/names.js'

// Property tests of name normalisation and the list loaders: random Unicode, random bytes,
// truncations of the real files. Nothing throws an untyped error; invisible characters change
// nothing; every analysed token is plain lowercase ASCII.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 200) }
const SCHEMAS = ['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel']

describe('analyseName', () => {
  test('any Unicode text gives ASCII tokens and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...SCHEMAS), (raw, schema) => {
        for (const form of analyseName(raw, schema)) {
          for (const t of form.tokens) expect(t.text).toMatch(/^[a-z0-9]+$/)
        }
      }),
      runs
    )
  })

  test('format characters (zero-width, soft hyphen, BOM) inserted anywhere change nothing', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff')
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    fc.assert(
      fc.property(name, fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 5 }), fc.constantFrom(...SCHEMAS), (raw, inserts, schema) => {
        // Inserted between code points: splitting a surrogate pair would make another string.
        const chars = Array.from(raw)
        for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch)
        const spoiled = chars.join('')
        const texts = (s: string) => analyseName(s, schema).map((f) => f.text)
        expect(texts(spoiled)).toEqual(texts(raw.replace(/\p{Cf}/gu, '')))
      }),
      runs
    )
  })
})

/** A loader's answer: entities, or a user error; anything else fails the property. */
function load(format: ListFormat, file: string): number {
  try {
    return FORMATS[format].load([file]).entities.length
  } catch (err) {
    if (!(err instanceof AppError)) throw new Error(`untyped error from ${format}: ${(err as Error).stack}`)
    return -1
  }
}

const REAL: [ListFormat, string][] = [
  ['ofac-csv', 'ofac-sdn-2021-07/sdn.csv'],
  ['un-xml', 'un-consolidated-xml/UN_consolidated.xml'],
  ['bis-dpl', 'bis-dpl/dpl.txt'],
  ['ftm', 'opensanctions-ftm-sample/zala_aero_cluster.ftm.json'],
]

describe('list loaders', () => {
  const dir = tempDir('chokepoint-list-props-')
  let n = 0
  const write = (bytes: Uint8Array | string) => writeFixture(dir, `l${n++}.txt`, typeof bytes === 'string' ? bytes : Buffer.from(bytes))

  test.each(Object.keys(FORMATS) as ListFormat[])('%s: random bytes give entities or a user error', (format) => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void load(format, write(bytes))), { numRuns: 60 })
  })

  test.each(REAL)('%s: truncations of the real %s give entities or a user error', (format, path) => {
    const real = sharedData(path)
    if (!real.present) return
    const text = readFileSync(real.path, 'latin1')
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), (cut) => void load(format, write(Buffer.from(text.slice(0, cut), 'latin1')))), { numRuns: 15 })
  })
})
