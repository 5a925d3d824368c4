import type { Context } from 'hono'
import { csvField } from '../csv.js'

/** Rows as CSV text with a header line; `columns` fixes the order and which fields appear. */
export function toCsv(rows: object[], columns: string[]): string {
  const lines = [columns.join(',')]
  for (const r of rows as Record<string, unknown>[]) lines.push(columns.map((c) => csvField(r[c])).join(','))
  return lines.join('\r\n') + '\r\n'
}

/** A CSV download named after the table (the browser saves it as `name`.csv). */
export function csvResponse(c: Context, name: string, rows: object[], columns: string[]): Response {
  return c.body(toCsv(rows, columns), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name.replace(/[^\w.-]+/g, '-')}.csv"`,
  })
}
