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
