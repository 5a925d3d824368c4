import type { DateTest, EvidenceKind, ListField, Lot, Rule } from './model.js'
import { lotInstant, showInstant, showLotTime } from './time.js'

/** How a rule's conditions met a lot: each condition is true, false, or unknown (the lot's cell is empty). */
export interface Evaluation {
  /** applies: every condition true; pending: none false, some unknown; no: some false. */
  status: 'applies' | 'pending' | 'no'
  /** Each condition that held, as text. */
  matched: string[]
  /** The fields whose cells were empty where a condition needed a value. */
  unknown: string[]
  /** The condition that decided: the date or evidence test when the rule has one, else the rule's scope. */
  decisive: string
  describeDate(t: DateTest): string
}

type Result = boolean | 'unknown'

/** Tests a rule's conditions against a lot (pure: times are instants, compared in the rule's zone). */
export function evaluate(rule: Rule, lot: Lot): Evaluation {
  const matched: string[] = []
  const specific: string[] = []
  const unknown: string[] = []
  let no = false
  const note = (result: Result, field: string, text: string, isSpecific = false) => {
    if (result === 'unknown') unknown.push(field)
    else if (!result) no = true
    else (isSpecific ? specific : matched).push(text)
  }
  for (const [field, values] of Object.entries(rule.when.lists) as [ListField, string[]][]) {
    const value = lot[field]
    note(value === undefined ? 'unknown' : values.includes(value), field, `${field} ${value} is one of ${values.join(', ')}`)
  }
  for (const t of rule.when.dates) note(dateResult(t, lot, rule.zone), t.field, describeDate(t, lot, rule.zone), true)
  const ev = rule.when.evidence
  if (ev?.any_of) note(ev.any_of.some((k) => lot.evidence.includes(k)), 'evidence', `evidence includes ${ev.any_of.filter((k) => lot.evidence.includes(k)).join(', ')}`, true)
  if (ev?.none_of) note(!ev.none_of.some((k) => lot.evidence.includes(k)), 'evidence', `evidence has none of ${ev.none_of.join(', ')}`, false)
  const status = no ? 'no' : unknown.length ? 'pending' : 'applies'
  const all = [...specific, ...matched]
  return { status, matched: all, unknown, decisive: (specific.length ? specific : matched).join('; '), describeDate: (t) => describeDate(t, lot, rule.zone) }
}

function dateResult(t: DateTest, lot: Lot, zone: string): Result {
  const value = lot[t.field]
  if (t.op === 'missing') return !value
  if (!value) return 'unknown'
  const at = lotInstant(value, zone)
  return t.op === 'before' ? at < t.at! : at >= t.at!
}

function describeDate(t: DateTest, lot: Lot, zone: string): string {
  const value = lot[t.field]
  if (t.op === 'missing') return `${t.field} not given`
  if (!value) return `${t.field} not given (needed: ${t.op.replace(/_/g, ' ')} ${showInstant(t.at!, zone)})`
  const holds = dateResult(t, lot, zone)
  const op = t.op === 'before' ? (holds ? 'is before' : 'is not before') : holds ? 'is on or after' : 'is before'
  return `${t.field} ${showLotTime(value, zone)} ${op} ${showInstant(t.at!, zone)}`
}

/** Whether a kind of evidence is there: given in the evidence column, or (`when`) read from the lot's dates. */
export function evidenceMet(kind: EvidenceKind, lot: Lot, zone: string): boolean {
  if (lot.evidence.includes(kind.id)) return true
  return !!kind.when?.length && kind.when.every((t) => dateResult(t, lot, zone) === true)
}
