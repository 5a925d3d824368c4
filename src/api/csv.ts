import type { Context } from 'hono'

type Cell = string | number | boolean | null | undefined

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function field(v: Cell): string {
  if (v == null) return ''
  const s = String(v)
  // A leading = + - @ makes spreadsheets run the cell as a formula (CSV injection); list
  // names and file names are user data, so such text cells get a leading apostrophe.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows as CSV text with a header line; `columns` fixes the order and which fields appear. */
export function toCsv(rows: object[], columns: string[]): string {
  const lines = [columns.join(',')]
  for (const r of rows as Record<string, unknown>[]) lines.push(columns.map((c) => field(r[c] as Cell)).join(','))
  return lines.join('\r\n') + '\r\n'
}

/** A CSV download named after the table (the browser saves it as `name`.csv). */
export function csvResponse(c: Context, name: string, rows: object[], columns: string[]): Response {
  return c.body(toCsv(rows, columns), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name.replace(/[^\w.-]+/g, '-')}.csv"`,
  })
}
