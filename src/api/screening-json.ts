import { z } from '@hono/zod-openapi'
import { cardBirthDates, cardSources, explain, explainRecord, programsOf, TIE_BASES, type Card, type Hit, type ListVersion } from '../screening/index.js'

// The JSON of a screening answer (GET and POST /screen), and its OpenAPI schema beside it.

const Features = z.record(z.string(), z.object({ score: z.number(), weight: z.number(), detail: z.string() }))
  .openapi({ description: 'each feature that fired: its score, its weight (negative for the qualifiers that lower a score) and what it saw' })

const HitSchema = z.object({
  entity: z.object({
    id: z.string(), schema: z.string(), caption: z.string(), properties: z.record(z.string(), z.array(z.string())), datasets: z.array(z.string()),
    listed: z.string().optional().openapi({ description: 'first listing date, when the list says so' }),
  }).openapi({ description: 'the list record, in FollowTheMoney shape' }),
  score: z.number(), match: z.boolean(), features: Features,
  related: z.array(z.object({ role: z.string(), id: z.string(), caption: z.string(), schema: z.string(), via: z.string() })),
  list: z.object({ version: z.string(), source: z.string().nullable(), as_of: z.string().nullable() }),
  programs: z.array(z.string()),
}).openapi('ScreeningHit')

const Source = z.object({
  source: z.string().nullable().openapi({ description: 'the list, e.g. us_ofac_sdn, eu_fsf, gb_hmt_sanctions' }),
  datasets: z.array(z.string()), version: z.string(), as_of: z.string().nullable(),
  entity_id: z.string(), caption: z.string(), programs: z.array(z.string()),
  listed: z.string().nullable().openapi({ description: 'listing date, when the list states it' }),
  score: z.number(), match: z.boolean(), hit: z.boolean(),
}).openapi('ScreeningCardSource')

const CardSchema = z.object({
  id: z.string().openapi({ description: "the card's entity ids, sorted, joined with +" }),
  caption: z.string(), schema: z.string(),
  score: z.number().openapi({ description: 'the best score of its records' }),
  match: z.boolean(),
  birth_dates: z.array(z.string()).openapi({ description: 'the birth dates of its records as the lists state them, each once: a date in ISO form, a range as a range ("1955 to 1958"), other text as written' }),
  features: Features.openapi({ description: "the best record's explained features" }),
  explanation: z.string(),
  sources: z.array(Source).openapi({ description: 'one line per record: list, programmes, listing date, score (best first)' }),
  ties: z.array(z.object({ basis: z.enum(TIE_BASES), detail: z.string(), ids: z.array(z.string()) })).openapi({ description: 'why the records are one entity' }),
  records: z.array(HitSchema.extend({
    hit: z.boolean().openapi({ description: 'at or above the cutoff; false: on the card only as the same entity as a hit' }),
    explanation: z.string().openapi({ description: 'why the record is on the card: its features, and for a record below the cutoff the tie that makes it the same entity as a hit' }),
  })),
}).openapi('ScreeningCard', { description: 'one real entity: its records on every list the query reached' })

/** One query's answer: cards (one per entity) and, for older clients, the flat hits. */
export const ScreenAnswerSchema = z.object({
  query: z.record(z.string(), z.unknown()),
  cards: z.array(CardSchema),
  hits: z.array(HitSchema).openapi({ description: "every card's records at or above the cutoff, best first" }),
  warnings: z.array(z.string()),
})

/** A hit as the API gives it: the entity, its list version and programs, the explained score. */
export function hitJson(h: Hit, versions: ListVersion[]) {
  const v = versions.find((x) => x.id === h.version)
  return {
    entity: h.entity, score: h.score, match: h.match, features: h.features, related: h.related,
    list: { version: h.version, source: v?.source ?? null, as_of: v?.as_of ?? null }, programs: programsOf(h.entity),
  }
}

/** A card as the API gives it: the best record's score and explanation, its sources, its records. */
export function cardJson(c: Card, versions: ListVersion[]) {
  const records = c.records.map((r) => ({ ...hitJson(r, versions), hit: r.hit, explanation: explainRecord(c, r) }))
  return { id: c.id, caption: c.caption, schema: c.schema, score: c.score, match: c.match, birth_dates: cardBirthDates(c), features: c.records[0].features, explanation: explain(c.records[0]), sources: cardSources(c, versions), ties: c.ties, records }
}

const Threshold = z.number().openapi({ description: 'the alert threshold the answer was given at (the default when none was asked for)' })
const Lists = z.array(z.unknown()).openapi({ description: 'the list versions screened against, with their dates' })
const csv = { 'text/csv': { schema: z.string() } }

/** GET /screen's 200: JSON, or with format=csv one row per record, numbered by card. */
export const screenResponse = {
  description: 'cards, one per real entity (records of several lists grouped), each explained; the flat hits (format=csv: one row per record, numbered by card)',
  content: { 'application/json': { schema: ScreenAnswerSchema.extend({ ok: z.literal(true), threshold: Threshold, lists: Lists }).openapi('ScreeningAnswer') }, ...csv },
}

/** POST /screen's 200: one answer (or error) per query, in order. */
export const batchResponse = {
  description: 'one result per query, in order: its cards and hits, or its error (format=csv: one row per record, numbered by card)',
  content: {
    'application/json': { schema: z.object({ ok: z.literal(true), threshold: Threshold, results: z.array(z.union([ScreenAnswerSchema, z.object({ query: z.record(z.string(), z.unknown()), error: z.string() })])), lists: Lists }).openapi('ScreeningBatchAnswer') },
    ...csv,
  },
}

/** The JSON of a hit, a card and one query's answer, as the dashboard reads them. */
export type HitJson = ReturnType<typeof hitJson>
export type CardJson = ReturnType<typeof cardJson>
export type ScreenAnswerJson = { query: Record<string, unknown>; cards: CardJson[]; hits: HitJson[]; warnings: string[] }
