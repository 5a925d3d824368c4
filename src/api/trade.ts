import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Store } from '../store/store.js'
import { BASKETS, getBasket } from '../trade/baskets/baskets.js'
import { listDatasets } from '../trade/datasets.js'
import { lines, SYNTHETIC_NOTE } from '../provenance.js'
import { cachedShares } from '../trade/analytics/cache.js'
import { sharesProvenance } from '../trade/analytics/provenance.js'
import { trend, trendProvenance } from '../trade/analytics/trend.js'
import { csvResponse } from './csv.js'
import { basketParam, countryParam, datasetsParam, enumParam, errors, formatParam, intParam, okJson, okTable, periodParam } from './params.js'

const focus = {
  importer: countryParam('importer').optional().openapi({ example: 'RUS', description: 'the importing country (its suppliers)' }),
  exporter: countryParam('exporter').optional().openapi({ description: 'the exporting country (its buyers)' }),
  basket: basketParam.default('total'),
  by: enumParam('by', ['year', 'quarter', 'month']).default('year'),
  from: periodParam('from').optional(),
  to: periodParam('to').optional(),
  basis: enumParam('basis', ['reported', 'mirror']).default('reported').openapi({ description: "reported: the importer's own statistics; mirror: partners' exports to it" }),
  baseline: periodParam('baseline').optional().openapi({ description: 'compare each share with this period (points)' }),
  dataset: datasetsParam.optional(),
  format: formatParam,
}
const SharesQuery = z.object({ ...focus, top: intParam('top', 1, 200).optional().openapi({ type: 'string', example: '8' }), partner: countryParam('partner').optional() })
const TrendQuery = z.object({ ...focus, partner: countryParam('partner').openapi({ example: 'CHN' }) })

const SHARE_COLUMNS = ['period', 'partner', 'partner_name', 'value', 'currency', 'share', 'baseline_share', 'change_pts']
const TREND_COLUMNS = [...SHARE_COLUMNS, 'is_baseline']
const DATASET_COLUMNS = ['id', 'format', 'file', 'target', 'rows', 'rejected', 'skipped', 'period_from', 'period_to', 'grain', 'currency', 'hs_levels', 'synthetic', 'loaded_at']

const routes = {
  datasets: createRoute({ method: 'get', path: '/datasets', summary: 'loaded datasets: file, rows, rejects, coverage, synthetic or real', request: { query: z.object({ format: formatParam }) }, responses: { 200: okTable('datasets'), ...errors } }),
  baskets: createRoute({ method: 'get', path: '/baskets', summary: 'product baskets and their HS codes', request: { query: z.object({ format: formatParam }) }, responses: { 200: okTable('baskets'), ...errors } }),
  basket: createRoute({ method: 'get', path: '/baskets/{id}', summary: 'one basket', request: { params: z.object({ id: basketParam }) }, responses: { 200: okJson('basket'), ...errors } }),
  shares: createRoute({ method: 'get', path: '/shares', summary: 'supplier (or buyer) shares by period; format=csv for the table', request: { query: SharesQuery }, responses: { 200: okTable('shares with basis, datasets and period totals'), ...errors } }),
  trend: createRoute({ method: 'get', path: '/trend', summary: "one partner's value and share over time", request: { query: TrendQuery }, responses: { 200: okTable('the partner rows, with baseline change when asked'), ...errors } }),
}

/** Trade routes: the JSON twins of the Supply, Partner trend and Datasets pages. */
export function registerTrade(app: OpenAPIHono, store: Store): void {
  app.openapi(routes.datasets, async (c) => {
    const datasets = await listDatasets(store)
    if (c.req.valid('query').format === 'csv') {
      const synthetic = datasets.filter((d) => d.synthetic).map((d) => d.file)
      const about = lines([['title', 'loaded datasets'], ['synthetic', synthetic.length ? `${synthetic.join(' ')} (${SYNTHETIC_NOTE})` : 'none']])
      return csvResponse(c, 'datasets', datasets.map((d) => ({ ...d })), DATASET_COLUMNS, about)
    }
    return c.json({ ok: true as const, datasets }, 200)
  })
  app.openapi(routes.baskets, (c) => {
    const about = lines([['title', 'product baskets and their HS codes'], ['hs_codes', 'a code covers every code under it; codes under another code of the basket are dropped']])
    if (c.req.valid('query').format === 'csv') return csvResponse(c, 'baskets', BASKETS.map((b) => ({ ...b, codes: b.codes.join(' ') })), ['id', 'name', 'source', 'codes'], about)
    return c.json({ ok: true as const, baskets: BASKETS }, 200)
  })
  app.openapi(routes.basket, (c) => c.json({ ok: true as const, basket: getBasket(c.req.valid('param').id) }, 200))
  app.openapi(routes.shares, async (c) => {
    const { format, dataset, ...q } = c.req.valid('query')
    const result = await cachedShares(store, { ...q, datasets: dataset })
    const provenance = sharesProvenance(result)
    if (format === 'csv') return csvResponse(c, `shares-${result.query.country}-${result.basket.id}-${q.by}-${q.basis}`, result.rows, SHARE_COLUMNS, provenance)
    return c.json({ ok: true as const, ...result, provenance }, 200)
  })
  app.openapi(routes.trend, async (c) => {
    const { format, dataset, ...q } = c.req.valid('query')
    const result = await trend(store, { ...q, datasets: dataset }, cachedShares)
    const provenance = trendProvenance(result)
    if (format === 'csv') return csvResponse(c, `trend-${result.query.country}-${result.partner}-${result.basket.id}`, result.rows, TREND_COLUMNS, provenance)
    return c.json({ ok: true as const, ...result, provenance }, 200)
  })
}
