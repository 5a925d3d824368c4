import type { ScoredShipment } from './assess.js'

/** How well a ranking finds planted risky shipments: per kind, and the clean rows flagged. */
export interface PlantedFigures {
  planted: number
  clean: number
  /** kind -> planted rows of that kind, how many at or above review_at, how many in the top k (k = planted rows) */
  kinds: Record<string, { planted: number; flagged: number; top_k: number }>
  recall: number
  recall_top_k: number
  false_positives: number
  false_positive_rate: number
}

/**
 * Recall of the planted rows (at or above the review threshold, and within the top k where k
 * is the number planted) and the false-positive rate on the clean rows (flagged for review).
 * `truth` is the generator's list of planted shipment ids and kinds.
 */
export function plantedFigures(rows: ScoredShipment[], truth: Map<string, string>): PlantedFigures {
  const k = rows.filter((r) => truth.has(r.shipment_id)).length
  const kinds: PlantedFigures['kinds'] = {}
  let fp = 0
  for (const r of rows) {
    const kind = truth.get(r.shipment_id)
    if (!kind) {
      if (r.review) fp++
      continue
    }
    const c = (kinds[kind] ??= { planted: 0, flagged: 0, top_k: 0 })
    c.planted++
    if (r.review) c.flagged++
    if (r.rank <= k) c.top_k++
  }
  const sum = (f: 'flagged' | 'top_k') => Object.values(kinds).reduce((a, c) => a + c[f], 0)
  const clean = rows.length - k
  return {
    planted: k,
    clean,
    kinds,
    recall: k ? sum('flagged') / k : 0,
    recall_top_k: k ? sum('top_k') / k : 0,
    false_positives: fp,
    false_positive_rate: clean ? fp / clean : 0,
  }
}

/** The figures as lines of text for a report or a bench. */
export function describeFigures(f: PlantedFigures, reviewAt: number): string[] {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`
  return [
    `planted ${f.planted}, clean ${f.clean}`,
    ...Object.entries(f.kinds)
      .sort()
      .map(
        ([kind, c]) =>
          `  ${kind}: ${c.flagged}/${c.planted} at or above ${reviewAt}, ${c.top_k}/${c.planted} in the top ${f.planted}`
      ),
    `recall: ${pct(f.recall)} at or above ${reviewAt} points, ${pct(f.recall_top_k)} in the top ${f.planted}`,
    `false positives: ${f.false_positives} of ${f.clean} clean rows at or above ${reviewAt} (${pct(f.false_positive_rate)})`,
  ]
}
