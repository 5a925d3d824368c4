import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { DevSet } from './build.js'
import { CLASSES, type DevClass } from './model.js'
import { fingerprint } from './pairs-csv.js'
import type { Counts, DevScores } from './score.js'

/**
 * The "before" figures of the dev set: each class's counts at one commit of the matcher, with the
 * fingerprint of the pairs they were measured on (a changed set makes them incomparable).
 * Written by `npm run eval:screening -- --save-baseline [REF]`, committed in src/bench.
 */
export interface Baseline {
  commit: string
  date: string
  threshold: number
  regenerate: string
  classes: Record<DevClass, Counts & { pairs: string }>
  overall: Counts
}

const REPO = fileURLToPath(new URL('../../..', import.meta.url))
/** The committed file, in the sources (the eval runs from dist/, the baseline lives in src/). */
export const BASELINE_FILE = `${REPO}src/bench/screening-baseline.json`

// The lists' readers decide the pairs (fingerprinted), not how they score: a baseline may measure
// an older matcher on the pairs today's readers give (git checkout HEAD -- src/screening/loaders
// src/screening/ftm-model.ts; the FtM reader checks properties against that model, no matcher code).
const READERS = ['src/screening/loaders', 'src/screening/ftm-model.ts']
const LOADERS = READERS.join(' ')
const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim()

export function readBaseline(file = BASELINE_FILE): Baseline | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Baseline) : null
}

/**
 * Saves the figures as the baseline of commit `ref`. The matcher measured is the working tree's,
 * so src/screening, its list readers aside (LOADERS), must be that commit's; to measure an
 * older matcher, check its src/screening out first and today's readers back (the error says how).
 */
export function saveBaseline(
  set: DevSet,
  scores: DevScores,
  threshold: number,
  ref = 'HEAD',
  file = BASELINE_FILE
): Baseline {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`)
  try {
    git('diff', '--quiet', commit, '--', 'src/screening', ...READERS.map((r) => `:!${r}`))
  } catch {
    throw new Error(
      `src/screening differs from ${ref} (${commit.slice(0, 7)}) outside ${LOADERS}: the baseline must measure that commit's matcher (git checkout ${ref} -- src/screening && git checkout HEAD -- ${LOADERS}, or commit first)`
    )
  }
  const classes = Object.fromEntries(
    CLASSES.map((c) => {
      const { misses: _m, ...counts } = scores.classes[c]
      return [c, { pairs: fingerprint(set, c), ...counts }]
    })
  ) as Baseline['classes']
  const baseline: Baseline = {
    commit,
    date: git('show', '-s', '--format=%cI', commit),
    threshold,
    regenerate: 'npm run eval:screening -- --save-baseline [REF] (src/screening as at REF)',
    classes,
    overall: scores.overall,
  }
  writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n')
  return baseline
}
