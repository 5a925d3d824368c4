import type { CodeSystem } from '../countries/countries.js'

/** A rule that rejects a row: `bad` is a SQL condition over the raw (all-text) columns. */
export interface Check {
  column: string
  bad: string
  expected: string
}

/**
 * How one input format becomes rows of a target table. Every expression is SQL over the
 * relation `raw`: the file as read by DuckDB's CSV reader with every column as text, so codes
 * keep their leading zeros and nothing is guessed. Rows stream through DuckDB; none is held in JS.
 */
export interface Plan {
  target: 'flow' | 'shipment'
  /** SQL expressions for each stage column (see targets.ts for the names each target needs). */
  columns: Record<string, string>
  /** SQL giving the reason a row is left out on purpose (breakdowns, repeated headers), or NULL. */
  skip: string
  checks: Check[]
  /** Stage columns holding reporter/partner/country codes, and the code system they use. */
  places: Record<string, CodeSystem | 'auto'>
  /** Optional stage column with the source's own label for the partner (used to name residual codes). */
  partnerLabel?: string
  /** Wraps the raw relation, e.g. to unpivot year columns; default `raw`. */
  from?: (raw: string) => string
  /** Extra read_csv options (SQL), e.g. `delim = '\t'`. */
  csv?: string
  /** Statements run on the stage table before loading (e.g. drop breakdowns only when totals exist). */
  refine?: string[]
  currency: string
  /**
   * Raw column naming where a row came from in the original file (`sheet "Sheet 3" cell F12`),
   * for inputs converted to CSV first: messages name it instead of a line of the CSV.
   */
  position?: string
}

export interface FormatContext {
  file: string
  header: string[]
  /** Parsed `--map` file, for the csv format. */
  map?: unknown
}

export interface Format {
  name: string
  description: string
  plan(ctx: FormatContext): Plan
  /** An xlsx workbook, converted to CSV before the load (ingest/xlsx.ts). */
  spreadsheet?: boolean
}
