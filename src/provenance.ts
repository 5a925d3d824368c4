/**
 * One line of an export's provenance: a `# key: value` line above a CSV table, a source line
 * under a downloaded chart. Ordered plain text without clocks, so the same question on the same
 * data gives the same bytes. Domain folders build them (trade/analytics/provenance.ts); edges print them.
 */
export interface ProvenanceLine {
  key: string
  value: string
}
export type Provenance = ProvenanceLine[]

export const SYNTHETIC_NOTE = 'SYNTHETIC DEMO DATA: generated, not real trade statistics'

/** Lines from [key, value] pairs; an undefined value leaves its line out. */
export function lines(pairs: [string, string | undefined][]): Provenance {
  return pairs.filter((p): p is [string, string] => p[1] !== undefined).map(([key, value]) => ({ key, value }))
}

/** `key=value` pairs of a query, empty ones left out, in the order given. */
export function queryText(q: Record<string, string | number | null | undefined>): string {
  return Object.entries(q)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
}
