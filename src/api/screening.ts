import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { AppError } from '../errors.js'
import { checkUserQuery, DEFAULT_THRESHOLD, describeChanges, explainRecord, lenientUserQuery, programsOf, screeningProvenance, type ListVersion, type Query, type Screening, type ScreenResult } from '../screening/index.js'
import { batchResponse, cardJson, hitJson, screenResponse } from './screening-json.js'
import { lines } from '../provenance.js'
import { csvResponse } from './csv.js'
import { jsonBody, quote } from './failure.js'
import { timeSlicer } from './limits.js'
import { enumParam, errors, formatParam, fractionParam, intParam, okTable } from './params.js'

/** Most names one POST /screen takes: a batch is screened while the request waits. */
export const MAX_BATCH = 1000
const SCHEMAS = ['Thing', 'LegalEntity', 'Person', 'Company', 'Organization', 'Vessel', 'Airplane'] as const
const text = (name: string, max: number) =>
  z.string({ error: (i) => (i.input === undefined ? `missing ${name}` : `invalid ${name}: ${quote(i.input)} (expected text)`) }).max(max, { error: (i) => `too long: ${name} ${quote(i.input)} (at most ${max} characters)` })

// A name is free text (any script, any punctuation); the other fields have a shape, and text
// outside it is a mistake worth telling the user about rather than silently ignoring.
// The document's pattern is the expression's source: the generator wrote a flag into it ("$/u").
const shaped = (name: string, re: RegExp, expected: string) =>
  text(name, 100).regex(re, { error: (i) => `invalid ${name}: ${quote(i.input)} (expected ${expected})` }).openapi({ pattern: re.source })
const country = shaped('country', /^[\p{L}\p{M} .'’(),-]{2,60}$/u, 'a country name or ISO code such as RU or Russia')
const birthDate = shaped('birth_date', /^\d{4}(-\d{1,2}(-\d{1,2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
const id = shaped('id', /^[\p{L}\p{N} ./:-]{1,60}$/u, 'an identifier such as an INN, OGRN or IMO number')

const ScreenQuery = z.object({
  name: text('name', 1000).openapi({ example: 'Zala Aero' }),
  schema: enumParam('schema', SCHEMAS).optional(),
  country: country.optional().openapi({ description: 'country name or ISO code' }),
  birth_date: birthDate.optional(),
  id: id.optional().openapi({ description: 'an identifier: INN, OGRN, IMO, ...' }),
  threshold: fractionParam('threshold').optional().openapi({ type: 'string', example: '0.7' }),
  limit: intParam('limit', 1, 100).optional().openapi({ type: 'string', example: '10', description: 'cards (entities) to return' }),
  format: formatParam,
})
// A batch item's fields beside the name are any text, as a CSV row's are in the CLI: a bad one
// is an error in its row (schema) or left out with a warning (country, birth date), not the
// batch refused. An identifier is compared by its letters and digits only: any text is safe.
const BatchItem = z.object({
  name: text('name', 1000),
  schema: text('schema', 100).optional().openapi({ description: `one of ${SCHEMAS.join(', ')}; another is an error in its row` }),
  country: text('country', 100).optional(),
  birth_date: text('birth_date', 100).optional(),
  id: text('id', 100).optional(),
})
const Batch = z.object({
  queries: z.array(BatchItem).min(1, { error: 'empty batch: give at least one query' }).max(MAX_BATCH, { error: `too many queries in one batch (at most ${MAX_BATCH})` }),
  threshold: z.number().min(0).max(1).optional(),
  limit: z.number().int().min(1).max(100).optional(),
})

const routes = {
  screen: createRoute({ method: 'get', path: '/screen', summary: 'screen one name against the loaded lists: one card per real entity, its records on every list grouped, each explained feature by feature', request: { query: ScreenQuery }, responses: { 200: screenResponse, ...errors } }),
  batch: createRoute({ method: 'post', path: '/screen', summary: `screen up to ${MAX_BATCH} names; format=csv for one row per record, numbered by card`, middleware: [jsonBody()] as const, request: { query: z.object({ format: formatParam }), body: { content: { 'application/json': { schema: Batch } }, required: true } }, responses: { 200: batchResponse, ...errors } }),
  lists: createRoute({ method: 'get', path: '/lists', summary: 'loaded list versions with entity counts', request: { query: z.object({ format: formatParam }) }, responses: { 200: okTable('list versions'), ...errors } }),
  diff: createRoute({ method: 'get', path: '/lists/diff', summary: 'entities added, removed and changed between two list versions', request: { query: z.object({ a: text('a', 200), b: text('b', 200), force: enumParam('force', ['true', 'false']).optional().openapi({ description: 'compare versions of two different lists anyway' }), format: formatParam }) }, responses: { 200: okTable('the diff, what it compared and its warnings'), ...errors } }),
}

type Item = z.infer<typeof BatchItem>

function toQuery(q: Item): Query {
  return { name: q.name, schema: q.schema, country: q.country || undefined, birthDate: q.birth_date || undefined, id: q.id || undefined }
}

// One row per record of each card (`card`: the card's rank; `rank`: the record's in its card, 1 =
// the card's best), as `screen --batch` writes them: every source record keeps its explanation.
const HIT_COLUMNS = ['row', 'query_name', 'query_schema', 'query_country', 'card', 'rank', 'caption', 'schema', 'score', 'match', 'list', 'programs', 'listed', 'entity_id', 'explanation', 'error']

/** One query's answer as JSON: its cards, and the flat hits older clients read. */
function answerJson(r: ScreenResult, versions: ListVersion[]) {
  return { query: r.query, cards: r.cards.map((c) => cardJson(c, versions)), hits: r.hits.map((h) => hitJson(h, versions)), warnings: r.warnings }
}

function hitRows(results: (ScreenResult | { query: Query; error: string })[], versions: ListVersion[]): Record<string, unknown>[] {
  return results.flatMap((r, i): Record<string, unknown>[] => {
    const q = { row: i + 1, query_name: String(r.query.name), query_schema: r.query.schema ?? '', query_country: String(r.query.country ?? '') }
    if ('error' in r) return [{ ...q, error: r.error }]
    // A clean row names the lists it is clean of, as `screen --batch`'s does.
    if (!r.cards.length) return [{ ...q, card: 0, list: versions.map((v) => v.source).join('; ') }]
    return r.cards.flatMap((c, j) => c.records.map((h, k) => ({
      ...q, card: j + 1, rank: k + 1, caption: h.entity.caption, schema: h.entity.schema, score: h.score, match: h.match, entity_id: h.entity.id,
      list: versions.find((v) => v.id === h.version)?.source ?? h.version, programs: programsOf(h.entity).join('; '), listed: h.entity.listed ?? '', explanation: explainRecord(c, h),
    })))
  })
}

/** Screening routes: the JSON twins of the Screening and Lists pages. */
export function registerScreening(app: OpenAPIHono, screening: Screening): void {
  app.openapi(routes.screen, (c) => {
    const { threshold, limit = 10, format, ...q } = c.req.valid('query')
    const r = screening.screen(checkUserQuery(toQuery(q)), { threshold, limit })
    if (format === 'csv') {
      const about = screeningProvenance('screening of one name', screening.versions, { ...q, threshold, limit })
      return csvResponse(c, 'screening', hitRows([r], screening.versions), HIT_COLUMNS, about)
    }
    return c.json({ ok: true as const, ...answerJson(r, screening.versions), threshold: threshold ?? DEFAULT_THRESHOLD, lists: screening.versions }, 200)
  })
  app.openapi(routes.batch, async (c) => {
    const { queries, threshold, limit = 5 } = c.req.valid('json')
    const tick = timeSlicer()
    // One bad row (an empty name) is reported in its place; it does not sink the other 999. A bad
    // country or birth date is left out with a warning: the row's name is still screened.
    const results: (ScreenResult | { query: Query; error: string })[] = []
    for (const q of queries) {
      await tick()
      try {
        const { query, warnings } = lenientUserQuery(toQuery(q))
        const r = screening.screen(query, { threshold, limit })
        results.push({ ...r, warnings: [...warnings, ...r.warnings] })
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        results.push({ query: toQuery(q), error: err.message })
      }
    }
    if (c.req.valid('query').format === 'csv') {
      const about = screeningProvenance(`screening of ${queries.length} names`, screening.versions, { threshold, limit })
      return csvResponse(c, 'screening-batch', hitRows(results, screening.versions), HIT_COLUMNS, about)
    }
    const json = results.map((r) => ('error' in r ? r : answerJson(r, screening.versions)))
    return c.json({ ok: true as const, threshold: threshold ?? DEFAULT_THRESHOLD, results: json, lists: screening.versions }, 200)
  })
  app.openapi(routes.lists, async (c) => {
    const lists = await screening.lists()
    if (c.req.valid('query').format === 'csv') {
      const about = lines([['title', 'loaded sanctions list versions'], ['current', 'the version of each source that screening uses']])
      return csvResponse(c, 'lists', lists.map((l) => ({ ...l, files: l.files.join(' ') })), ['id', 'source', 'format', 'files', 'as_of', 'entities', 'matchable', 'current', 'loaded_at', 'sha256'], about)
    }
    return c.json({ ok: true as const, lists }, 200)
  })
  app.openapi(routes.diff, async (c) => {
    const { a, b, format, force } = c.req.valid('query')
    const d = await screening.diff(a, b, { force: force === 'true' })
    if (format === 'csv') {
      const rows = (['added', 'removed', 'changed'] as const).flatMap((change) => d[change].map(({ changes, ...x }) => ({ change, ...x, fields: x.fields?.join(' ') ?? '', what: describeChanges(changes) })))
      const version = (v: typeof d.a) => `${v.id} (${v.source} as of ${v.as_of}, ${v.entities} entities)`
      // What was compared and left out, as the JSON says it: a CSV read alone must tell it too.
      const about = lines([
        ['title', 'entities added, removed and changed between two list versions'], ['a', version(d.a)], ['b', version(d.b)],
        ['compared', d.compared], ['omitted', d.omitted.join(' ') || undefined], ...d.warnings.map((w): [string, string] => ['warning', w]),
      ])
      return csvResponse(c, `diff-${d.a.id}-${d.b.id}`, rows, ['change', 'id', 'caption', 'schema', 'fields', 'what'], about)
    }
    return c.json({ ok: true as const, ...d, counts: { added: d.added.length, removed: d.removed.length, changed: d.changed.length } }, 200)
  })
}
