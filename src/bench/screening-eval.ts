import { buildIndex } from '../screening/index/candidates.js'
import { DEFAULT_THRESHOLD } from '../screening/match/algorithm.js'
import { literalName } from '../screening/match/analyse.js'
import { scorePair } from '../screening/pairs.js'
import { screenIndex } from '../screening/screen.js'
import { readBaseline, saveBaseline } from './devset/baseline.js'
import { writePairs } from './devset/pairs-csv.js'
import { devSetLines, overallLine } from './devset/report.js'
import { scoreDevSet } from './devset/score.js'
import { csvObjects, DATA, devSet, listItems, people, requireData, type BenchPerson } from './screening-data.js'

// Recall, false positives and agreement with OFAC's tool, at the one default threshold; then the
// dev set of labelled pairs by failure class, before (the saved baseline) and after (this tree).
// Flags: --save-baseline [REF] records this tree's dev-set figures as REF's; --write-pairs DIR
// writes each class as a pairs CSV for `chokepoint screen --pairs`.
const flags = evalFlags(process.argv.slice(2))
requireData()
const threshold = DEFAULT_THRESHOLD
const { un, ofac } = listItems()
const unIndex = buildIndex(un.map((entity) => ({ entity, version: 'un' })))
const allIndex = buildIndex([...ofac, ...un].map((entity) => ({ entity, version: 'x' })))
const none = new Map()

const unByName = new Map<string, string>()
for (const e of un) for (const n of [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]) unByName.set(literalName(n), e.id)

function recall(useQualifiers: boolean) {
  const plain = people('positives_un_untreated.csv')
  const treated = people('positives_un_treated.csv')
  let hit = 0
  let known = 0
  const misses: string[] = []
  treated.forEach((p, i) => {
    const truth = unByName.get(literalName(plain[i].name))
    if (truth) known++
    const q = { name: p.name, schema: 'Person', ...(useQualifiers ? { birthDate: p.birthDate, country: p.country } : {}) }
    const r = screenIndex(unIndex, none, q, { threshold })
    const ok = r.hits.some((h) => h.match && (!truth || h.entity.id === truth))
    if (ok) hit++
    else if (misses.length < 8) misses.push(p.name)
  })
  return { n: treated.length, known, recall: hit / treated.length, misses }
}

function falsePositives(list: BenchPerson[]) {
  let fp = 0
  const examples: string[] = []
  for (const p of list) {
    const r = screenIndex(allIndex, none, { name: p.name, schema: 'Person', birthDate: p.birthDate, country: p.country }, { threshold, limit: 1 })
    if (r.hits[0]?.match) {
      fp++
      if (examples.length < 5) examples.push(`${p.name} -> ${r.hits[0].entity.caption} ${r.hits[0].score}`)
    }
  }
  return { n: list.length, fp, rate: fp / list.length, examples }
}

function spearman(a: number[], b: number[]): number {
  const rank = (xs: number[]) => {
    const idx = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0])
    const r = new Array<number>(xs.length)
    for (let i = 0; i < idx.length; ) {
      let j = i
      while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++
      for (let k = i; k <= j; k++) r[idx[k][1]] = (i + j) / 2
      i = j + 1
    }
    return r
  }
  const ra = rank(a)
  const rb = rank(b)
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
  const ma = mean(ra)
  const mb = mean(rb)
  let num = 0
  let da = 0
  let db = 0
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb)
    da += (ra[i] - ma) ** 2
    db += (rb[i] - mb) ** 2
  }
  return num / Math.sqrt(da * db)
}

function ofacAgreement() {
  const rows = csvObjects(`${DATA}/opensanctions-ofac-tool-scores/ofac_fixtures.csv`)
  const ours = rows.map((r) => scorePair(r.result_name.includes(',') ? 'Person' : 'LegalEntity', r.query_name, r.result_name, threshold).score)
  const theirs = rows.map((r) => Number(r.ofac_score))
  let agree = 0
  rows.forEach((_, i) => (agree += Number(ours[i] >= threshold) === Number(theirs[i] >= 95) ? 1 : 0))
  const full = theirs.filter((s) => s === 100).length
  const oursFull = ours.filter((s) => s >= 0.995).length
  return { n: rows.length, rho: spearman(ours, theirs), agree: agree / rows.length, full, oursFull, distinctOurs: new Set(ours.map((s) => s.toFixed(2))).size, distinctTheirs: new Set(theirs).size }
}

function evalFlags(argv: string[]): { save?: string; pairsDir?: string } {
  const out: { save?: string; pairsDir?: string } = {}
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--save-baseline') out.save = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'HEAD'
    else if (argv[i] === '--write-pairs' && argv[i + 1]) out.pairsDir = argv[++i]
    else throw new Error(`unknown argument: "${argv[i]}" (expected --save-baseline [REF], --write-pairs DIR)`)
  }
  return out
}

const t0 = performance.now()
const r1 = recall(true)
const r0 = recall(false)
const congress = falsePositives(people('positives_us_congress_untreated.csv'))
const synthetic = falsePositives(people('synthetic-negatives/negatives_global_1000.csv'))
const both = { n: congress.n + synthetic.n, fp: congress.fp + synthetic.fp }
const agree = ofacAgreement()
const pct = (x: number) => `${(100 * x).toFixed(2)}%`
const lines = [
  `screening eval at the default threshold ${threshold} (lists: OFAC SDN 2024-05-03 ${ofac.length} entities, UN ${un.length} entities)`,
  '',
  'measure                                             n      result   target',
  '--------------------------------------------------  -----  -------  --------',
  `recall, perturbed UN names vs UN (name+DOB+nat.)   ${String(r1.n).padStart(5)}  ${pct(r1.recall).padStart(7)}  >= 95%`,
  `recall, perturbed UN names vs UN (name only)       ${String(r0.n).padStart(5)}  ${pct(r0.recall).padStart(7)}  >= 95%`,
  `false positives, US Congress vs OFAC+UN            ${String(congress.n).padStart(5)}  ${pct(congress.rate).padStart(7)}  <= 1%`,
  `false positives, synthetic negatives vs OFAC+UN    ${String(synthetic.n).padStart(5)}  ${pct(synthetic.rate).padStart(7)}  <= 1%`,
  `false positives, both                              ${String(both.n).padStart(5)}  ${pct(both.fp / both.n).padStart(7)}  <= 1%`,
  `OFAC tool pairs: Spearman rho of scores            ${String(agree.n).padStart(5)}  ${agree.rho.toFixed(3).padStart(7)}`,
  `OFAC tool pairs: agreement (ours>=${threshold} vs OFAC>=95)  ${String(agree.n).padStart(5)}  ${pct(agree.agree).padStart(7)}`,
  `OFAC tool pairs: scores of 100 (OFAC) / >=0.995 (ours) ${agree.full} / ${agree.oursFull}; distinct values ${agree.distinctTheirs} / ${agree.distinctOurs}`,
  '',
  `truth resolved for ${r1.known} of ${r1.n} UN positives (others count any match); ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  `missed (first): ${r1.misses.join(' | ')}`,
  `false positives (first): ${[...congress.examples, ...synthetic.examples].join(' | ')}`,
]

const t1 = performance.now()
const set = devSet()
const t2 = performance.now()
const scores = scoreDevSet(set, threshold)
const t3 = performance.now()
if (flags.save) {
  const saved = saveBaseline(set, scores, threshold, flags.save)
  lines.push('', `baseline saved for ${saved.commit.slice(0, 7)} (${saved.date}) in src/bench/screening-baseline.json`)
}
if (flags.pairsDir) lines.push('', `pairs written: ${writePairs(set, flags.pairsDir).join(', ')}`)
lines.push('', ...devSetLines(set, scores, readBaseline(), threshold))
lines.push('', `dev set built in ${((t2 - t1) / 1000).toFixed(1)} s, scored in ${((t3 - t2) / 1000).toFixed(1)} s; whole eval ${((t3 - t0) / 1000).toFixed(1)} s`)
lines.push(overallLine(scores))
process.stdout.write(lines.join('\n') + '\n')
