import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { parse } from 'csv-parse'
import { csvComments, csvField } from '../csv.js'
import { badInput } from '../errors.js'
import type { Provenance } from '../provenance.js'
import type { Query } from './match/analyse.js'
import type { BatchAnswer, BatchRecord, Pool } from './pool.js'
import { lenientUserQuery } from './user-query.js'

/**
 * One row per record of each card (`card`: the card's rank in the row's answer; `rank`: the
 * record's within its card, 1 = the card's best, whose score is the card's), so every source
 * record keeps its own score and explanation; rows of one card are adjacent.
 */
export const BATCH_COLUMNS = ['row', 'query_name', 'status', 'card', 'rank', 'score', 'match', 'entity_id', 'caption', 'schema', 'list_version', 'datasets', 'programs', 'listed', 'explanation', 'warnings', 'ref']
// A record's columns, empty on a row without one (card .. listed).
const EMPTY = BATCH_COLUMNS.slice(3, -3).map(() => '')
const LIST_VERSION = BATCH_COLUMNS.indexOf('list_version') - 3

/** A record's status: a match, a candidate (at or above the cutoff), or on the card as the same entity. */
const status = (r: BatchRecord) => (r.match ? 'match' : r.hit ? 'candidate' : 'same entity')

// The row's warnings (a value left out, a name cut short) and the caller's reference go on each of
// its rows. A "no hit" row names the list versions it was screened against: a clean row says what
// it is clean of.
function rowsFor(n: number, q: Query, a: BatchAnswer, warned: string[], against: string, ref: string): unknown[][] {
  const name = Array.isArray(q.name) ? q.name.join('; ') : q.name
  const warnings = [...warned, ...a.warnings].join('; ')
  if (a.error) return [[n, name, `error: ${a.error}`, ...EMPTY, '', warnings, ref]]
  if (!a.records.length) return [[n, name, 'no hit', ...EMPTY.map((e, i) => (i === LIST_VERSION ? against : e)), '', warnings, ref]]
  return a.records.map((h) => [n, name, status(h), h.card, h.rank, h.score.toFixed(3), h.match, h.id, h.caption, h.schema, h.version, h.datasets.join(';'), h.programs.join(';'), h.listed, h.explanation, warnings, ref])
}

/** Counts of a batch: rows read; cards (entities) and matching cards; hit and matching records; rows in error; rows with a value left out. */
export interface BatchStats {
  rows: number
  cards: number
  card_matches: number
  hits: number
  matches: number
  errors: number
  warnings: number
}

/**
 * How a batch's rows are written: `head` before the first row (written once the input's header
 * is read and found good, so a bad file writes nothing), `rows` for each chunk in input order
 * (`first`: the batch's first chunk), `tail` after the last.
 */
export interface BatchFormat {
  head: string
  rows(rows: unknown[][], first: boolean): string
  tail(stats: BatchStats): string
}

/** CSV: the provenance as `# key: value` lines (as every CSV export writes it), the header, a line per row. */
export function csvFormat(provenance: Provenance = []): BatchFormat {
  return {
    head: [...csvComments(provenance), BATCH_COLUMNS.join(',')].map((l) => `${l}\n`).join(''),
    rows: (rows) => rows.map((l) => `${l.map(csvField).join(',')}\n`).join(''),
    tail: () => '',
  }
}

// A row as JSON: the CSV's columns as keys; the score a number, a record's empty fields null.
const KEPT_EMPTY = new Set(['query_name', 'warnings'])
const rowJson = (r: unknown[]) => Object.fromEntries(BATCH_COLUMNS.map((c, i) => [c, r[i] === '' && !KEPT_EMPTY.has(c) ? null : c === 'score' ? Number(r[i]) : r[i]]))

/**
 * One JSON document, written as the rows come: `{"ok": true, ...about, "rows": [...], "batch":
 * summary(stats)}`, one row a line, so a batch of millions streams as the CSV does.
 */
export function jsonFormat(about: Record<string, unknown>, summary: (stats: BatchStats) => Record<string, unknown>): BatchFormat {
  return {
    head: `${JSON.stringify({ ok: true, ...about }).slice(0, -1)},"rows":[\n`,
    rows: (rows, first) => rows.map((r, i) => `${first && i === 0 ? '' : ',\n'}${JSON.stringify(rowJson(r))}`).join(''),
    tail: (stats) => `\n],"batch":${JSON.stringify(summary(stats))}}\n`,
  }
}

/**
 * Screens a CSV of parties (columns name, and optional schema, country, birth_date, id, and ref:
 * the caller's own reference, a customer number, carried to each output row), streaming:
 * rows are read, screened in chunks on the worker pool and written in input order, one output
 * row per record of each card (or one saying "no hit" / the error), so millions of rows need little memory.
 * The input's header is checked before anything is written; a file is written whole or not at all.
 * `versions`: the list versions screened against, named in each "no hit" row's list_version.
 */
export async function screenCsv(pool: Pool, inFile: string, out: Writable | string,
  { chunk = 256, inFlight = 4, format = csvFormat(), versions = [], onProgress, onWarning }: { chunk?: number; inFlight?: number; format?: BatchFormat; versions?: string[]; onProgress?: (rows: number) => void; onWarning?: (row: number, warning: string) => void } = {}): Promise<BatchStats> {
  // A read stream's open error does not travel through pipe(): the parser would wait forever.
  const info = await stat(inFile).catch(() => undefined)
  if (!info?.isFile()) throw badInput(`no such file: ${inFile}`)
  // A file is written beside its name and renamed when complete: a failed run leaves no half file.
  const partial = typeof out === 'string' ? `${out}.partial` : undefined
  const sink: Writable = partial ? createWriteStream(partial) : (out as Writable)
  // The header is checked as it is read: a file without a name column is refused before a byte is written.
  let header: string[] | undefined
  const columns = (h: string[]) => {
    header = h.map((c) => c.trim().toLowerCase())
    if (!header.includes('name')) throw badInput(`${inFile}: missing column "name" (found: ${header.join(', ')})`)
    return header
  }
  const parser = createReadStream(inFile).pipe(parse({ columns, bom: true, relax_column_count: true, skip_empty_lines: true }))
  let chunks = 0
  const against = versions.join(';')
  const stats: BatchStats = { rows: 0, cards: 0, card_matches: 0, hits: 0, matches: 0, errors: 0, warnings: 0 }
  const pending: Promise<void>[] = []
  let writing: Promise<void> = Promise.resolve()
  let buf: { n: number; q: Query; warnings: string[]; ref: string }[] = []
  const flush = () => {
    const part = buf
    buf = []
    const answers = pool.screen(part.map((p) => p.q))
    // Answers are written in input order: each chunk waits for the one before it.
    writing = writing.then(async () => {
      const res = await answers
      const lines = res.flatMap((a, i) => {
        if (a.error) stats.errors++
        for (const r of a.records) {
          stats.cards += r.rank === 1 ? 1 : 0
          stats.card_matches += r.rank === 1 && r.match ? 1 : 0
          stats.hits += r.hit ? 1 : 0
          stats.matches += r.match ? 1 : 0
        }
        return rowsFor(part[i].n, part[i].q, a, part[i].warnings, against, part[i].ref)
      })
      if (!sink.write(format.rows(lines, chunks++ === 0))) await new Promise<void>((ok) => sink.once('drain', () => ok()))
      onProgress?.(part[part.length - 1].n)
    })
    pending.push(writing)
    return writing
  }
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      if (stats.rows++ === 0) sink.write(format.head)
      const typed = { name: rec.name ?? '', schema: rec.schema || undefined, country: rec.country || undefined, birthDate: rec.birth_date || undefined, id: rec.id || undefined }
      // A bad country or birth date is left out with a warning: the name is still screened.
      const { query: q, warnings } = lenientUserQuery(typed)
      if (warnings.length) stats.warnings++
      for (const w of warnings) onWarning?.(stats.rows, w)
      buf.push({ n: stats.rows, q, warnings, ref: rec.ref ?? '' })
      if (buf.length >= chunk) {
        flush()
        if (pending.length >= inFlight) await pending.shift()
      }
    }
    if (!header) throw badInput(`${inFile}: empty file (expected a header line with a "name" column)`)
    if (stats.rows === 0) sink.write(format.head)
    if (buf.length) flush()
    await writing
    sink.write(format.tail(stats))
  } catch (err) {
    if (partial) await new Promise<void>((ok) => sink.end(() => ok())).then(() => rm(partial, { force: true }))
    const e = err as { code?: string; lines?: number; message: string }
    // csv-parse's errors carry an upper-case code (INVALID_OPENING_QUOTE, CSV_...) and the line.
    if (e.code && /^[A-Z_]+$/.test(e.code) && e.lines !== undefined) throw badInput(`${inFile}:${e.lines}: malformed csv: ${e.message}`)
    throw err
  }
  if (partial) {
    await new Promise<void>((ok) => sink.end(() => ok()))
    await rename(partial, out as string)
  }
  return stats
}
