import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { AppError } from '../errors.js'
import { lines } from '../provenance.js'
import { checkLots, DECISION_COLUMNS, type CheckReport } from '../rules/check.js'
import { momentOf, parseMoment, rulesInForce, ruleSummary } from '../rules/in-force.js'
import { LOT_COLUMNS, readLotsCsv, type LotRecord } from '../rules/lots.js'
import type { RuleSet } from '../rules/model.js'
import { csvResponse } from './csv.js'
import { jsonBody, quote } from './failure.js'
import { enumParam, errors, formatParam, okTable } from './params.js'

/** Most lots one request may carry: a check is decided while the request waits. */
export const MAX_LOTS = 10_000

const moment = (name: string) =>
  z.string().max(40, { error: (i) => `invalid ${name}: ${quote(i.input)} (too long)` }).optional().openapi({ description: 'a date (YYYY-MM-DD) or a date-time with Z or an offset (default: now)', example: '2024-04-13' })

const cell = z.string().max(500).optional()
const Lot = z.strictObject(Object.fromEntries(LOT_COLUMNS.map((c) => [c, cell])) as Record<(typeof LOT_COLUMNS)[number], typeof cell>).openapi('Lot')
const LotsBody = z.object({
  lots: z.array(Lot).min(1, { error: 'no lots: give at least one' }).max(MAX_LOTS, { error: `too many lots in one request (at most ${MAX_LOTS})` }),
})

const routes = {
  check: createRoute({
    method: 'post', path: '/metals/check', middleware: [jsonWhenJson()] as const,
    summary: 'decide lots against the metals rules in force: a lots CSV (text/csv) or {"lots": [...]} (application/json); format=csv for the table',
    request: {
      query: z.object({ at: moment('at'), quarantine: enumParam('quarantine', ['true', 'false']).optional().openapi({ description: 'decide the good rows and list the bad ones in "rejected" instead of failing' }), format: formatParam }),
      body: { content: { 'application/json': { schema: LotsBody }, 'text/csv': { schema: z.string().openapi({ example: `${LOT_COLUMNS.join(',')}\nL1,aluminium,RU,Rusal,2024-04-13,,LME,GB,acquire,` }) } }, required: false },
    },
    responses: { 200: okTable('one row per lot: decision (the strictest of its rules), rule, citation, reason, condition, and every rule\'s decision'), ...errors, 415: errors[400] },
  }),
  rules: createRoute({
    method: 'get', path: '/rules', summary: 'the metals rules in force on a date (a date is the whole day in each rule\'s own zone) or at an instant',
    request: { query: z.object({ on: moment('on'), format: formatParam }) },
    responses: { 200: okTable('rules with jurisdiction, citation, effective instant, conditions and outcome'), ...errors },
  }),
}

/** The JSON twins of the dashboard's Rules page. */
export function registerRules(app: OpenAPIHono, set: RuleSet): void {
  app.openapi(routes.check, async (c) => {
    const { at, quarantine, format } = c.req.valid('query')
    const when = at ? parseMoment(at, 'at') : momentOf(new Date())
    const { records, json } = await readBody(c)
    const where = (line: number) => (json ? `lots[${line}]` : `line ${line}`)
    const report = checkLots(records, set, { at: when, quarantine: quarantine === 'true', where, hint: 'quarantine=true' })
    if (format === 'csv') return csvResponse(c, 'metals-check', report.rows, [...DECISION_COLUMNS], provenance(report))
    return c.json({ ok: true as const, ...report, rejected: report.rejected.map(({ line, lot_id, reason }) => ({ line, lot_id, reason })) }, 200)
  })
  app.openapi(routes.rules, (c) => {
    const { on, format } = c.req.valid('query')
    const when = on ? parseMoment(on, 'on') : momentOf(new Date())
    const rules = rulesInForce(set, when).map((r) => ruleSummary(r, set))
    if (format === 'csv') {
      const about = lines([['title', `metals rules in force on ${when.text}`], ['rules_version', set.version]])
      const rows = rules.map((r) => ({ ...r, evidence: r.evidence.map((e) => e.id).join('; '), obligations: r.obligations.join('; ') }))
      return csvResponse(c, `rules-${when.text}`, rows, ['id', 'jurisdiction', 'effective', 'outcome', 'when', 'reason', 'evidence', 'obligations', 'citation'], about)
    }
    return c.json({ ok: true as const, rules_version: set.version, on: when.text, rules }, 200)
  })
}

/** Malformed JSON is quoted back (jsonBody) when the body is JSON; a CSV body is read as text. */
function jsonWhenJson(): MiddlewareHandler {
  const json = jsonBody()
  return (c, next) => (/^application\/json\b/i.test(c.req.header('content-type') ?? '') ? json(c, next) : next())
}

/** The lots of a request: CSV text, or the JSON body the validator checked. */
async function readBody(c: Context): Promise<{ records: LotRecord[]; json: boolean }> {
  const type = c.req.header('content-type') ?? ''
  if (/^application\/json\b/i.test(type)) {
    const { lots } = (c.req as unknown as { valid(t: 'json'): z.infer<typeof LotsBody> }).valid('json')
    // A JSON lot may leave out a field: it is an empty cell, as in a CSV row.
    return { json: true, records: lots.map((l, i) => ({ line: i, cells: Object.fromEntries(Object.entries(l).map(([k, v]) => [k, v ?? ''])) })) }
  }
  if (!/^text\/(csv|plain)\b/i.test(type)) throw new AppError(415, `unsupported content type: ${quote(type)} (expected text/csv or application/json)`)
  const { records } = readLotsCsv(await c.req.text(), 'lots.csv')
  if (records.length > MAX_LOTS) throw new AppError(400, `too many lots in one request: ${records.length} (at most ${MAX_LOTS})`)
  return { json: false, records }
}

function provenance(r: CheckReport) {
  return lines([
    ['title', `metals check of ${r.rows.length} lots`],
    ['rules_version', r.rules_version],
    ['at', `${r.at} (${r.rules_in_force} rules in force)`],
    ['counts', Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ')],
    ['rejected', r.rejected.length ? r.rejected.map((b) => `line ${b.line}: ${b.reason}`).join(' | ') : undefined],
  ])
}
