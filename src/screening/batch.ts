import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { parse } from 'csv-parse'
import { csvField } from '../csv.js'
import { AppError, badInput } from '../errors.js'
import type { Query } from './match/analyse.js'
import type { BatchAnswer, Pool } from './pool.js'
import { checkUserQuery } from './screen.js'

export const BATCH_COLUMNS = ['row', 'query_name', 'status', 'rank', 'score', 'match', 'entity_id', 'caption', 'schema', 'list_version', 'datasets', 'explanation']

function rowsFor(n: number, q: Query, a: BatchAnswer): unknown[][] {
  const name = Array.isArray(q.name) ? q.name.join('; ') : q.name
  if (a.error) return [[n, name, `error: ${a.error}`, '', '', '', '', '', '', '', '', '']]
  if (!a.hits.length) return [[n, name, 'no hit', '', '', '', '', '', '', '', '', a.warnings.join('; ')]]
  return a.hits.map((h, i) => [n, name, h.match ? 'match' : 'candidate', i + 1, h.score.toFixed(3), h.match, h.id, h.caption, h.schema, h.version, h.datasets.join(';'), h.explanation])
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

/**
 * Screens a CSV of parties (columns name, and optional schema, country, birth_date, id), streaming:
 * rows are read, screened in chunks on the worker pool and written in input order, one output
 * row per hit (or one saying "no hit" / the error), so millions of rows need little memory.
 */
export async function screenCsv(pool: Pool, inFile: string, out: Writable | string,
  { chunk = 256, inFlight = 4, onProgress }: { chunk?: number; inFlight?: number; onProgress?: (rows: number) => void } = {}): Promise<{ rows: number; hits: number; matches: number; errors: number }> {
  // A read stream's open error does not travel through pipe(): the parser would wait forever.
  const info = await stat(inFile).catch(() => undefined)
  if (!info?.isFile()) throw badInput(`no such file: ${inFile}`)
  // A file is written beside its name and renamed when complete: a failed run leaves no half file.
  const partial = typeof out === 'string' ? `${out}.partial` : undefined
  const sink: Writable = partial ? createWriteStream(partial) : (out as Writable)
  const parser = createReadStream(inFile).pipe(parse({ columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, relax_column_count: true, skip_empty_lines: true }))
  sink.write(BATCH_COLUMNS.join(',') + '\n')
  const stats = { rows: 0, hits: 0, matches: 0, errors: 0 }
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
      return part.map((p): BatchAnswer => (p.error ? { hits: [], warnings: [], error: p.error } : res[k++]))
    })
    // Answers are written in input order: each chunk waits for the one before it.
    writing = writing.then(async () => {
      const res = await answers
      const lines = res.flatMap((a, i) => {
        if (a.error) stats.errors++
        stats.hits += a.hits.length
        stats.matches += a.hits.filter((h) => h.match).length
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
