import { z } from 'zod'

// The shape of a rules file (YAML or JSON), checked at load. Names (metals, exchanges, actions,
// evidence, countries) and times are checked after this, against the vocabulary and the zone
// (load.ts), so each error can still name its file and path.

export const OUTCOMES = ['allowed', 'prohibited', 'needs_evidence', 'needs_review'] as const
export const DATE_FIELDS = ['production_date', 'warrant_issue_date'] as const
export const LIST_FIELDS = ['metal', 'origin_country', 'producer', 'exchange', 'actor_jurisdiction', 'action'] as const

const text = z.string().trim().min(1, { error: 'empty text' })
const names = z.array(text).min(1, { error: 'empty list (leave the condition out to match any value)' })
const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/
const id = z.string().regex(ID, { error: (i) => `bad id ${JSON.stringify(i.input)} (expected lowercase letters, digits, - and _)` })

const dateTest = z.union([
  z.strictObject({ before: text }),
  z.strictObject({ on_or_after: text }),
  z.strictObject({ missing: z.literal(true) }),
], { error: 'expected one of {before: TIME}, {on_or_after: TIME} or {missing: true}' })

const evidenceTest = z.union([z.strictObject({ any_of: names }), z.strictObject({ none_of: names })], { error: 'expected {any_of: [...]} or {none_of: [...]}' })

export const WhenSchema = z.strictObject({
  metal: names.optional(),
  origin_country: names.optional(),
  producer: names.optional(),
  exchange: names.optional(),
  actor_jurisdiction: names.optional(),
  action: names.optional(),
  production_date: dateTest.optional(),
  warrant_issue_date: dateTest.optional(),
  evidence: evidenceTest.optional(),
})

/** Evidence that satisfies a needs_evidence rule: a kind given in the lot's evidence column, or one read from the lot's dates. */
const evidenceItem = z.union([text, z.strictObject({ id: text, when: z.strictObject({ production_date: dateTest.optional(), warrant_issue_date: dateTest.optional() }) })])

const RuleSchema = z
  .strictObject({
    id,
    cite: text.optional(),
    when: WhenSchema.default({}),
    outcome: z.enum(OUTCOMES, { error: `expected one of ${OUTCOMES.join(', ')}` }),
    reason: text,
    evidence: z.array(evidenceItem).min(1).optional(),
    obligations: z.array(text).optional(),
    uncertain: text.optional(),
  })
  .refine((r) => (r.outcome === 'needs_evidence') === !!r.evidence, { error: 'a needs_evidence rule lists the evidence that satisfies it, and only such a rule does', path: ['evidence'] })

const moment = z.strictObject({ at: text, zone: text })

const MeasureSchema = z.strictObject({
  id,
  jurisdiction: text,
  instrument: text,
  citation: z.strictObject({
    notice: text,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected YYYY-MM-DD' }),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    uncertain: text.optional(),
  }),
  effective: moment,
  until: moment.optional(),
  when: WhenSchema.default({}),
  rules: z.array(RuleSchema).min(1),
})

const aliases = z.strictObject({ name: text.optional(), aliases: z.array(text).default([]) })

export const VocabularySchema = z.strictObject({
  metals: z.record(text, aliases).default({}),
  exchanges: z.record(text, aliases).default({}),
  actions: z.record(text, text).default({}),
  evidence: z.record(text, z.strictObject({ description: text, aliases: z.array(text).default([]) })).default({}),
})

export const RulesFileSchema = z.strictObject({
  vocabulary: VocabularySchema.optional(),
  measures: z.array(MeasureSchema).optional(),
})

export type RulesFile = z.infer<typeof RulesFileSchema>
export type MeasureInput = z.infer<typeof MeasureSchema>
export type RuleInput = z.infer<typeof RuleSchema>
export type WhenInput = z.infer<typeof WhenSchema>
export type VocabularyInput = z.infer<typeof VocabularySchema>
