import { z } from 'zod'

// The shape of a claims file (YAML or JSON), checked at load. Countries, groups and baskets are
// checked after this against the project's data (load.ts), so each error can name its line.

export const COMPARATORS = ['over', 'under', 'about', 'between'] as const
export const MEASURES = ['share', 'value', 'change'] as const
export const BASES = ['reported', 'mirror'] as const

/** A year, quarter or month (2023, 2023-Q4, 2023-11), or months of one year (2023-01..2023-10). */
export const PERIOD = /^(\d{4})(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:\.\.\1-(?:0[1-9]|1[0-2]))?)?$/
const period = z.string().regex(PERIOD, { error: (i) => `bad period ${JSON.stringify(i.input)} (expected 2023, 2023-Q4, 2023-11 or months of one year such as 2023-01..2023-10)` })
const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected YYYY-MM-DD' }), z.date().transform((d) => d.toISOString().slice(0, 10))])
const text = z.string().trim().min(1, { error: 'empty text' })
const place = text.nullable().optional()

export const ClaimSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, { error: 'expected letters, digits, ".", "-" and "_"' }).optional(),
    statement: text,
    source: z.string().nullable().optional(),
    date: day.nullable().optional(),
    importer: place,
    exporter: place,
    partner: place,
    basket: place,
    /** The source states its HS codes and they are this basket's: no other reading is tried. */
    basket_stated: z.boolean().default(false),
    period: period.nullable().optional(),
    baseline: period.nullable().optional(),
    basis: z.enum(BASES, { error: `expected one of ${BASES.join(', ')}` }).nullable().optional(),
    measure: z.enum(MEASURES, { error: `expected one of ${MEASURES.join(', ')}` }).default('share'),
    comparator: z.enum(COMPARATORS, { error: `expected one of ${COMPARATORS.join(', ')}` }),
    figure: z.union([z.number(), z.tuple([z.number(), z.number()])], { error: 'expected a number, or [low, high] for between' }),
    tolerance: z.number().nonnegative({ error: 'expected a number >= 0' }).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected a currency code such as USD' }).optional(),
    words: z.record(z.string(), z.string()).optional(),
    unmapped: z.array(z.strictObject({ field: text, reason: text })).optional(),
  })
  .superRefine((c, ctx) => {
    const between = Array.isArray(c.figure)
    if ((c.comparator === 'between') !== between) ctx.addIssue({ code: 'custom', path: ['figure'], message: c.comparator === 'between' ? 'between needs [low, high]' : `a [low, high] figure needs comparator between, not ${c.comparator}` })
    const values = between ? (c.figure as number[]) : [c.figure as number]
    if (c.measure === 'share' && values.some((v) => v < 0 || v > 1)) ctx.addIssue({ code: 'custom', path: ['figure'], message: `a share is a fraction from 0 to 1 (0.7 for 70%), got ${JSON.stringify(c.figure)}` })
    if (between && values[0] > values[1]) ctx.addIssue({ code: 'custom', path: ['figure'], message: `low ${values[0]} is above high ${values[1]}` })
    if (c.importer !== undefined && c.exporter !== undefined && c.importer !== null && c.exporter !== null) ctx.addIssue({ code: 'custom', path: ['exporter'], message: 'give importer or exporter, not both' })
    if (c.importer === undefined && c.exporter === undefined) ctx.addIssue({ code: 'custom', path: ['importer'], message: 'missing (a claim names its importer or exporter, or null when the text does not say)' })
  })

export const ClaimsFileSchema = z.strictObject({
  source: z.string().nullable().optional(),
  date: day.nullable().optional(),
  claims: z.array(ClaimSchema).nullable().default([]),
})

export type ClaimInput = z.infer<typeof ClaimSchema>
