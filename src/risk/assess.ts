import { AppError } from '../errors.js'
import { chplFactor } from './factors/chpl.js'
import { newConsigneeFactor } from './factors/consignee.js'
import { corridorFactor, type Corridors } from './factors/corridor.js'
import { descriptionFactor, HS_WORDS_SOURCE } from './factors/description.js'
import { partyFactor, type PartyScreener } from './factors/parties.js'
import { unitValueFactor } from './factors/unit-value.js'
import type { BadRow, Reason, Shipment } from './model.js'
import { isBadRow, readShipment, type ShipmentRecord } from './shipments.js'
import type { Weights } from './weights.js'

export interface AssessOptions {
  weights: Weights
  /** Screens the parties; without one (no lists loaded) parties are not screened and the answer warns. */
  screener?: PartyScreener
  corridors: Corridors
  /** Score the good rows and return the bad ones, instead of failing on the first. */
  quarantine?: boolean
  /** Where a row is, for messages: `shipments.csv:3` or `line 3`. */
  where: (line: number) => string
  /** How to ask for quarantine at this edge: "--quarantine BAD.csv" or "quarantine=true". */
  hint: string
  /** The file carries the generator's mark (chokepoint_synthetic): every answer says so. */
  synthetic?: boolean
}

/** One shipment scored: its reasons (each factor that added points, in words) and the total. */
export interface ScoredShipment {
  rank: number
  shipment_id: string
  line: number
  score: number
  review: boolean
  reasons: Reason[]
  date: string
  hs_code: string
  description: string
  shipper: string
  consignee: string
}

export interface RiskReport {
  weights_version: string
  synthetic: boolean
  weights: { name: string; file: string; review_at: number }
  counts: { shipments: number; review: number; rejected: number }
  rows: ScoredShipment[]
  rejected: BadRow[]
  provenance: {
    lists: { id: string; source: string; as_of: string }[]
    parties_screened: number
    corridors: string
    corridor_datasets: Corridors['datasets']
    new_consignee: string
    unit_value: string[]
    description: string
  }
  warnings: string[]
}

/**
 * Scores every shipment, or none: a bad row fails the whole file with one line per bad row
 * (`FILE:LINE: column COL: bad value "..." (...)`), unless `quarantine` is set; then the good rows
 * are scored and the bad ones returned with their reasons. Rows come back ranked by score.
 */
export async function assessShipments(
  records: ShipmentRecord[],
  columns: Parameters<typeof readShipment>[1],
  o: AssessOptions
): Promise<RiskReport> {
  const read = records.map((r) => readShipment(r, columns))
  const rejected = read.filter(isBadRow)
  if (rejected.length && !o.quarantine) {
    const lines = rejected.map((b) => `${o.where(b.line)}: ${b.reason}`)
    const more = rejected.length > 1 ? ` (${rejected.length} bad rows in all)` : ''
    throw new AppError(
      400,
      `${lines[0]}${more}; nothing was scored (use ${o.hint} to score the good rows)`,
      lines
    )
  }
  const rows = read.filter((x): x is Shipment => !isBadRow(x))
  const w = o.weights
  const parties = o.screener ? await partyFactor(rows, w, o.screener) : undefined
  const consignee = newConsigneeFactor(rows, w)
  const unit = unitValueFactor(rows, w)
  const factors: ((s: Shipment) => Reason | Reason[] | undefined)[] = [
    chplFactor(w),
    ...(parties ? [parties.reasons] : []),
    corridorFactor(o.corridors, w),
    consignee.reasons,
    unit.reasons,
    descriptionFactor(w),
  ]
  const scored = rows.map((s) => scoreOne(s, factors, w))
  scored.sort((a, b) => b.score - a.score || a.line - b.line)
  scored.forEach((r, i) => (r.rank = i + 1))
  return {
    weights_version: w.version,
    synthetic: !!o.synthetic,
    weights: { name: w.name, file: w.file, review_at: w.review_at },
    counts: {
      shipments: scored.length,
      review: scored.filter((r) => r.review).length,
      rejected: rejected.length,
    },
    rows: scored,
    rejected,
    provenance: {
      lists: o.screener?.against ?? [],
      parties_screened: parties?.parties ?? 0,
      corridors: o.corridors.note,
      corridor_datasets: o.corridors.datasets,
      new_consignee: consignee.note,
      unit_value: unit.notes,
      description: HS_WORDS_SOURCE,
    },
    warnings: o.screener
      ? []
      : [
          'no sanctions lists loaded: parties were not screened (load lists with chokepoint lists load)',
        ],
  }
}

function scoreOne(
  s: Shipment,
  factors: ((s: Shipment) => Reason | Reason[] | undefined)[],
  w: Weights
): ScoredShipment {
  const reasons = factors.flatMap((f) => f(s) ?? []).filter((r) => r.points > 0)
  reasons.sort((a, b) => b.points - a.points)
  const score = reasons.reduce((a, r) => a + r.points, 0)
  const party = (role: string) => s.parties.find((p) => p.role === role)?.name ?? ''
  return {
    rank: 0,
    shipment_id: s.shipment_id,
    line: s.line,
    score,
    review: score >= w.review_at,
    reasons,
    date: s.date,
    hs_code: s.hs,
    description: s.description,
    shipper: party('shipper'),
    consignee: party('consignee'),
  }
}

/** The scored rows as CSV table rows: the reasons joined, factor and points first. */
export const RISK_COLUMNS = [
  'rank',
  'shipment_id',
  'line',
  'score',
  'review',
  'factors',
  'reasons',
  'date',
  'hs_code',
  'description',
  'shipper',
  'consignee',
] as const
export function csvRows(rows: ScoredShipment[]): Record<string, unknown>[] {
  return rows.map((r) => ({
    ...r,
    review: r.review ? 'yes' : 'no',
    factors: r.reasons.map((x) => `${x.factor} +${x.points}`).join('; '),
    reasons: r.reasons.map((x) => `${x.factor}: ${x.why}`).join(' | '),
  }))
}
