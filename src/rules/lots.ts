import { parse } from 'csv-parse/sync'
import { badInput } from '../errors.js'
import { findCountry } from '../trade/countries/resolve.js'
import type { Lot, Vocabulary } from './model.js'
import { LOT_TIME_EXPECTED, lotMillis, parseLotTime, type LotTime } from './time.js'
import { readEvidence } from './evidence.js'
import { known, lookup } from './vocabulary.js'

/** The columns of a lots file; producer and evidence may be left out of the header. */
export const LOT_COLUMNS = ['lot_id', 'metal', 'origin_country', 'producer', 'production_date', 'warrant_issue_date', 'exchange', 'actor_jurisdiction', 'action', 'evidence'] as const
const OPTIONAL = new Set(['producer', 'evidence'])

// Words people write for "not known" in an optional cell: read as an empty cell (which never
// lets a lot through), not as a bad value. Not for exchange, where "none" means off-exchange.
const BLANK = new Set(['-', 'n/a', 'na', 'none', 'unknown', 'null', 'not known'])

/** One row as given: the line it ends on in the file (or its place in a JSON list) and its cells by column. */
export interface LotRecord {
  line: number
  cells: Record<string, string>
}

/** A row that could not be read as a lot, with every bad column named. */
export interface BadRow {
  line: number
  lot_id: string
  reason: string
  cells: Record<string, string>
}

/** Reads a lots CSV (RFC 4180, UTF-8, BOM allowed): header checked, each record with the line it starts on. */
export function readLotsCsv(text: string, name: string): { header: string[]; records: LotRecord[] } {
  let rows: { record: string[]; info: { lines: number } }[]
  try {
    rows = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows
  } catch (err) {
    throw badInput(`${name}: malformed CSV: ${(err as Error).message}`)
  }
  if (!rows.length) throw badInput(`${name}: empty file (expected a header line: ${LOT_COLUMNS.join(',')})`)
  // "Lot ID" and "lot-id" name the lot_id column.
  const header = rows[0].record.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'))
  checkHeader(header, name)
  // info.lines is the line a record ends on: its only line, unless a quoted cell holds a line break.
  const records = rows.slice(1).map((r) => ({ line: r.info.lines, cells: Object.fromEntries(header.map((h, k) => [h, r.record[k] ?? ''])) }))
  if (!records.length) throw badInput(`${name}: no lots after the header`)
  return { header, records }
}

export function checkHeader(header: string[], name: string): void {
  const missing = LOT_COLUMNS.filter((c) => !OPTIONAL.has(c) && !header.includes(c))
  if (missing.length) throw badInput(`${name}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.join(', ') || 'none'}; expected ${LOT_COLUMNS.join(',')})`)
}

/**
 * One record to a lot, or a bad row naming each bad column and its value. Unknown metals and
 * exchanges are not errors: the lot is decided and sent to review (decide.ts), since the
 * vocabulary may simply lack a name; nor is free text in the evidence column (evidence.ts): the
 * kinds its words name are read, the rest is kept for review. Unknown actions and countries are errors.
 */
export function readLot({ line, cells }: LotRecord, v: Vocabulary): Lot | BadRow {
  const problems: string[] = []
  const given = (c: string) => (cells[c] ?? '').trim()
  const cell = (c: string) => (c !== 'exchange' && BLANK.has(given(c).toLowerCase()) ? '' : given(c))
  const bad = (c: string, why: string) => problems.push(`column ${c}: ${cell(c) ? `bad value ${JSON.stringify(cell(c))}` : 'empty'} (${why})`)
  const lot_id = cell('lot_id')
  if (!lot_id) bad('lot_id', 'expected an id for the lot')
  if (!cell('metal')) bad('metal', `expected one of ${known(v, 'metals').join(', ')}`)
  const action = lookup(v, 'actions', cell('action'))
  if (!action) bad('action', `expected one of ${known(v, 'actions').join(', ')}`)
  const country = (c: string) => {
    if (!cell(c)) return undefined
    const place = findCountry(cell(c))
    if (!place) bad(c, 'unknown country; expected an ISO code such as RU or GB, or a country name')
    return place?.code
  }
  const origin_country = country('origin_country')
  const actor_jurisdiction = country('actor_jurisdiction')
  const date = (c: string): LotTime | undefined => {
    if (!cell(c)) return undefined
    const t = parseLotTime(cell(c))
    if (typeof t === 'string') return void bad(c, `${t}; expected ${LOT_TIME_EXPECTED}`)
    return t
  }
  const production_date = date('production_date')
  const warrant_issue_date = date('warrant_issue_date')
  if (production_date && warrant_issue_date && lotMillis(production_date, 'UTC') > lotMillis(warrant_issue_date, 'UTC'))
    bad('production_date', `after warrant_issue_date ${JSON.stringify(warrant_issue_date.text)}: metal is produced before its warrant is issued`)
  const { kinds: evidence, unrecognised } = readEvidence(cell('evidence'), v)
  if (problems.length) return { line, lot_id, reason: problems.join('; '), cells }
  const exchange = cell('exchange') ? lookup(v, 'exchanges', cell('exchange')) : 'none'
  return {
    line, lot_id, raw: cells, metal: lookup(v, 'metals', cell('metal')), exchange, origin_country, actor_jurisdiction,
    producer: cell('producer').toLowerCase() || undefined, action: action!, production_date, warrant_issue_date, evidence,
    ...(unrecognised.length ? { unrecognised_evidence: unrecognised } : {}),
  }
}

export const isBadRow = (x: Lot | BadRow): x is BadRow => 'reason' in x
