import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Store } from '../store/store.js'
import { diversion } from '../trade/analytics/diversion/diversion.js'
import { DIVERSION_COLUMNS, diversionProvenance, diversionTable } from '../trade/analytics/diversion/provenance.js'
import { csvResponse } from './csv.js'
import { basketParam, enumParam, errors, formatParam, intParam, okTable, periodParam } from './params.js'

// Countries and groups are resolved by the domain (groups.ts, resolve.ts) rather than here:
// `exporter` takes groups and lists, which a single-country parameter cannot.
const text = (name: string, example: string, description: string) =>
  z.string({ error: `missing ${name}` }).min(1, { error: `missing ${name}` }).max(500, { error: `invalid ${name}: too long (expected at most 500 characters)` }).openapi({ example, description })

const DiversionQuery = z.object({
  exporter: text('exporter', 'EU27', 'a country, a group (EU27, G7, coalition) or a comma list'),
  target: text('target', 'RUS', 'the country trade was diverted from'),
  via: text('via', 'ARM,GEO,KAZ,KGZ,UZB', 'transit countries, comma separated'),
  baseline: periodParam('baseline').openapi({ example: '2021' }),
  period: periodParam('period').openapi({ example: '2023', description: 'as long as the baseline; compared month for month' }),
  basket: basketParam.default('total'),
  by: enumParam('by', ['corridor', 'product']).default('corridor'),
  break: periodParam('break').optional().openapi({ description: 'month the series are split at (default 2022-03)' }),
  top: intParam('top', 1, 200).optional().openapi({ type: 'string', example: '10', description: 'products per corridor with by=product' }),
  format: formatParam,
})

const route = createRoute({
  method: 'get',
  path: '/diversion',
  summary: 'exports to a target and to transit countries, baseline vs period: ratio, change, excess, monthly breaks; format=csv for the ranked table',
  request: { query: DiversionQuery },
  responses: { 200: okTable('the target, the corridors ranked by ratio, monthly series, products with by=product'), ...errors },
})

/** `GET /diversion`: the JSON twin of the Diversion page. */
export function registerDiversion(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { format, ...q } = c.req.valid('query')
    const r = await diversion(store, q)
    const provenance = diversionProvenance(r)
    if (format === 'csv') return csvResponse(c, `diversion-${r.query.target}-${r.query.baseline}-${r.query.period}`, diversionTable(r), DIVERSION_COLUMNS, provenance)
    return c.json({ ok: true as const, ...r, provenance }, 200)
  })
}
