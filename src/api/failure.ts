import type { Context, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ZodError } from 'zod'
import { AppError, badInput } from '../errors.js'

/** Quotes a user's value for an error message, cut short so a huge input can't flood the reply. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)
}

/** The one error shape of the API (Datasette style): `{ok: false, error}` with a 4xx/5xx status. */
export function fail(c: Context, err: Error): Response {
  if (err instanceof AppError) return c.json({ ok: false, error: err.message, ...(err.details ? { errors: err.details } : {}) }, err.status as 400)
  if (err instanceof HTTPException) return c.json({ ok: false, error: httpMessage(err) }, err.status)
  console.error(err)
  return c.json({ ok: false, error: 'internal error' }, 500)
}

function httpMessage(err: HTTPException): string {
  if (err.status === 413) return 'request body too large'
  if (err.status === 415) return 'unsupported content type (expected application/json)'
  return err.message.toLowerCase() || `http error ${err.status}`
}

type Target = 'query' | 'param' | 'json' | 'form' | 'header' | 'cookie'

/**
 * The zod-openapi validation hook: turns the first issue into a 400 that names the parameter
 * and the value it had, so a typo is found without reading a schema.
 */
export async function validationHook(result: { target: string; success: boolean; error?: ZodError }, c: Context): Promise<Response | undefined> {
  if (result.success || !result.error) return undefined
  const issue = result.error.issues[0]
  const path = issue.path.map(String)
  const where = path.join('.') || result.target
  // In a JSON body the same field name recurs (queries.3.name): say which one.
  const at = result.target === 'json' && path.length > 1 ? ` at ${where}` : ''
  // Schemas in params.ts word their own lowercase messages ("invalid basket: ..."); zod's own
  // start with a capital ("Invalid input"), and get the parameter and value added here.
  if (/^[a-z]/.test(issue.message)) return c.json({ ok: false, error: `${issue.message}${at}` }, 400)
  const raw = await rawValue(c, result.target as Target, path)
  const message = raw === undefined ? `missing ${where}` : `invalid ${where}: ${quote(raw)} (${issue.message.toLowerCase()})`
  return c.json({ ok: false, error: message }, 400)
}

async function rawValue(c: Context, target: Target, path: string[]): Promise<unknown> {
  if (target === 'query') return c.req.query(path[0])
  if (target === 'param') return c.req.param(path[0])
  if (target !== 'json') return undefined
  // The body text is cached by jsonBody(), so this parses it again rather than reading it.
  let value: unknown = await c.req.json().catch(() => undefined)
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/**
 * Reads and parses a JSON body before the validator does, so malformed JSON gets a message that
 * quotes the parser's complaint (which shows the bad text) instead of a generic one.
 */
export function jsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? ''
    if (!/^application\/json\b/i.test(type)) throw new AppError(415, `unsupported content type: ${quote(type)} (expected application/json)`)
    const text = await c.req.text()
    const depth = nesting(text)
    if (depth > MAX_JSON_DEPTH) throw badInput(`request body nested too deep: ${depth} levels (at most ${MAX_JSON_DEPTH})`)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (err) {
      throw badInput(`malformed JSON in request body: ${String((err as Error).message).slice(0, 200)}`)
    }
    const path = protoKey(body)
    if (path) throw badInput(`invalid key "__proto__" at ${path || 'the top level'} (it cannot name a query or a field)`)
    await next()
  }
}

/** No request of the API nests deeper than a few levels; 5,000 levels overflowed the validator's stack. */
export const MAX_JSON_DEPTH = 32

/** How deep the brackets of a JSON text go, strings skipped: a linear scan, before any parsing. */
function nesting(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 92) i++ // backslash: skip the escaped character
      else if (ch === 34) inString = false
    } else if (ch === 34) inString = true
    else if (ch === 123 || ch === 91) max = Math.max(max, ++depth)
    else if (ch === 125 || ch === 93) depth--
  }
  return max
}

/**
 * The path of the first "__proto__" key in a parsed body, or undefined. JSON.parse keeps it as
 * an own key, but copying the object (as validation does) turns it into a prototype and the
 * entry vanishes: a /match query keyed so was dropped without a word.
 */
function protoKey(value: unknown, path = ''): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key
    if (key === '__proto__') return path || '(top level)'
    const found = protoKey((value as Record<string, unknown>)[key], at)
    if (found) return found
  }
  return undefined
}
