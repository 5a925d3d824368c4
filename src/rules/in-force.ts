import { DateTime } from 'luxon'
import { badInput } from '../errors.js'
import { citationText, type Rule, type RuleSet } from './model.js'
import { LOT_TIME_EXPECTED, parseLotTime, showInstant, utc, type LotTime } from './time.js'
import { describe } from './vocabulary.js'

/** A user's `--at` / `on=` value: a date, or a date-time with Z or an offset. */
export function parseMoment(raw: string, name: string): LotTime {
  const t = parseLotTime(raw)
  if (typeof t === 'string') throw badInput(`invalid ${name}: ${JSON.stringify(raw)} (${t}; expected ${LOT_TIME_EXPECTED})`)
  return t
}

/** The moment the clock shows, as a LotTime (read at the edge and passed in: the rules code reads no clock). */
export function momentOf(date: Date): LotTime {
  const instant = DateTime.fromJSDate(date).toUTC()
  return { text: utc(instant), instant }
}

/**
 * Whether a rule is in force at an instant, or at any time on a date (a date is the whole day
 * in the rule's own zone: the UK licence, from 23:59 on 12 April London time, is in force on 12 April).
 */
export function inForce(rule: Rule, on: LotTime): boolean {
  if (on.instant) return rule.effective <= on.instant && (!rule.until || on.instant < rule.until)
  const start = DateTime.fromISO(on.date!, { zone: rule.zone }).startOf('day')
  return rule.effective < start.plus({ days: 1 }) && (!rule.until || rule.until > start)
}

export function rulesInForce(set: RuleSet, on: LotTime): Rule[] {
  return set.rules.filter((r) => inForce(r, on))
}

/** A rule as the API and `metals rules` list it: every field a person needs to check it against its source. */
export function ruleSummary(r: Rule, set: RuleSet) {
  const when = [
    ...Object.entries(r.when.lists).map(([f, values]) => `${f} in (${values.join(', ')})`),
    ...r.when.dates.map((d) => (d.op === 'missing' ? `${d.field} not given` : `${d.field} ${d.op.replace(/_/g, ' ')} ${showInstant(d.at!, r.zone)}`)),
    ...(r.when.evidence?.any_of ? [`evidence any of (${r.when.evidence.any_of.join(', ')})`] : []),
    ...(r.when.evidence?.none_of ? [`evidence none of (${r.when.evidence.none_of.join(', ')})`] : []),
  ]
  return {
    id: r.id,
    measure: r.measure,
    jurisdiction: r.jurisdiction,
    instrument: r.instrument,
    citation: citationText(r),
    url: r.citation.url,
    effective: showInstant(r.effective, r.zone),
    effective_utc: utc(r.effective),
    until: r.until ? showInstant(r.until, r.zone) : null,
    outcome: r.outcome,
    when: when.join('; '),
    reason: r.reason,
    evidence: r.evidence.map((k) => ({ id: k.id, description: describe(set.vocabulary, 'evidence', k.id) })),
    obligations: r.obligations,
    uncertain: [r.citation.uncertain, r.uncertain].filter(Boolean).join('; ') || null,
  }
}

export type RuleSummary = ReturnType<typeof ruleSummary>
