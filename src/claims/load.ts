import { LineCounter, parseDocument, type Document } from 'yaml'
import { AppError } from '../errors.js'
import { BASKETS } from '../trade/baskets/baskets.js'
import { resolvePartner } from '../trade/countries/groups.js'
import { resolveCountry } from '../trade/countries/resolve.js'
import type { Unmapped } from './extract.js'
import type { Measure } from './figures.js'
import { ClaimsFileSchema, type ClaimInput } from './schema.js'
import type { Comparator } from './words.js'

/** A checked claim: countries as codes (a partner may be a group, or WLD for all partners), figures as numbers. */
export interface Claim {
  id: string
  /** The line of the claim in its file (null for claims that came as JSON). */
  line: number | null
  statement: string
  source: string | null
  date: string | null
  direction: 'imports' | 'exports'
  /** The importer (imports) or exporter (exports); null when the text did not say. */
  country: string | null
  partner: string | null
  basket: string | null
  basket_stated: boolean
  period: string | null
  baseline: string | null
  basis: 'reported' | 'mirror' | null
  measure: Measure
  comparator: Comparator
  figure: number
  high: number | null
  tolerance: number | null
  currency: string
  unmapped: Unmapped[]
}

interface Issue {
  path: (string | number)[]
  reason: string
}

/**
 * A claims file's text (YAML, so JSON too) to checked claims. Every problem fails the load, one
 * line each: `FILE:LINE: claims[2].figure: REASON`. A file with no claims is an empty list.
 */
export function parseClaims(text: string, file = 'claims.yaml'): Claim[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new AppError(400, `bad claims file: ${file}:${lines.linePos(e.pos[0]).line}: YAML syntax error: ${e.message.split('\n')[0]}`)
  }
  const js = doc.toJS() ?? {}
  const parsed = ClaimsFileSchema.safeParse(js, { error: zodMessage })
  const issues: Issue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], reason: i.message }))
  const claims = parsed.success ? (parsed.data.claims ?? []).map((c, n) => toClaim(c, n, parsed.data, issues, lineOf(doc, lines, ['claims', n]))) : []
  if (issues.length) {
    const all = issues.map((i) => where(file, doc, lines, i))
    throw new AppError(400, `bad claims file: ${all[0]}${all.length > 1 ? ` (${all.length} problems in all)` : ''}`, all)
  }
  return claims
}

function toClaim(c: ClaimInput, n: number, file: { source?: string | null; date?: string | null }, issues: Issue[], line: number | undefined): Claim {
  const at = (field: string) => ['claims', n, field]
  const country = (field: 'importer' | 'exporter') => {
    const raw = c[field]
    if (raw == null) return null
    try {
      return resolveCountry(raw, field).code
    } catch (err) {
      issues.push({ path: at(field), reason: (err as Error).message })
      return null
    }
  }
  let partner: string | null = null
  if (c.partner != null) {
    try {
      partner = resolvePartner(c.partner).code
    } catch (err) {
      issues.push({ path: at('partner'), reason: (err as Error).message })
    }
  }
  if (c.basket != null && !BASKETS.some((b) => b.id === c.basket)) issues.push({ path: at('basket'), reason: `unknown basket: "${c.basket}" (see: chokepoint baskets)` })
  const exports = c.exporter !== undefined && c.importer === undefined
  const figure = Array.isArray(c.figure) ? c.figure : [c.figure, null]
  return {
    id: c.id ?? `claim-${n + 1}`,
    line: line ?? null,
    statement: c.statement,
    source: c.source ?? file.source ?? null,
    date: c.date ?? file.date ?? null,
    direction: exports ? 'exports' : 'imports',
    country: country(exports ? 'exporter' : 'importer'),
    partner,
    basket: c.basket ?? null,
    basket_stated: c.basket_stated,
    period: c.period ?? null,
    baseline: c.baseline ?? null,
    basis: c.basis ?? null,
    measure: c.measure,
    comparator: c.comparator,
    figure: figure[0] as number,
    high: figure[1],
    tolerance: c.tolerance ?? null,
    currency: c.currency ?? 'USD',
    unmapped: c.unmapped ?? [],
  }
}

/** zod's own messages in the project's words: lowercase, naming what was expected. */
function zodMessage(iss: { code: string; input?: unknown; expected?: string; keys?: string[] }): string | undefined {
  if (iss.code === 'unrecognized_keys') return `unknown key${iss.keys!.length > 1 ? 's' : ''} ${iss.keys!.map((k) => JSON.stringify(k)).join(', ')}`
  if (iss.code === 'invalid_type' && iss.input === undefined) return `missing (expected ${iss.expected})`
  if (iss.code === 'invalid_type') return `expected ${iss.expected}, got ${JSON.stringify(iss.input)}`
  return undefined
}

function where(file: string, doc: Document, lines: LineCounter, i: Issue): string {
  const path = i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')
  const line = lineOf(doc, lines, i.path)
  return `${file}${line ? `:${line}` : ''}: ${path ? `${path}: ` : ''}${i.reason}`
}

/** The line of the deepest node the path reaches. */
function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    if (node?.range) return lines.linePos(node.range[0]).line
  }
  return undefined
}
