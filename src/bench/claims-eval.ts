import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { score, type Label } from '../claims/eval/score.js'

// `npm run eval:claims`: precision and recall of claims extraction on the labelled sentences.
const file = new URL('../../src/claims/eval/sentences.yaml', import.meta.url)
const set = parse(readFileSync(file, 'utf8')) as { text: string; claims: Label[] }[]
const s = score(set, { year: 2024, month: 7, day: 6 })
const pct = (v: number) => `${(100 * v).toFixed(1)}%`
console.log(`sentences ${s.sentences}, labelled claims ${s.labelled}, found ${s.found}`)
console.log(`detection (figure found): precision ${pct(s.detection.precision)} (${s.detected}/${s.found}), recall ${pct(s.detection.recall)} (${s.detected}/${s.labelled})`)
console.log(`all fields right: precision ${pct(s.fields.precision)} (${s.exact}/${s.found}), recall ${pct(s.fields.recall)} (${s.exact}/${s.labelled})`)
for (const m of s.misses) console.log(`miss: ${m}`)
