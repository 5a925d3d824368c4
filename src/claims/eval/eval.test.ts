import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, test } from 'vitest'
import { score, type Label } from './score.js'

const set = parse(readFileSync(new URL('./sentences.yaml', import.meta.url), 'utf8')) as { text: string; claims: Label[] }[]

describe('claims extraction on the labelled sentences', () => {
  test('precision and recall are printed (and stay above a floor)', () => {
    const s = score(set, { year: 2024, month: 7, day: 6 })
    const pct = (v: number) => `${(100 * v).toFixed(1)}%`
    console.log(`claims extraction: ${s.sentences} sentences, ${s.labelled} labelled claims, ${s.found} found; detection precision ${pct(s.detection.precision)} recall ${pct(s.detection.recall)}; all fields precision ${pct(s.fields.precision)} recall ${pct(s.fields.recall)}`)
    for (const m of s.misses) console.log(`  miss: ${m}`)
    expect(s.sentences).toBeGreaterThanOrEqual(40)
    expect(s.detection.precision).toBeGreaterThanOrEqual(0.8)
    expect(s.fields.recall).toBeGreaterThanOrEqual(0.6)
  })
})
