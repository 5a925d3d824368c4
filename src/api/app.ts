import { OpenAPIHono } from '@hono/zod-openapi'
import { loadRules } from '../rules/load.js'
import type { RuleSet } from '../rules/model.js'
import { loadWeights, type Weights } from '../risk/weights.js'
import type { Screening } from '../screening/index.js'
import type { Store } from '../store/store.js'
import { registerClaims } from './claims.js'
import { fail, validationHook } from './failure.js'
import { DEFAULT_LIMITS, limitBody, type Limits } from './limits.js'
import { registerMatch } from './match.js'
import { registerMirror } from './mirror.js'
import { registerRisk } from './risk.js'
import { registerRules } from './rules.js'
import { registerScreening } from './screening.js'
import { serveWeb } from './static.js'
import { registerTrade } from './trade.js'
import { registerDiversion } from './diversion.js'
import { registerUploads } from './uploads.js'

export interface Deps {
  store: Store
  screening: Screening
  /** Bearer token for the write routes; without one they are off. Read once at the CLI edge. */
  token?: string
  limits?: Limits
  /** The metals rules (built-in plus `serve --rules DIR`), loaded once at the edge. */
  rules?: RuleSet
  /** The risk weights table (the built-in one unless given), loaded once at the edge. */
  weights?: Weights
  /** The claims file GET /claims checks (default: the published figures, examples/claims.yaml). */
  claimsFile?: string
}

/** The HTTP API and the dashboard it serves; every page's data has a JSON route. */
export function createApp({ store, screening, token, limits = DEFAULT_LIMITS, rules = loadRules(), weights = loadWeights(), claimsFile }: Deps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook })
  app.onError((err, c) => fail(c, err))
  app.notFound((c) => c.json({ ok: false, error: `no such route: ${c.req.method} ${c.req.path}` }, 404))
  app.use('*', async (c, next) => {
    await next()
    // The API is read by other local tools; it must not be framed or sniffed by a browser.
    c.header('x-content-type-options', 'nosniff')
    c.header('x-frame-options', 'DENY')
  })
  app.use('/screen', limitBody(limits.json))
  app.use('/match/*', limitBody(limits.json))
  app.use('/metals/*', limitBody(limits.json))
  app.use('/risk', limitBody(limits.json))
  app.use('/claims/*', limitBody(limits.json))
  app.use('/lists', limitBody(limits.upload))

  registerTrade(app, store)
  registerDiversion(app, store)
  registerMirror(app, store)
  registerScreening(app, screening)
  registerMatch(app, screening)
  registerRules(app, rules)
  registerRisk(app, store, screening, weights)
  registerClaims(app, store, claimsFile)
  registerUploads(app, store, screening, token, limits)
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'chokepoint',
      version: '0.1.0',
      description: 'Trade flows, supplier shares, sanctions screening, the metals rules, shipment risk and claims checked against the data. Errors: {"ok": false, "error": "..."}. Table routes take format=csv.',
    },
  })
  serveWeb(app)
  return app
}
