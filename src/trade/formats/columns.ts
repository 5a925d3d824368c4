import { badInput } from '../../errors.js'
import { ident } from '../../store/sql.js'

/**
 * Finds the file's column for each field, by any of its known names (case-insensitive), so
 * API, bulk and legacy downloads of one source all read. Returns quoted identifiers.
 */
export function resolveColumns<K extends string>(
  file: string,
  header: string[],
  fields: Record<K, { names: string[]; required: boolean }>
): Record<K, string | undefined> {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]))
  const out = {} as Record<K, string | undefined>
  const missing: string[] = []
  for (const [field, spec] of Object.entries(fields) as [K, { names: string[]; required: boolean }][]) {
    const hit = spec.names.map((n) => lower.get(n.toLowerCase())).find((h) => h !== undefined)
    if (hit !== undefined) out[field] = ident(hit)
    else if (spec.required) missing.push(spec.names.join(' or '))
  }
  if (missing.length) {
    throw badInput(
      `${file}: missing column ${missing.join(', ')} (header has: ${headerList(header)})`
    )
  }
  return out
}

/** Column name without quotes, for messages. */
export function bare(col: string): string {
  return col.replace(/^"|"$/g, '').replaceAll('""', '"')
}

/** The first columns of a header for a message, each cut short: a header can be a whole file. */
export function headerList(header: string[]): string {
  const names = header.slice(0, 12).map((h) => (h.length > 40 ? `${h.slice(0, 40)}…` : h))
  return names.join(', ') + (header.length > 12 ? ', ...' : '')
}
