import { literal } from '../../store/sql.js'
import type { Plan } from '../formats/format.js'
import { DEFAULT_MAX_LINE_BYTES } from './sniff.js'

/**
 * The raw relation: the file as text columns. With `lines` (SQL giving the line a record starts
 * on from its record number `rn`, see lines.ts), single-threaded and numbered as `_line`.
 */
export function rawRelation(file: string, delimiter: string, plan: Plan, lines?: string, header?: string[], maxLine = DEFAULT_MAX_LINE_BYTES): string {
  const options = [
    `max_line_size = ${Math.floor(maxLine) + 2}`,
    'header = true',
    ...columnsOption(header),
    `delim = ${literal(delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    plan.csv,
    lines ? 'parallel = false' : undefined,
  ].filter(Boolean)
  const read = `read_csv(${literal(file)}, ${options.join(', ')})`
  const rel = lines ? `(SELECT ${lines} AS _line, * EXCLUDE (rn) FROM (SELECT row_number() OVER () AS rn, * FROM ${read}))` : read
  return plan.from ? plan.from(rel) : `${rel} AS raw`
}

/**
 * Names the columns from the sniffed header, so DuckDB does not guess them: its sniffer takes a
 * row with one field too many (an unquoted comma) for the header and the load then fails with a
 * misleading "column not found". Named, such a row fails as "FILE:LINE: ... Found: 11". Headers
 * with empty or repeated names keep DuckDB's own naming.
 */
function columnsOption(header?: string[]): string[] {
  const distinct = new Set(header?.map((h) => h.toLowerCase()))
  if (!header?.length || distinct.size < header.length || header.some((h) => !h.trim())) return ['all_varchar = true']
  return ['auto_detect = false', `columns = {${header.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ')}}`]
}

/** The reason a row is rejected, as a message naming the column and the bad value, or NULL. */
export function rejectExpr(plan: Plan): string {
  if (!plan.checks.length) return 'NULL'
  const whens = plan.checks.map(
    (c) =>
      `WHEN ${c.bad} THEN ${plan.position ? `${plan.position} || ': ` : `'column ${c.column.replaceAll("'", "''")}: `}bad value "' || left(COALESCE(raw."${c.column.replaceAll('"', '""')}"::VARCHAR, ''), 80) || '" (expected ${c.expected.replaceAll("'", "''")})'`
  )
  return `CASE WHEN (${plan.skip}) IS NULL THEN CASE ${whens.join(' ')} END END`
}

export function stageSql(raw: string, plan: Plan): string {
  const cols = Object.entries(plan.columns).map(([name, expr]) => `${expr} AS ${name}`)
  return `CREATE OR REPLACE TEMP TABLE stage AS
    SELECT ${cols.join(', ')}, (${plan.skip}) AS _skip, ${rejectExpr(plan)} AS _reject FROM ${raw}`
}

/** First rejected rows with their line numbers (a second, single-threaded read; failure path only). */
export function rejectsSql(rawWithLines: string, plan: Plan, limit?: number): string {
  return `SELECT * FROM (SELECT raw._line AS line, ${rejectExpr(plan)} AS reason, raw.* EXCLUDE (_line)
    FROM ${rawWithLines}) WHERE reason IS NOT NULL ORDER BY line ${limit ? `LIMIT ${limit}` : ''}`
}
