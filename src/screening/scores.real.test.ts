import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { sharedData } from '../test-support/files.js'
import { buildIndex } from './index/candidates.js'
import { loadOfacCsv } from './loaders/ofac.js'
import { parseCsv } from './loaders/read.js'
import { loadUnXml } from './loaders/un.js'
import type { Query } from './match/analyse.js'
import type { Entity } from './model.js'
import { explain, screenIndex } from './screen.js'

// Speed work must not move a score: about a thousand queries against OFAC SDN 2024-05 + UN,
// compared with the answers recorded in fixtures/scores-sample.json (entity, score, and a hash
// of the explanation for every hit down to 0.3). The file was written by the code before the
// throughput work; a deliberate change to the matcher rewrites it with
//   UPDATE_SCORE_SAMPLE=1 npx vitest run src/screening/scores.real.test.ts
// and the diff of that file shows which answers moved.
const SAMPLE = new URL('./fixtures/scores-sample.json', import.meta.url).pathname
const sdn = sharedData('ofac-sdn-2024-05/sdn_2024-05-03.csv')
const un = sharedData('un-consolidated-xml/UN_consolidated.xml')
const bench = sharedData('opensanctions-candidate-bench')

function people(file: string, every: number, schema = 'Person'): Query[] {
  const rows = parseCsv(readFileSync(`${bench.path}/${file}`, 'utf8'), file)
  const col = (n: string) => rows[0].indexOf(n)
  return rows.slice(1).filter((_, i) => i % every === 0).map((r) => ({
    name: r[col('full_name')], schema, birthDate: r[col('date_of_birth')] || undefined, country: r[col('nationality')] || undefined,
  }))
}

/** A fixed sample: people with dates and countries, organisations misspelt, names in other scripts. */
function sampleQueries(entities: Entity[]): Query[] {
  const orgs = entities.filter((e) => e.schema === 'Organization' || e.schema === 'Company').filter((_, i) => i % 40 === 0)
  const scripts = entities.flatMap((e) => [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]).filter((n) => /[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(n)).filter((_, i) => i % 2 === 0)
  return [
    ...people('positives_un_treated.csv', 2),
    ...people('positives_us_congress_untreated.csv', 6),
    ...people('synthetic-negatives/negatives_global_1000.csv', 5),
    ...orgs.map((e) => ({ name: e.caption.replace(/[AEIO]/, 'U'), schema: 'Organization' })),
    ...scripts.map((name) => ({ name })),
    { name: 'Путин Владимир Владимирович', schema: 'Person', birthDate: '1952-10-07' },
    { name: 'ООО Ромашка', schema: 'Company', country: 'ru' },
    { name: '深圳市大疆创新科技有限公司', schema: 'Company' },
    { name: 'Rosoboronexport OAO', id: '1117746521452' },
  ]
}

const answers = (entities: Entity[]) => {
  const index = buildIndex(entities.map((entity) => ({ entity, version: 'sample' })))
  return sampleQueries(entities).map((q) => ({
    q: q.name,
    hits: screenIndex(index, new Map(), q, { cutoff: 0.3, limit: 5 }).hits.map((h) => `${h.entity.id} ${h.score} ${createHash('sha256').update(explain(h)).digest('hex').slice(0, 10)}`),
  }))
}

describe.skipIf(!sdn.present || !un.present || !bench.present)('scores on a fixed sample', () => {
  test('every hit, score and explanation is as recorded', () => {
    const entities = [...loadOfacCsv([sdn.path]).entities, ...loadUnXml([un.path]).entities]
    const got = answers(entities)
    if (process.env.UPDATE_SCORE_SAMPLE) writeFileSync(SAMPLE, JSON.stringify(got, null, 0).replace(/\},\{/g, '},\n{') + '\n')
    const recorded = JSON.parse(readFileSync(SAMPLE, 'utf8')) as typeof got
    expect(got.length).toBe(recorded.length)
    const moved = got.filter((a, i) => JSON.stringify(a) !== JSON.stringify(recorded[i]))
    expect(moved.slice(0, 5)).toEqual([])
    expect(got.filter((a) => a.hits.length).length).toBeGreaterThan(500)
  }, 120_000)
})
