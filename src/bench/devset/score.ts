import { scorePair } from '../../screening/pairs.js'
import type { DevSet } from './build.js'
import { CLASSES, type DevClass, type DevPair } from './model.js'

/** Counts of one class (or of all) at one threshold. */
export interface Counts {
  pos: number
  neg: number
  tp: number
  fp: number
  fn: number
}

export interface Miss {
  pair: DevPair
  score: number
}

export interface DevScores {
  classes: Record<DevClass, Counts & { misses: Miss[] }>
  overall: Counts
}

/** Misses kept per class for the report. */
const MISSES = 5

/** Every pair scored by `scorePair`, the path of `chokepoint screen --pairs`. */
export function scoreDevSet(set: DevSet, threshold: number): DevScores {
  const overall: Counts = { pos: 0, neg: 0, tp: 0, fp: 0, fn: 0 }
  const classes = {} as DevScores['classes']
  for (const c of CLASSES) {
    const k = { pos: 0, neg: 0, tp: 0, fp: 0, fn: 0, misses: [] as Miss[] }
    for (const pair of set[c]) {
      const m = scorePair(pair.schema, pair.name1, pair.name2, threshold)
      if (pair.match) k.pos++
      else k.neg++
      if (pair.match && m.match) k.tp++
      else if (pair.match) k.fn++
      else if (m.match) k.fp++
      if (pair.match !== m.match && k.misses.length < MISSES)
        k.misses.push({ pair, score: m.score })
    }
    for (const key of ['pos', 'neg', 'tp', 'fp', 'fn'] as const) overall[key] += k[key]
    classes[c] = k
  }
  return { classes, overall }
}

/** Precision, recall and F1 (2tp / (2tp + fp + fn)); null where undefined (nothing to divide). */
export function rates(k: Counts): {
  precision: number | null
  recall: number | null
  f1: number | null
} {
  const div = (a: number, b: number) => (b ? a / b : null)
  return {
    precision: div(k.tp, k.tp + k.fp),
    recall: div(k.tp, k.pos),
    f1: div(2 * k.tp, 2 * k.tp + k.fp + k.fn),
  }
}
