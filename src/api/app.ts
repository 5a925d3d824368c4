import { Hono } from 'hono'
import type { Context } from 'hono'
import { AppError } from '../errors.js'
import type { Store } from '../store/store.js'
import { BASKETS } from '../trade/baskets/baskets.js'
import { listDatasets } from '../trade/datasets.js'
import { parseGrain } from '../trade/analytics/periods.js'
import { shares, type Basis } from '../trade/analytics/shares.js'
import { serveWeb } from './static.js'

export interface Deps {
  store: Store
}

/** The HTTP API and the dashboard it serves; every page's data has a JSON route. */
export function createApp({ store }: Deps): Hono {
  const app = new Hono()
  app.onError((err, c) => fail(c, err))
  app.notFound((c) => c.json({ ok: false, error: `no such route: ${c.req.method} ${c.req.path}` }, 404))

  app.get('/datasets', async (c) => c.json({ ok: true, datasets: await listDatasets(store) }))
  app.get('/baskets', (c) => c.json({ ok: true, baskets: BASKETS }))
  app.get('/shares', async (c) => {
    const q = c.req.query()
    const basis = q.basis ?? 'reported'
    if (basis !== 'reported' && basis !== 'mirror') throw new AppError(400, `invalid basis: "${basis}" (expected reported or mirror)`)
    const result = await shares(store, {
      importer: q.importer,
      exporter: q.exporter,
      basket: q.basket ?? 'total',
      by: parseGrain(q.by ?? 'year'),
      from: q.from,
      to: q.to,
      basis: basis as Basis,
      top: q.top ? Number(q.top) : undefined,
      partner: q.partner,
      baseline: q.baseline,
    })
    return c.json({ ok: true, ...result })
  })
  serveWeb(app)
  return app
}

function fail(c: Context, err: Error) {
  if (err instanceof AppError) return c.json({ ok: false, error: err.message }, err.status as 400)
  console.error(err)
  return c.json({ ok: false, error: 'internal error' }, 500)
}
