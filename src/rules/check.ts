import { csvField } from '../csv.js'
import { AppError } from '../errors.js'
import { decideLot, type LotDecision } from './decide.js'
import { rulesInForce } from './in-force.js'
import { isBadRow, readLot, type BadRow, type LotRecord } from './lots.js'
import { STRICTNESS, type Lot, type Outcome, type RuleSet } from './model.js'
import type { LotTime } from './time.js'

export interface CheckOptions {
  /** When the actions happen: the rules in force then decide. */
  at: LotTime
  /** Decide the good rows and return the bad ones, instead of failing on the first. */
  quarantine?: boolean
  /** Where a row is, for messages: `lots.csv:3` or `lots[2]`. */
  where: (line: number) => string
  /** How to ask for quarantine at this edge: "--quarantine BAD.csv" or "quarantine=true". */
  hint: string
}

export interface CheckReport {
  rules_version: string
  at: string
  rules_in_force: number
  counts: Record<Outcome, number>
  rows: LotDecision[]
  rejected: BadRow[]
  /** What is odd but not wrong: a lot id on several rows (one lot, several actions, is legitimate). */
  warnings: string[]
}

/**
 * Decides every lot, or none: a bad row fails the whole check with one line per bad row
 * (`FILE:LINE: column COL: bad value "..." (...)`), unless `quarantine` is set; then the good
 * rows are decided and the bad ones returned with their reasons.
 */
export function checkLots(records: LotRecord[], set: RuleSet, { at, quarantine = false, where, hint }: CheckOptions): CheckReport {
  const read = records.map((r) => readLot(r, set.vocabulary))
  const rejected = read.filter(isBadRow)
  if (rejected.length && !quarantine) {
    const lines = rejected.map((b) => `${where(b.line)}: ${b.reason}`)
    const more = rejected.length > 1 ? ` (${rejected.length} bad rows in all)` : ''
    throw new AppError(400, `${lines[0]}${more}; nothing was decided (use ${hint} to decide the good rows)`, lines)
  }
  const rules = rulesInForce(set, at)
  const rows = read.filter((x): x is Lot => !isBadRow(x)).map((lot) => decideLot(lot, rules, set.vocabulary))
  const counts = Object.fromEntries(STRICTNESS.map((o) => [o, rows.filter((r) => r.decision === o).length])) as Record<Outcome, number>
  const unread = read.filter((x): x is Lot => !isBadRow(x) && !!x.unrecognised_evidence)
  const warnings = [...repeatedIds(records, where), ...unread.map((l) => `${where(l.line)}: lot ${l.lot_id}: evidence ${l.unrecognised_evidence!.map((e) => JSON.stringify(e)).join(', ')} names no kind the rules know: kept as text, not taken as evidence given`)]
  return { rules_version: set.version, at: at.text, rules_in_force: rules.length, counts, rows, rejected, warnings }
}

function repeatedIds(records: LotRecord[], where: (line: number) => string): string[] {
  const lines = new Map<string, number[]>()
  for (const r of records) {
    const id = (r.cells.lot_id ?? '').trim()
    if (id) lines.set(id, [...(lines.get(id) ?? []), r.line])
  }
  return [...lines].filter(([, l]) => l.length > 1).map(([id, l]) => `lot_id "${id}" is on ${l.length} rows (${l.map(where).join(', ')}): each row is decided on its own`)
}

/** The quarantine file: line, reason, then the row's own columns (as `ingest --quarantine` writes). */
export function quarantineCsv(header: string[], rejected: BadRow[]): string {
  const lines = [['line', 'reason', ...header].join(',')]
  for (const b of rejected) lines.push([b.line, b.reason, ...header.map((h) => b.cells[h] ?? '')].map(csvField).join(','))
  return lines.join('\n') + '\n'
}

/** The decisions as table rows: one per lot, with its deciding rule, citation and reason. */
export const DECISION_COLUMNS = ['lot_id', 'decision', 'rule', 'reason', 'condition', 'citation'] as const
