import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { parse } from 'csv-parse'
import { csvField } from '../csv.js'
import { AppError, badInput } from '../errors.js'
import type { Query } from './match/analyse.js'
import type { BatchAnswer, BatchRecord, Pool } from './pool.js'
import { checkUserQuery } from './user-query.js'

/**
 * One row per record of each card (`card`: the card's rank in the row's answer; `rank`: the
 * record's within its card, 1 = the card's best, whose score is the card's), so every source
 * record keeps its own score and explanation; rows of one card are adjacent.
 */
export const BATCH_COLUMNS = ['row', 'query_name', 'status', 'card', 'rank', 'score', 'match', 'entity_id', 'caption', 'schema', 'list_version', 'datasets', 'programs', 'listed', 'explanation']
const EMPTY = BATCH_COLUMNS.slice(3, -1).map(() => '')

/** A record's status: a match, a candidate (at or above the cutoff), or on the card as the same entity. */
const status = (r: BatchRecord) => (r.match ? 'match' : r.hit ? 'candidate' : 'same entity')

function rowsFor(n: number, q: Query, a: BatchAnswer): unknown[][] {
  const name = Array.isArray(q.name) ? q.name.join('; ') : q.name
  if (a.error) return [[n, name, `error: ${a.error}`, ...EMPTY, '']]
  if (!a.records.length) return [[n, name, 'no hit', ...EMPTY, a.warnings.join('; ')]]
  return a.records.map((h) => [n, name, status(h), h.card, h.rank, h.score.toFixed(3), h.match, h.id, h.caption, h.schema, h.version, h.datasets.join(';'), h.programs.join(';'), h.listed, h.explanation])
}

// A row whose country or birth date is wrong is reported in its place ("error: unknown country ...")
// and counted in `errors`; the other rows are screened as usual.
function rowError(q: Query): string | undefined {
  try {
    checkUserQuery(q)
  } catch (err) {
    if (err instanceof AppError) return err.message
    throw err
  }
}

/** Counts of a batch: rows read; cards (entities) and matching cards; hit and matching records; rows in error. */
export interface BatchStats {
  rows: number
  cards: number
  card_matches: number
  hits: number
  matches: number
  errors: number
}

/**
 * Screens a CSV of parties (columns name, and optional schema, country, birth_date, id), streaming:
 * rows are read, screened in chunks on the worker pool and written in input order, one output
 * row per record of each card (or one saying "no hit" / the error), so millions of rows need little memory.
 */
export async function screenCsv(pool: Pool, inFile: string, out: Writable | string,
  { chunk = 256, inFlight = 4, onProgress }: { chunk?: number; inFlight?: number; onProgress?: (rows: number) => void } = {}): Promise<BatchStats> {
  // A read stream's open error does not travel through pipe(): the parser would wait forever.
  const info = await stat(inFile).catch(() => undefined)
  if (!info?.isFile()) throw badInput(`no such file: ${inFile}`)
  // A file is written beside its name and renamed when complete: a failed run leaves no half file.
  const partial = typeof out === 'string' ? `${out}.partial` : undefined
  const sink: Writable = partial ? createWriteStream(partial) : (out as Writable)
  const parser = createReadStream(inFile).pipe(parse({ columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, relax_column_count: true, skip_empty_lines: true }))
  sink.write(BATCH_COLUMNS.join(',') + '\n')
  const stats: BatchStats = { rows: 0, cards: 0, card_matches: 0, hits: 0, matches: 0, errors: 0 }
  const pending: Promise<void>[] = []
  let writing: Promise<void> = Promise.resolve()
  let buf: { n: number; q: Query; error?: string }[] = []
  const flush = () => {
    const part = buf
    buf = []
    const valid = part.filter((p) => !p.error)
    const screened = valid.length ? pool.screen(valid.map((p) => p.q)) : Promise.resolve([])
    const answers = screened.then((res) => {
      let k = 0
      return part.map((p): BatchAnswer => (p.error ? { records: [], warnings: [], error: p.error } : res[k++]))
    })
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
        return rowsFor(part[i].n, part[i].q, a)
      })
      if (!sink.write(lines.map((l) => l.map(csvField).join(',')).join('\n') + '\n')) await new Promise<void>((ok) => sink.once('drain', () => ok()))
      onProgress?.(part[part.length - 1].n)
    })
    pending.push(writing)
    return writing
  }
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      if (stats.rows === 0 && !('name' in rec)) throw badInput(`${inFile}: missing column "name" (found: ${Object.keys(rec).join(', ')})`)
      stats.rows++
      const q = { name: rec.name ?? '', schema: rec.schema || undefined, country: rec.country || undefined, birthDate: rec.birth_date || undefined, id: rec.id || undefined }
      buf.push({ n: stats.rows, q, error: rowError(q) })
      if (buf.length >= chunk) {
        flush()
        if (pending.length >= inFlight) await pending.shift()
      }
    }
    if (buf.length) flush()
    await writing
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
