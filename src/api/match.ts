import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { AppError, notFound } from '../errors.js'
import { ftmProperties } from '../screening/ftm-values.js'
import { ALGORITHM, DEFAULT_THRESHOLD, lenientUserQuery, screenedAgainst, type Hit, type Query, type Screening, type ScreenResult } from '../screening/index.js'
import { ID_PROPS } from '../screening/model.js'
import { jsonBody, quote } from './failure.js'
import { MAX_NAMES_PER_QUERY, MAX_NAMES_PER_REQUEST, timeSlicer } from './limits.js'
import { errors, fractionParam, intParam } from './params.js'
import { MAX_BATCH } from './screening.js'

/**
 * yente's algorithm names are accepted so clients written for yente work unchanged; every one
 * is answered by chokepoint's own matcher (named in the `x-algorithm` header and `matcher`).
 */
const ALGORITHMS = ['best', 'default', 'chokepoint-v1', 'logic-v1', 'logic-v2', 'name-based', 'name-qualified', 'regression-v1', 'regression-v2'] as const
/** Dataset names that mean "every current list", as in yente's catalogue. */
const ALL = new Set(['default', 'sanctions', 'all'])
const SCHEMAS = ['Thing', 'LegalEntity', 'Person', 'Company', 'Organization', 'Vessel', 'Airplane']

const values = z.union([z.string(), z.array(z.union([z.string(), z.number()]))])
const Example = z.object({
  id: z.string().optional(),
  schema: z.string({ error: 'missing schema in query example' }).refine((s) => SCHEMAS.includes(s), {
    error: (i) => `invalid schema: ${quote(i.input)} (expected one of ${SCHEMAS.join(', ')})`,
  }),
  properties: z.record(z.string(), values),
})
const MatchBody = z.object({
  queries: z.record(z.string(), Example).refine((q) => Object.keys(q).length <= MAX_BATCH, { error: `too many queries in one batch (at most ${MAX_BATCH})` }),
  weights: z.record(z.string(), z.number()).optional(),
  config: z.record(z.string(), z.unknown()).optional(),
})
const MatchQuery = z.object({
  limit: intParam('limit', 1, 500).optional().openapi({ type: 'string', example: '5' }),
  threshold: fractionParam('threshold').optional().openapi({ type: 'string', example: '0.7' }),
  cutoff: fractionParam('cutoff').optional().openapi({ type: 'string', description: 'deprecated in yente; lowest score returned' }),
  algorithm: z.string().optional().refine((a) => a === undefined || (ALGORITHMS as readonly string[]).includes(a), {
    error: (i) => `unknown algorithm: ${quote(i.input)} (expected one of ${ALGORITHMS.join(', ')})`,
  }),
})

const route = createRoute({
  method: 'post', path: '/match/{dataset}', summary: 'yente-compatible query-by-example matching (FtM entities in, scored and explained results out)',
  middleware: [jsonBody()] as const,
  request: { params: z.object({ dataset: z.string().openapi({ example: 'default' }) }), query: MatchQuery, body: { content: { 'application/json': { schema: MatchBody } }, required: true } },
  responses: { 200: { description: "yente's EntityMatchResponse", content: { 'application/json': { schema: z.object({ responses: z.record(z.string(), z.unknown()), limit: z.number() }).passthrough() } } }, ...errors },
})

const list = (v: string | (string | number)[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [v])

/** An FtM example to the matcher's query: names, countries, birth dates and identifiers. */
function toQuery(ex: z.infer<typeof Example>): Query {
  const p = ex.properties
  const pick = (...keys: string[]) => keys.flatMap((k) => list(p[k]))
  const names = pick('name', 'alias')
  return {
    name: names.length ? names : [pick('firstName', 'middleName', 'lastName').join(' ')],
    schema: ex.schema,
    country: pick('country', 'nationality', 'citizenship', 'jurisdiction', 'registrationCountry'),
    birthDate: pick('birthDate', 'incorporationDate'),
    id: pick(...ID_PROPS),
  }
}

type SameEntity = { same_entity: { id: string; caption: string; datasets: string[]; score: number }[] }

/**
 * The other records of each hit's card (the same real entity on other lists, or tied to it by
 * an identifier), as `same_entity`: not in yente's shape, so only there when there are some.
 * A screening answer's hits are its cards' records, so a hit finds its card by identity.
 */
function sameEntity(r: ScreenResult): Map<Hit, SameEntity> {
  const out = new Map<Hit, SameEntity>()
  for (const c of r.cards) {
    if (c.records.length < 2) continue
    for (const h of c.records) out.set(h, { same_entity: c.records.filter((o) => o !== h).map((o) => ({ id: o.entity.id, caption: o.entity.caption, datasets: o.entity.datasets, score: o.score })) })
  }
  return out
}

/**
 * One result per entity id, the best, as yente gives one per entity: a record on two lists of one
 * publisher (OFAC's SDN and non-SDN lists share ids) is one result naming both lists' datasets.
 */
export function onePerId(hits: Hit[]): { hit: Hit; datasets: string[] }[] {
  const byId = new Map<string, { hit: Hit; datasets: string[] }>()
  for (const hit of hits) {
    const seen = byId.get(hit.entity.id)
    if (seen) seen.datasets = [...new Set([...seen.datasets, ...hit.entity.datasets])]
    else byId.set(hit.entity.id, { hit, datasets: hit.entity.datasets })
  }
  return [...byId.values()]
}

function result(h: Hit, asOf: string | undefined, datasets = h.entity.datasets) {
  const e = h.entity
  // yente answers with FtM values (ISO dates, country codes); the lists' own text stays in /screen.
  return {
    id: e.id, caption: e.caption, schema: e.schema, properties: ftmProperties(e), datasets, referents: [] as string[], target: true,
    first_seen: e.listed ?? null, last_seen: asOf ?? null, last_change: null, score: h.score, match: h.match,
    features: Object.fromEntries(Object.entries(h.features).map(([k, f]) => [k, f.score])),
    explanations: Object.fromEntries(Object.entries(h.features).map(([k, f]) => [k, { score: f.score, detail: f.detail }])),
    token: null,
  }
}

/** Bounds the names of one request, per query (422) and in all (413), before any is screened. */
function checkWork(asked: readonly (readonly [string, unknown, Query, ...unknown[]])[]): void {
  let total = 0
  for (const [key, , q] of asked) {
    const n = [q.name].flat().length
    if (n > MAX_NAMES_PER_QUERY) throw new AppError(422, `too many names in query ${quote(key)}: ${n} (at most ${MAX_NAMES_PER_QUERY} per query)`)
    total += n
  }
  if (total > MAX_NAMES_PER_REQUEST) throw new AppError(413, `too many names in one request: ${total} (at most ${MAX_NAMES_PER_REQUEST}; split the queries over several requests)`)
}

/** `POST /match/{dataset}` in yente's request and response shape. */
export function registerMatch(app: OpenAPIHono, screening: Screening): void {
  app.openapi(route, async (c) => {
    const { dataset } = c.req.valid('param')
    const { limit = 5, threshold = DEFAULT_THRESHOLD, cutoff } = c.req.valid('query')
    const { queries } = c.req.valid('json')
    const versions = screening.versions
    const scope = ALL.has(dataset) ? undefined : versions.filter((v) => v.source === dataset || v.id === dataset).map((v) => v.id)
    if (scope && !scope.length) throw notFound(`no such dataset: ${quote(dataset)} (expected default or one of ${[...new Set(versions.map((v) => v.source))].join(', ') || 'no lists loaded'})`)
    // A birth date that does not exist or lies ahead, or a country no code names, is left out with
    // a warning, as /screen does: trusted, it turned a true hit into a birth date mismatch.
    const asked = Object.entries(queries).map(([key, ex]) => {
      const { query, warnings } = lenientUserQuery(toQuery(ex))
      return [key, ex, query, warnings] as const
    })
    checkWork(asked)
    const tick = timeSlicer()
    const responses: Record<string, unknown> = {}
    for (const [key, ex, q, checked] of asked) {
      await tick()
      // Ask for every candidate above the cutoff so `total` counts them all, as yente does.
      const r = screening.screen(q, { threshold, cutoff: Math.min(cutoff ?? threshold, threshold), limit: 500 })
      const hits = onePerId(scope ? r.hits.filter((h) => scope.includes(h.version)) : r.hits)
      const asOf = (h: Hit) => versions.find((v) => v.id === h.version)?.as_of
      const same = sameEntity(r)
      // Not in yente's shape: what was left out of the query, and why, only when something was.
      const warnings = [...checked, ...r.warnings]
      responses[key] = {
        status: 200, results: hits.slice(0, limit).map(({ hit, datasets }) => ({ ...result(hit, asOf(hit), datasets), ...same.get(hit) })), total: { value: hits.length, relation: 'eq' },
        query: { id: ex.id ?? null, schema: ex.schema, properties: ex.properties }, ...(warnings.length ? { warnings } : {}),
      }
    }
    const matcher = Object.fromEntries(ALGORITHM.map((f) => [f.name, { description: null, coefficient: f.weight, url: null }]))
    // Not in yente's shape, but every screening answer names the list versions it was given against.
    const lists = screenedAgainst(scope ? versions.filter((v) => scope.includes(v.id)) : versions)
    return c.json({ responses, matcher, limit, threshold, lists }, 200, { 'x-algorithm': 'chokepoint-v1', 'x-batch-size': String(Object.keys(responses).length) })
  })
}
