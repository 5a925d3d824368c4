import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { AppError } from '../errors.js'
import { assessShipments, csvRows, RISK_COLUMNS } from '../risk/assess.js'
import { loadCorridors } from '../risk/factors/corridor.js'
import { riskProvenance } from '../risk/report.js'
import { indexScreener } from '../risk/screeners.js'
import { readShipmentsCsv } from '../risk/shipments.js'
import type { Weights } from '../risk/weights.js'
import type { Screening } from '../screening/index.js'
import type { Store } from '../store/store.js'
import { csvResponse } from './csv.js'
import { quote } from './failure.js'
import { timeSlicer } from './limits.js'
import { enumParam, errors, formatParam, okTable } from './params.js'

/** Most shipments one request may carry: they are scored while the request waits. Larger files: `chokepoint risk`. */
export const MAX_SHIPMENTS = 10_000

const EXAMPLE = `shipment_id,date,hs_code,description,shipper_name,shipper_country,consignee_name,consignee_country,origin_country,dispatch_country,value,currency,net_kg
S1,2024-03-05,8542.31,household goods,Almaty Tech Supply LLP,KZ,OOO Vektor,RU,DE,KZ,14000,USD,12`

const route = createRoute({
  method: 'post',
  path: '/risk',
  summary:
    'score shipments by risk (a shipments CSV as text/csv): ranked rows, each with its reasons (factor, points, why), the weights version and the provenance; format=csv for the table',
  request: {
    query: z.object({
      quarantine: enumParam('quarantine', ['true', 'false'])
        .optional()
        .openapi({
          description: 'score the good rows and list the bad ones in "rejected" instead of failing',
        }),
      format: formatParam,
    }),
    body: {
      content: { 'text/csv': { schema: z.string().openapi({ example: EXAMPLE }) } },
      required: true,
    },
  },
  responses: {
    200: okTable(
      `shipments ranked by score (at most ${MAX_SHIPMENTS} a request), each with its reasons in words`
    ),
    ...errors,
    415: errors[400],
  },
})

/** The JSON twin of the dashboard's Risk page: the parties are screened against the lists the server loaded. */
export function registerRisk(
  app: OpenAPIHono,
  store: Store,
  screening: Screening,
  weights: Weights
): void {
  app.openapi(route, async (c) => {
    const { quarantine, format } = c.req.valid('query')
    const type = c.req.header('content-type') ?? ''
    if (!/^text\/(csv|plain)\b/i.test(type))
      throw new AppError(415, `unsupported content type: ${quote(type)} (expected text/csv)`)
    const { columns, records, synthetic } = readShipmentsCsv(await c.req.text(), 'shipments.csv')
    if (records.length > MAX_SHIPMENTS)
      throw new AppError(
        400,
        `too many shipments in one request: ${records.length} (at most ${MAX_SHIPMENTS}; score larger files with chokepoint risk)`
      )
    const screener = screening.versions.length
      ? indexScreener(screening, {
          cutoff: weights.settings.party_candidate_score,
          pause: timeSlicer(),
        })
      : undefined
    const report = await assessShipments(records, columns, {
      weights,
      synthetic,
      screener,
      corridors: await loadCorridors(store, weights),
      quarantine: quarantine === 'true',
      where: (line) => `line ${line}`,
      hint: 'quarantine=true',
    })
    if (format === 'csv')
      return csvResponse(
        c,
        'risk',
        csvRows(report.rows),
        [...RISK_COLUMNS],
        riskProvenance(report, { file: 'the request', synthetic })
      )
    return c.json(
      {
        ok: true as const,
        ...report,
        rejected: report.rejected.map(({ line, shipment_id, reason }) => ({
          line,
          shipment_id,
          reason,
        })),
      },
      200
    )
  })
}
