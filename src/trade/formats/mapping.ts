import { z } from 'zod'
import { badInput } from '../../errors.js'

// The `--map MAP.json` file of the csv format (docs/csv-mapping.md), checked once with zod.

const FLOWS = ['import', 'export', 're-import', 're-export'] as const
const CODES = ['m49', 'alpha2', 'alpha3', 'imf', 'label', 'auto'] as const

const column = z.string({ error: 'a column name' }).trim().min(1, { error: 'a column name' })
const flow = z.enum(FLOWS, { error: `one of ${FLOWS.join(', ')}` })

const MappingSchema = z.strictObject(
  {
    columns: z.strictObject(
      {
        period: column,
        reporter: column.optional(),
        partner: column,
        partner_label: column.optional(),
        flow: column.optional(),
        hs: column.optional(),
        value: column,
        net_kg: column.optional(),
        quantity: column.optional(),
        quantity_unit: column.optional(),
      },
      { error: 'an object of column names' }
    ),
    constants: z.strictObject(
      {
        reporter: z
          .string({ error: 'a country code or name' })
          .trim()
          .min(1, { error: 'a country code or name' })
          .optional(),
        flow: flow.optional(),
        hs: z
          .string({ error: 'TOTAL or an HS code of 2, 4, 6, 8 or 10 digits' })
          .regex(/^(TOTAL|\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$/, {
            error: 'TOTAL or an HS code of 2, 4, 6, 8 or 10 digits',
          })
          .optional(),
        currency: z
          .string({ error: 'a currency code such as USD' })
          .regex(/^[A-Z]{3}$/, { error: 'a currency code such as USD' }),
      },
      { error: 'an object with at least "currency"' }
    ),
    codes: z.enum(CODES, { error: `one of ${CODES.join(', ')}` }),
    value_scale: z
      .number({ error: 'a number > 0, e.g. 1000 for thousands' })
      .positive({ error: 'a number > 0, e.g. 1000 for thousands' })
      .optional(),
    flows: z
      .record(z.string(), flow, {
        error: "an object mapping the file's flow values to import, export, re-import or re-export",
      })
      .optional(),
  },
  { error: 'a JSON object with columns, constants and codes' }
)

export type Mapping = z.infer<typeof MappingSchema>

/** Each of these comes from a column of the file or from a constant, never both. */
const EITHER = ['reporter', 'flow', 'hs'] as const

/** Checks a parsed mapping file; errors name the bad key and its value. */
export function parseMapping(raw: unknown): Mapping {
  if (raw === undefined)
    throw badInput('format csv needs a mapping file: --map MAP.json (see docs/csv-mapping.md)')
  const result = MappingSchema.safeParse(raw, { reportInput: true })
  if (!result.success) {
    throw badInput(`invalid mapping (--map): ${result.error.issues.map(describeIssue).join('; ')}`)
  }
  const m = result.data
  for (const key of EITHER) {
    const col = m.columns[key]
    const constant = m.constants[key]
    if (col !== undefined && constant !== undefined) {
      throw badInput(
        `invalid mapping (--map): "${key}" is given twice, as columns.${key} "${col}" and constants.${key} "${constant}" (expected one of them)`
      )
    }
    if (col === undefined && constant === undefined) {
      throw badInput(
        `invalid mapping (--map): missing key "columns.${key}" or "constants.${key}" (expected a column name or a constant)`
      )
    }
  }
  if (m.flows && m.constants.flow)
    throw badInput(
      'invalid mapping (--map): key "flows" is given with constants.flow (expected flows only with columns.flow)'
    )
  return m
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = (path: PropertyKey[]) => path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${at([...issue.path, k])}"`).join(', ')
    return `unknown key ${keys} (expected only the keys of docs/csv-mapping.md)`
  }
  if (issue.input === undefined)
    return `missing key "${at(issue.path)}" (expected ${issue.message})`
  return `key "${at(issue.path) || '(top)'}": bad value ${JSON.stringify(issue.input)} (expected ${issue.message})`
}
