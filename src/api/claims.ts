import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { articleDate, dayText, parseDay } from '../claims/article-date.js'
import { checkClaims, formatFigure, type ClaimCheck } from '../claims/check.js'
import { parseClaims } from '../claims/load.js'
import { claimsYaml } from '../claims/yaml.js'
import { AppError, badInput } from '../errors.js'
import { lines } from '../provenance.js'
import type { Store } from '../store/store.js'
import { csvResponse } from './csv.js'
import { quote } from './failure.js'
import { errors, formatParam, okJson, okTable } from './params.js'

/** The claims file shipped with chokepoint: the published figures of REFERENCE.md. */
export const PUBLISHED_CLAIMS = fileURLToPath(new URL('../../examples/claims.yaml', import.meta.url))

const CLAIM_COLUMNS = ['id', 'statement', 'source', 'verdict', 'summary', 'allowed_low', 'allowed_high', 'computed_low', 'computed_high', 'supported_by', 'missing', 'commands']

const text = (example: string) => ({ content: { 'text/plain': { schema: z.string().openapi({ example }) }, 'application/yaml': { schema: z.string() } }, required: true })

const routes = {
  published: createRoute({
    method: 'get', path: '/claims', summary: "the server's claims file (the published figures unless `serve --claims FILE`), each checked on every reading: verdict, figures, HS codes, datasets, the CLI command",
    request: { query: z.object({ format: formatParam }) },
    responses: { 200: okTable('one check per claim'), ...errors },
  }),
  check: createRoute({
    method: 'post', path: '/claims/check', summary: 'check the claims of a claims file sent as the body (YAML or JSON, the format `claims extract` writes)',
    request: { query: z.object({ format: formatParam }), body: text('claims:\n  - statement: China supplied 45% of Russia\'s imports in 2023\n    importer: RUS\n    partner: CHN\n    basket: total\n    period: "2023"\n    comparator: about\n    figure: 0.45') },
    responses: { 200: okTable('one check per claim'), ...errors, 415: errors[400] },
  }),
  extract: createRoute({
    method: 'post', path: '/claims/extract', summary: 'the claims of an article sent as the body (plain text): each with its sentence, the words behind each field and what could not be mapped; `yaml` is the claims file',
    request: {
      query: z.object({ date: z.string().max(10).optional().openapi({ description: "the article's date (YYYY-MM-DD) for relative periods; default: a date line near its top", example: '2024-07-06' }) }),
      body: text('China provided over 70% of the machine tools imported by Russia in the last quarter of 2023.'),
    },
    responses: { 200: okJson('{ok, date, claims, yaml}'), ...errors, 415: errors[400] },
  }),
}

/** The JSON twins of the dashboard's Claims page. */
export function registerClaims(app: OpenAPIHono, store: Store, claimsFile = PUBLISHED_CLAIMS): void {
  app.openapi(routes.published, async (c) => {
    const file = claimsFile
    const checks = await checkClaims(store, parseClaims(readFileSync(file, 'utf8'), file))
    return answer(c, checks, c.req.valid('query').format, file)
  })
  app.openapi(routes.check, async (c) => {
    const checks = await checkClaims(store, parseClaims(await bodyText(c), 'body'))
    return answer(c, checks, c.req.valid('query').format, 'body')
  })
  app.openapi(routes.extract, async (c) => {
    const { date } = c.req.valid('query')
    const given = date === undefined ? undefined : parseDay(date)
    if (date !== undefined && !given) throw badInput(`invalid date: ${quote(date)} (expected YYYY-MM-DD)`)
    const article = await bodyText(c)
    const day = given ?? articleDate(article)
    // Extraction reads sentences with compromise (NLP, slow to load): loaded on the first
    // extract request, not when the server starts.
    const { extractClaims } = await import('../claims/extract.js')
    const claims = extractClaims(article, { date: day })
    const dated = day ? dayText(day) : null
    return c.json({ ok: true as const, date: dated, claims, yaml: claimsYaml(claims, { source: 'article', date: dated }) }, 200)
  })
}

async function bodyText(c: Context): Promise<string> {
  const type = c.req.header('content-type') ?? ''
  if (type && !/^(text\/|application\/(yaml|x-yaml|json)\b)/i.test(type)) throw new AppError(415, `unsupported content type: ${quote(type)} (expected text/plain, application/yaml or application/json)`)
  return c.req.text()
}

function answer(c: Context, checks: ClaimCheck[], format: string | undefined, file: string) {
  if (format === 'csv') return csvResponse(c, 'claims-check', checks.map(csvRow), CLAIM_COLUMNS, provenance(checks, file))
  return c.json({ ok: true as const, file, checks }, 200)
}

function csvRow(x: ClaimCheck) {
  const f = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : formatFigure(x.claim, v))
  return {
    id: x.claim.id, statement: x.claim.statement, source: x.claim.source ?? '', verdict: x.verdict, summary: x.summary,
    allowed_low: f(x.allowed[0]), allowed_high: f(x.allowed[1]), computed_low: f(x.range?.[0]), computed_high: f(x.range?.[1]),
    supported_by: x.supported_by.join('; '), missing: x.missing.join('; '), commands: x.readings.filter((r) => r.value !== null).map((r) => r.command).join('; '),
  }
}

function provenance(checks: ClaimCheck[], file: string) {
  const datasets = [...new Set(checks.flatMap((x) => x.readings.flatMap((r) => r.datasets)))]
  return lines([
    ['title', `claims of ${file} checked against the loaded data`],
    ['synthetic', checks.some((x) => x.synthetic) ? 'true (some figures come from synthetic demo data)' : 'false'],
    ['counts', ['supported', 'contradicted', 'not enough data'].map((v) => `${checks.filter((x) => x.verdict === v).length} ${v}`).join(', ')],
    ['datasets', datasets.join('; ') || 'none'],
  ])
}
