import { badInput } from '../errors.js'

/**
 * Quotes an identifier (table or column name) for SQL. The only way a name that came from
 * outside may reach a statement; values go in as `$parameters` instead.
 */
export function ident(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw badInput(`invalid identifier: "${name}"`)
  return `"${name.replaceAll('"', '""')}"`
}

/**
 * A string literal, for the few places DuckDB accepts no parameter (file paths inside
 * table functions such as read_csv, and COPY ... TO targets).
 */
export function literal(value: string): string {
  if (value.includes('\0')) throw badInput(`invalid text: contains a NUL byte`)
  return `'${value.replaceAll("'", "''")}'`
}
