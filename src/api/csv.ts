import type { Context } from 'hono'
import { csvComments, csvField } from '../csv.js'
import type { Provenance } from '../provenance.js'

/**
 * Rows as CSV text: the provenance as leading `# key: value` lines (csvComments), then a header
 * line and the rows; `columns` fixes the order and which fields appear.
 */
export function toCsv(rows: object[], columns: string[], provenance: Provenance): string {
  const lines = [...csvComments(provenance), columns.join(',')]
  for (const r of rows as Record<string, unknown>[]) lines.push(columns.map((c) => csvField(r[c])).join(','))
  return lines.join('\r\n') + '\r\n'
}

/** A CSV download named after the table (the browser saves it as `name`.csv), provenance first. */
export function csvResponse(c: Context, name: string, rows: object[], columns: string[], provenance: Provenance): Response {
  return c.body(toCsv(rows, columns, provenance), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name.replace(/[^\w.-]+/g, '-')}.csv"`,
  })
}
