import type { DateTime } from 'luxon'
import type { DATE_FIELDS, LIST_FIELDS, OUTCOMES } from './schema.js'
import type { LotTime } from './time.js'

export type Outcome = (typeof OUTCOMES)[number]
export type DateField = (typeof DATE_FIELDS)[number]
export type ListField = (typeof LIST_FIELDS)[number]

/** Strictest first: a lot's overall decision is the first of these any of its rules gave. */
export const STRICTNESS: readonly Outcome[] = ['prohibited', 'needs_review', 'needs_evidence', 'allowed']

/** A test on one of the lot's dates: before or on/after an instant, or the date not given. */
export interface DateTest {
  field: DateField
  op: 'before' | 'on_or_after' | 'missing'
  at?: DateTime
  /** `at` as epoch milliseconds, what lots are compared with. */
  ms?: number
}

export interface Conditions {
  /** Each field's accepted values, canonical: metal and exchange ids, ISO alpha-3 countries, action ids, producers lowercased. */
  lists: Partial<Record<ListField, string[]>>
  dates: DateTest[]
  evidence?: { any_of?: string[]; none_of?: string[] }
}

/** Evidence that satisfies a needs_evidence rule: given in the lot's evidence column, or read from its dates (`when`). */
export interface EvidenceKind {
  id: string
  when?: DateTest[]
}

export interface Citation {
  notice: string
  date: string
  url: string
  uncertain?: string
}

export interface Rule {
  id: string
  measure: string
  jurisdiction: string
  instrument: string
  citation: Citation
  /** The paragraph of the instrument this rule encodes. */
  cite?: string
  /** The zone the rule's times are written in. */
  zone: string
  effective: DateTime
  until?: DateTime
  when: Conditions
  outcome: Outcome
  reason: string
  evidence: EvidenceKind[]
  obligations: string[]
  /** What the source leaves open for this rule (besides the citation's own note). */
  uncertain?: string
  file: string
}

export interface Vocabulary {
  /** Normalised name or alias -> canonical id, per kind. */
  metals: Map<string, string>
  exchanges: Map<string, string>
  evidence: Map<string, string>
  actions: Map<string, string>
  /** Canonical id -> description, for messages and the API. */
  described: Map<string, string>
}

export interface RuleSet {
  rules: Rule[]
  vocabulary: Vocabulary
  /** `sha256:` + 16 hex digits over the rule files' names and bytes and the rule ids: which rules decided. */
  version: string
  files: string[]
}

/** A lot after its row was checked: canonical values, or undefined where the cell was empty or the name unknown. */
export interface Lot {
  line: number
  lot_id: string
  metal?: string
  exchange?: string
  /** The cells as given, for messages (and the unknown names a lot is sent to review for). */
  raw: Record<string, string>
  origin_country?: string
  producer?: string
  actor_jurisdiction?: string
  action: string
  production_date?: LotTime
  warrant_issue_date?: LotTime
  evidence: string[]
  /** Evidence items written in the cell that name no kind the rules know, as written ("warrant W-1234 issued 2024-03"). */
  unrecognised_evidence?: string[]
}

/** Folds case, spaces, dashes and underscores, so "Primary-Aluminium" finds "primary aluminium". */
export function normaliseTerm(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_-]+/g, ' ')
}

/** A rule's citation as one line: notice, paragraph, date, URL, and what is uncertain. */
export function citationText(r: Rule): string {
  const c = r.citation
  const open = [c.uncertain, r.uncertain].filter(Boolean).join('; ')
  return `${c.notice}${r.cite ? `, ${r.cite}` : ''} (${c.date}) ${c.url}${open ? `; uncertain: ${open}` : ''}`
}
