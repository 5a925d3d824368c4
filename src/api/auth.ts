import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { AppError } from '../errors.js'

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * Guards a write route with the bearer token the server was started with. With no token the
 * route is off: a workbench on a laptop should not accept uploads from any local page by default.
 */
export function requireToken(token: string | undefined, method: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== method) return next()
    if (!token) throw new AppError(403, 'write routes are off: start the server with --token or CHOKEPOINT_TOKEN to allow uploads')
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!given) throw new AppError(401, 'missing bearer token: send "Authorization: Bearer <token>"')
    // Compare digests so the time taken says nothing about how much of the token was right.
    if (!timingSafeEqual(digest(given), digest(token))) throw new AppError(403, 'invalid bearer token')
    return next()
  }
}
