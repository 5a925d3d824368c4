import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Store } from '../store/store.js'
import { mirror } from '../trade/analytics/mirror.js'
import { mirrorProvenance } from '../trade/analytics/mirror-provenance.js'
import { FX_TABLE } from '../trade/fx/rates.js'
import { csvResponse } from './csv.js'
import { basketParam, countryParam, enumParam, errors, formatParam, okTable, periodParam } from './params.js'

const CURRENCIES = ['EUR', ...FX_TABLE.currencies] as [string, ...string[]]

const MirrorQuery = z.object({
  reporter: countryParam('reporter').openapi({ example: 'UZB', description: 'the importing country whose imports are compared' }),
  partner: countryParam('partner').openapi({ example: 'EU27', description: 'the exporting country or group (EU27: its aggregate row where the data has one, else its members summed)' }),
  basket: basketParam.default('total'),
  by: enumParam('by', ['year', 'quarter', 'month']).default('year'),
  from: periodParam('from').optional(),
  to: periodParam('to').optional(),
  currency: enumParam('currency', CURRENCIES).optional().openapi({ description: 'answer currency, converted through the ECB averages table (default: the sides\' common currency, else USD)' }),
  format: formatParam,
})

/** The CSV table: one line per period, the conversion of each side spelled out. */
const COLUMNS = ['period', 'partner_reported_exports', 'reporter_reported_imports', 'imports_fob', 'gap', 'gap_ratio', 'currency', 'months_exports', 'months_imports', 'fx_exports', 'fx_imports', 'notes']

const route = createRoute({
  method: 'get',
  path: '/mirror',
  summary: "mirror gaps: the partner's reported exports (FOB) vs the reporter's reported imports (CIF / 1.06), per period; format=csv for the table",
  request: { query: MirrorQuery },
  responses: { 200: okTable('rows with both sides, the gap and its ratio, the datasets of each side, FX rates used and warnings'), ...errors },
})

type Fx = { from: string; to: string; rate: number; basis: string } | null
const fxText = (x: Fx) => (x ? `${x.from}->${x.to} ${x.rate} (${x.basis})` : '')

/** The JSON twin of the dashboard's Mirror page. */
export function registerMirror(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { format, ...q } = c.req.valid('query')
    const result = await mirror(store, q)
    const provenance = mirrorProvenance(result)
    if (format === 'csv') {
      const rows = result.rows.map((r) => ({
        ...r,
        months_exports: r.months.exports,
        months_imports: r.months.imports,
        fx_exports: fxText(r.fx.partner_reported_exports),
        fx_imports: fxText(r.fx.reporter_reported_imports),
        notes: r.notes.join('; '),
      }))
      return csvResponse(c, `mirror-${result.query.reporter}-${result.query.partner}-${result.basket.id}-${q.by}`, rows, COLUMNS, provenance)
    }
    return c.json({ ok: true as const, ...result, provenance }, 200)
  })
}
