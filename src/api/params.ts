import { z } from '@hono/zod-openapi'
import { BASKETS } from '../trade/baskets/baskets.js'
import { resolveCountry } from '../trade/countries/resolve.js'
import { quote } from './failure.js'

// Each schema words its own error so the reply names the parameter and the bad value
// (STYLE.md 4); the validation hook passes messages starting with "invalid" through unchanged.
const bad = (name: string, expected: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `missing ${name}` : `invalid ${name}: ${quote(iss.input)} (expected ${expected})`

/** A country code or name, resolved to its canonical code by the trade domain's one resolver. */
export const countryParam = (name: string) =>
  z.string({ error: bad(name, 'a country code or name such as RUS or Russia') }).transform((v, ctx) => {
    try {
      return resolveCountry(v, name).code
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message, input: v })
      return z.NEVER
    }
  })

// No flags: the OpenAPI document takes the expression as its pattern, and wrote a flag into it.
const PERIOD = /^(\d{4})(-?[Qq][1-4]|-?(0[1-9]|1[0-2]))?$/
/** A period as 2023, 2023-Q4 or 2023-11; years outside 1900-2100 are typos, not data. */
export const periodParam = (name: string) =>
  z
    .string({ error: bad(name, 'a period such as 2023, 2023-Q4 or 2023-11') })
    .regex(PERIOD, { error: bad(name, 'a period such as 2023, 2023-Q4 or 2023-11') })
    .refine((v) => +v.slice(0, 4) >= 1900 && +v.slice(0, 4) <= 2100, { error: (iss) => `period out of range: ${name} ${quote(iss.input)} (expected a year 1900-2100)` })

const ids = BASKETS.map((b) => b.id)
export const basketParam = z
  .string({ error: bad('basket', `one of ${ids.join(', ')}`) })
  .refine((v) => ids.includes(v), { error: (iss) => `unknown basket: ${quote(iss.input)} (expected one of ${ids.join(', ')})` })
  .openapi({ example: 'chpl', description: `product basket: ${ids.join(', ')}` })

export const enumParam = <T extends string>(name: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: bad(name, values.join(', ')) })

/** A whole number in a range, given as query text. */
export const intParam = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { error: bad(name, `a whole number ${min}-${max}`) })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: (iss) => `invalid ${name}: ${quote(iss.input)} (expected a whole number ${min}-${max})` })

/** A fraction 0..1 (a screening threshold), given as query text. */
export const fractionParam = (name: string) =>
  z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, { error: bad(name, 'a number 0..1') })
    .transform(Number)

/** `dataset=ID,ID`: the datasets a figure may use (as `--dataset` on the command line). */
export const datasetsParam = z
  .string({ error: bad('dataset', 'dataset ids, comma separated (see /datasets)') })
  .regex(/^[0-9a-fA-F]{1,64}(,[0-9a-fA-F]{1,64})*$/, { error: bad('dataset', 'dataset ids, comma separated (see /datasets)') })
  .transform((v) => v.split(','))
  .openapi({ type: 'string', example: 'd3df855070d1697f', description: 'use only these datasets (ids from /datasets, comma separated)' })

/** `format=csv` turns any table route into a CSV download (Datasette's .csv twin). */
export const formatParam = enumParam('format', ['json', 'csv']).optional()

export const ErrorSchema = z.object({ ok: z.literal(false), error: z.string() }).openapi('Error')

/** Responses every route may give besides its own 200. */
export const errors = {
  400: { description: 'bad input: the message names the parameter and the bad value', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'no such thing (the message names it)', content: { 'application/json': { schema: ErrorSchema } } },
} as const

const OkSchema = z.object({ ok: z.literal(true) }).passthrough()

/** A 200 answer of a JSON document the route documents loosely (its shape is the domain's). */
export const okJson = (description: string) => ({ description, content: { 'application/json': { schema: OkSchema } } })

/** A 200 answer that is JSON, or CSV with format=csv. */
export const okTable = (description: string) => ({
  description: `${description} (format=csv: the table as CSV)`,
  content: { 'application/json': { schema: OkSchema }, 'text/csv': { schema: z.string() } },
})
