import type { Baseline } from './baseline.js'
import type { DevSet } from './build.js'
import { CLASSES } from './model.js'
import { fingerprint } from './pairs-csv.js'
import { rates, type Counts, type DevScores } from './score.js'

/** The dev-set lines of the eval: per class before -> after, the first misses, all classes. */
const fmt = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3))
const pad = (s: string | number, n: number) => String(s).padStart(n)

function change(before: Counts | undefined, after: Counts): string {
  const [b, a] = [before ? rates(before) : null, rates(after)]
  return (['precision', 'recall', 'f1'] as const)
    .map((k) => `${b ? fmt(b[k]) : '    -'} → ${fmt(a[k])}`)
    .join('  ')
}

const row = (label: string, before: Counts | undefined, after: Counts, mark = '') =>
  `${(label + mark).padEnd(28)} ${pad(after.pos, 4)} ${pad(after.neg, 4)}  ${change(before, after)}  ${pad(after.fp, 4)} ${pad(after.fn, 4)}`

export function devSetLines(
  set: DevSet,
  scores: DevScores,
  baseline: Baseline | null,
  threshold: number
): string[] {
  const head = baseline
    ? `before = ${baseline.commit.slice(0, 7)} (${baseline.date.slice(0, 10)}), after = this tree`
    : 'no baseline saved (npm run eval:screening -- --save-baseline)'
  const changed = CLASSES.filter(
    (c) => baseline && baseline.classes[c]?.pairs !== fingerprint(set, c)
  )
  const lines = [
    `dev set: labelled name pairs by failure class, built from ../shared/data (OFAC SDN+ALT, non-SDN, UN, FtM sample), threshold ${threshold}; ${head}`,
    '',
    'class                         pos  neg  precision        recall           F1                  fp   fn',
    '---------------------------  ---- ----  ---------------  ---------------  ---------------   ---- ----',
    ...CLASSES.map((c) =>
      row(c, baseline?.classes[c], scores.classes[c], changed.includes(c) ? '*' : '')
    ),
    row('all classes', baseline?.overall, scores.overall, changed.length ? '*' : ''),
  ]
  if (changed.length)
    lines.push(
      `* the pairs changed since the baseline (${changed.join(', ')}): its figures are of another set; save a new one`
    )
  lines.push('', 'first misses by class (FN: should match, FP: should not; score):')
  for (const c of CLASSES) {
    const misses = scores.classes[c].misses
    lines.push(`  ${c}:${misses.length ? '' : ' none'}`)
    for (const { pair, score } of misses)
      lines.push(
        `    ${pair.match ? 'FN' : 'FP'} ${score.toFixed(2)}  ${pair.name1}  ~  ${pair.name2}  (${pair.how})`
      )
  }
  return lines
}

/** The closing line: all classes together. */
export function overallLine(scores: DevScores): string {
  const r = rates(scores.overall)
  return `dev set, all classes (${scores.overall.pos} positives, ${scores.overall.neg} negatives): precision ${fmt(r.precision)}, recall ${fmt(r.recall)}, F1 ${fmt(r.f1)}`
}
