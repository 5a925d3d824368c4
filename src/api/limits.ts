import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../errors.js'

/** Size limits of request bodies, in bytes. */
export interface Limits {
  /** JSON bodies: POST /screen and /match (1,000 names fit in well under a megabyte). */
  json: number
  /** Uploaded files: POST /datasets (streamed to disk) and POST /lists. */
  upload: number
}

export const DEFAULT_LIMITS: Limits = { json: 2 * 1024 * 1024, upload: 1024 * 1024 * 1024 }

/** Rejects a body over `max` bytes with 413 and a message that gives the size and the limit. */
export function limitBody(max: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: max,
    onError: (c) => {
      const size = c.req.header('content-length')
      throw new AppError(413, `request body too large: ${size ? `${size} bytes` : `more than ${max} bytes`} (limit ${max} bytes)`)
    },
  })
}

/** Names one /match query may carry (name, alias, first/middle/last name together). */
export const MAX_NAMES_PER_QUERY = 20
/** Names one request may carry in all: the work of one request is bounded, whoever sends it. */
export const MAX_NAMES_PER_REQUEST = 2000

/**
 * Returns a function to await between units of work: it gives the event loop a turn once
 * `sliceMs` have passed, so a long batch on one connection never stalls the others (a 1,000
 * query /match held a concurrent GET /baskets for 5.6 s).
 */
export function timeSlicer(sliceMs = 4): () => Promise<void> {
  let last = performance.now()
  return async () => {
    if (performance.now() - last < sliceMs) return
    await new Promise<void>((ok) => setImmediate(ok))
    last = performance.now()
  }
}
