import { eurostat } from './eurostat.js'
import { num, text } from './expressions.js'
import type { Format, FormatContext, Plan } from './format.js'

/**
 * Eurostat Data Browser spreadsheet (xlsx): ingest streams its product sheets into the Comext
 * relational layout first (ingest/xlsx.ts, formats/databrowser.ts), one row per value cell with
 * the cell's place in POSITION; from there it is the relational view's plan, labels and all.
 * Errors name the sheet and cell instead of a line of the temporary CSV.
 */
export const eurostatXlsx: Format = {
  name: 'eurostat-xlsx',
  description: 'Eurostat Data Browser spreadsheet (xlsx; one sheet per product, periods as columns; EUR)',
  spreadsheet: true,
  plan(ctx: FormatContext): Plan {
    const base = eurostat.plan(ctx)
    const v = '"VALUE_IN_EUR"'
    return {
      ...base,
      position: '"POSITION"',
      checks: [
        ...base.checks.filter((c) => c.column !== 'VALUE_IN_EUR'),
        {
          column: 'VALUE_IN_EUR',
          bad: `(${text(v)} IS NULL OR ${num(v)} IS NULL OR NOT isfinite(${num(v)}) OR ${num(v)} < 0)`,
          expected: "a number or ':'",
        },
      ],
    }
  },
}
