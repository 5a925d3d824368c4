import type { ExtractedClaim } from '../extract.js'
import { extractClaims } from '../extract.js'
import type { Day } from '../periods.js'

/** A labelled claim: the fields extraction should fill. */
export interface Label {
  importer?: string
  exporter?: string
  partner: string
  basket: string
  period: string
  comparator: string
  figure: number | [number, number]
}

export interface Scores {
  sentences: number
  labelled: number
  found: number
  /** Found claims whose figure (and range) is a labelled one: detection. */
  detected: number
  /** Found claims whose every field equals a labelled one. */
  exact: number
  detection: { precision: number; recall: number }
  fields: { precision: number; recall: number }
  misses: string[]
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-3 * Math.max(1, Math.abs(b))
const figureOf = (c: ExtractedClaim): number | [number, number] => (c.figure_high === undefined ? c.figure : [c.figure, c.figure_high])
const sameFigure = (a: number | [number, number], b: number | [number, number]) =>
  Array.isArray(a) ? Array.isArray(b) && near(a[0], b[0]) && near(a[1], b[1]) : !Array.isArray(b) && near(a, b)

function sameFields(c: ExtractedClaim, l: Label): boolean {
  const side = l.exporter ? c.exporter === l.exporter : c.importer === l.importer
  return side && c.partner === l.partner && c.basket === l.basket && c.period === l.period && c.comparator === l.comparator && sameFigure(figureOf(c), l.figure)
}

/** Extraction run over labelled sentences: precision and recall of claims found, by figure and by every field. */
export function score(set: { text: string; claims: Label[] }[], date: Day): Scores {
  let labelled = 0
  let found = 0
  let detected = 0
  let exact = 0
  const misses: string[] = []
  for (const s of set) {
    const got = extractClaims(s.text, { date })
    labelled += s.claims.length
    found += got.length
    for (const c of got) {
      if (s.claims.some((l) => sameFigure(figureOf(c), l.figure))) detected++
      if (s.claims.some((l) => sameFields(c, l))) exact++
      else misses.push(`${s.text} -> ${JSON.stringify({ importer: c.importer, exporter: c.exporter, partner: c.partner, basket: c.basket, period: c.period, comparator: c.comparator, figure: figureOf(c) })}`)
    }
    for (const l of s.claims) if (!got.some((c) => sameFigure(figureOf(c), l.figure))) misses.push(`${s.text} -> not found: ${JSON.stringify(l)}`)
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1)
  return {
    sentences: set.length, labelled, found, detected, exact,
    detection: { precision: ratio(detected, found), recall: ratio(detected, labelled) },
    fields: { precision: ratio(exact, found), recall: ratio(exact, labelled) },
    misses,
  }
}
