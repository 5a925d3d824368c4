import type { Provenance } from './provenance.js'

/**
 * An export's provenance as leading `# key: value` lines (line breaks in a value made spaces):
 * comment lines rather than extra columns, so the table keeps its shape, and pandas
 * (`comment='#'`), R (`comment.char = '#'`) and DuckDB (`read_csv(..., comment = '#')`) read it as it is.
 */
export function csvComments(provenance: Provenance): string[] {
  return provenance.map((l) => `# ${l.key}: ${l.value.replace(/[\r\n]+/g, ' ')}`)
}

/** A number written in full (-1.5, 2e6): the only text a spreadsheet may see starting with "-". */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text starting
 * with = + - @ (or a tab or carriage return) makes spreadsheets run the cell as a formula (CSV
 * injection), and names, list captions and file names are other people's data, so such a cell
 * gets a leading apostrophe unless the whole text is a number ("-1+cmd|' /C calc'!A0" is not).
 */
export function csvField(v: unknown): string {
  if (v == null) return ''
  const s = String(v)
  const safe = /^[=+\-@\t\r]/.test(s) && !(typeof v === 'number' || NUMBER.test(s)) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
