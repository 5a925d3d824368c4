import type { DateTime } from 'luxon'
import { findCountry } from '../trade/countries/resolve.js'
import type { Conditions, DateField, DateTest, EvidenceKind, ListField, Rule, Vocabulary } from './model.js'
import { DATE_FIELDS, LIST_FIELDS, type MeasureInput, type RuleInput, type WhenInput } from './schema.js'
import { isZone, ruleInstant } from './time.js'
import { lookup, unknownName, type Issue } from './vocabulary.js'

type Path = (string | number)[]

/** Turns a checked file's measures into rules: names to canonical ids, times to instants. Problems go to `issues`. */
export function compileMeasures(measures: MeasureInput[], v: Vocabulary, file: string, issues: Issue[]): Rule[] {
  const rules: Rule[] = []
  for (const [m, measure] of measures.entries()) {
    const at = (p: Path) => ['measures', m, ...p]
    const bad = (p: Path, reason: string) => void issues.push({ file, path: at(p), reason })
    const { zone } = measure.effective
    if (!isZone(zone)) {
      bad(['effective', 'zone'], `unknown time zone "${zone}" (expected an IANA name such as Europe/London)`)
      continue
    }
    const time = (local: string, p: Path, z = zone): DateTime | undefined => {
      const d = ruleInstant(local, z)
      if (typeof d === 'string') return void bad(p, d)
      return d
    }
    const effective = time(measure.effective.at, ['effective', 'at'])
    const until = measure.until && (isZone(measure.until.zone) ? time(measure.until.at, ['until', 'at'], measure.until.zone) : void bad(['until', 'zone'], `unknown time zone "${measure.until.zone}"`))
    if (effective && until && until <= effective) bad(['until', 'at'], `until ${measure.until!.at} is not after effective ${measure.effective.at}`)
    for (const [r, rule] of measure.rules.entries()) {
      const p: Path = ['rules', r]
      const when = conditions({ ...measure.when, ...rule.when }, (k) => (k in rule.when ? [...p, 'when', k] : ['when', k]), v, time, bad)
      const evidence = evidenceKinds(rule, v, time, (i) => [...p, 'evidence', i], bad)
      if (!effective || !when || !evidence) continue
      rules.push({
        id: rule.id, measure: measure.id, jurisdiction: measure.jurisdiction, instrument: measure.instrument, citation: measure.citation,
        cite: rule.cite, zone, effective, until: until || undefined, when, outcome: rule.outcome, reason: rule.reason, evidence,
        obligations: rule.obligations ?? [], uncertain: rule.uncertain, file,
      })
    }
  }
  return rules
}

type Time = (local: string, p: Path) => DateTime | undefined
type Bad = (p: Path, reason: string) => void

function conditions(when: WhenInput, at: (k: string) => Path, v: Vocabulary, time: Time, bad: Bad): Conditions | undefined {
  let ok = true
  const out: Conditions = { lists: {}, dates: [] }
  for (const field of LIST_FIELDS) {
    const values = when[field]
    if (!values) continue
    out.lists[field] = values.map((name, i) => {
      const id = canonical(field, name, v)
      if (typeof id === 'string') return id
      ok = false
      bad([...at(field), i], id.error)
      return ''
    })
  }
  for (const field of DATE_FIELDS) {
    const test = when[field] && dateTest(field, when[field]!, [...at(field)], time)
    if (test === null) ok = false
    else if (test) out.dates.push(test)
  }
  if (when.evidence) {
    const [op, names] = Object.entries(when.evidence)[0] as ['any_of' | 'none_of', string[]]
    const ids = names.map((name, i) => {
      const id = lookup(v, 'evidence', name)
      if (!id) {
        ok = false
        bad([...at('evidence'), op, i], unknownName(v, 'evidence', name))
      }
      return id ?? name
    })
    out.evidence = op === 'any_of' ? { any_of: ids } : { none_of: ids }
  }
  return ok ? out : undefined
}

/** A date condition with its instant; null when its time is bad (already reported). */
function dateTest(field: DateField, raw: NonNullable<WhenInput['production_date']>, p: Path, time: Time): DateTest | null {
  if ('missing' in raw) return { field, op: 'missing' }
  const [op, local] = 'before' in raw ? (['before', raw.before] as const) : (['on_or_after', raw.on_or_after] as const)
  const at = time(local, [...p, op])
  return at ? { field, op, at, ms: at.toMillis() } : null
}

function canonical(field: ListField, name: string, v: Vocabulary): string | { error: string } {
  switch (field) {
    case 'metal':
      return lookup(v, 'metals', name) ?? { error: unknownName(v, 'metals', name) }
    case 'exchange':
      return lookup(v, 'exchanges', name) ?? { error: unknownName(v, 'exchanges', name) }
    case 'action':
      return lookup(v, 'actions', name) ?? { error: unknownName(v, 'actions', name) }
    case 'producer':
      return name.trim().toLowerCase()
    default:
      return findCountry(name)?.code ?? { error: `unknown country "${name}" (expected an ISO code such as RU or a country name)` }
  }
}

function evidenceKinds(rule: RuleInput, v: Vocabulary, time: Time, at: (i: number) => Path, bad: Bad): EvidenceKind[] | undefined {
  let ok = true
  const kinds = (rule.evidence ?? []).map((item, i): EvidenceKind => {
    const name = typeof item === 'string' ? item : item.id
    const id = lookup(v, 'evidence', name)
    if (!id) {
      ok = false
      bad(typeof item === 'string' ? at(i) : [...at(i), 'id'], unknownName(v, 'evidence', name))
    }
    if (typeof item === 'string') return { id: id ?? name }
    const when = DATE_FIELDS.flatMap((f) => (item.when[f] ? [dateTest(f, item.when[f]!, [...at(i), 'when', f], time)] : []))
    if (when.includes(null)) ok = false
    return { id: id ?? name, when: when.filter((t): t is DateTest => !!t) }
  })
  return ok ? kinds : undefined
}
