import type { DateTest, EvidenceKind, ListField, Lot, Rule } from './model.js'
import { lotMillis, showInstant, showLotTime } from './time.js'

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
  // Results first, text only for a rule that may apply: most rules miss most lots.
  const unknown: string[] = []
  const lists = listsOf(rule)
  for (const [field, values] of lists) {
    const value = lot[field]
    if (value === undefined) unknown.push(field)
    else if (!values.includes(value)) return NO
  }
  for (const t of rule.when.dates) {
    const r = dateResult(t, lot, rule.zone)
    if (r === 'unknown') unknown.push(t.field)
    else if (!r) return NO
  }
  const ev = rule.when.evidence
  if (ev?.any_of && !ev.any_of.some((k) => lot.evidence.includes(k))) return NO
  if (ev?.none_of && ev.none_of.some((k) => lot.evidence.includes(k))) return NO
  const scope = lists.filter(([f]) => lot[f] !== undefined).map(([f, values]) => `${f} ${lot[f]} is one of ${values.join(', ')}`)
  const specific = [
    ...rule.when.dates.filter((t) => dateResult(t, lot, rule.zone) === true).map((t) => describeDate(t, lot, rule.zone)),
    ...(ev?.any_of ? [`evidence includes ${ev.any_of.filter((k) => lot.evidence.includes(k)).join(', ')}`] : []),
  ]
  const matched = [...specific, ...scope, ...(ev?.none_of ? [`evidence has none of ${ev.none_of.join(', ')}`] : [])]
  return {
    status: unknown.length ? 'pending' : 'applies', matched, unknown,
    decisive: (specific.length ? specific : matched).join('; '), describeDate: (t) => describeDate(t, lot, rule.zone),
  }
}

const entries = new WeakMap<Rule, [ListField, string[]][]>()
/** A rule's list conditions as pairs, made once per rule (evaluate runs rules x lots times). */
function listsOf(rule: Rule): [ListField, string[]][] {
  let e = entries.get(rule)
  if (!e) entries.set(rule, (e = Object.entries(rule.when.lists) as [ListField, string[]][]))
  return e
}

const NO: Evaluation = { status: 'no', matched: [], unknown: [], decisive: '', describeDate: () => '' }

function dateResult(t: DateTest, lot: Lot, zone: string): Result {
  const value = lot[t.field]
  if (t.op === 'missing') return !value
  if (!value) return 'unknown'
  const at = lotMillis(value, zone)
  return t.op === 'before' ? at < t.ms! : at >= t.ms!
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
