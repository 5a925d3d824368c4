import { checkLots } from '../check.js'
import type { LotDecision } from '../decide.js'
import { parseMoment } from '../in-force.js'
import { loadRules } from '../load.js'
import { LOT_COLUMNS, type LotRecord } from '../lots.js'
import type { RuleSet } from '../model.js'

/** The built-in rules, loaded once per test file. */
export const RULES: RuleSet = loadRules()

/** A moment when every built-in rule is in force. */
export const AFTER = parseMoment('2025-01-15', 'at')

export type LotCells = Partial<Record<(typeof LOT_COLUMNS)[number], string>>

/** A Russian aluminium lot produced well before the cutoff; tests override what they are about. */
export const BASE: LotCells = { lot_id: 'L1', metal: 'aluminium', origin_country: 'RU', producer: 'Rusal', production_date: '2024-03-01', warrant_issue_date: '', exchange: 'LME', actor_jurisdiction: 'GB', action: 'acquire', evidence: '' }

export function records(...lots: LotCells[]): LotRecord[] {
  return lots.map((l, i) => ({ line: i + 2, cells: Object.fromEntries(LOT_COLUMNS.map((c) => [c, { ...BASE, lot_id: `L${i + 1}`, ...l }[c] ?? ''])) }))
}

/** One lot decided against the built-in rules (or `set`), all of them in force. */
export function decide(lot: LotCells, set: RuleSet = RULES): LotDecision {
  const report = checkLots(records(lot), set, { at: AFTER, where: (l) => `lots.csv:${l}`, hint: '--quarantine BAD.csv' })
  return report.rows[0]
}

/** Rule id -> decision, for every rule that spoke. */
export function byRule(d: LotDecision): Record<string, string> {
  return Object.fromEntries(d.decisions.map((x) => [x.rule ?? '(vocabulary)', x.decision]))
}
