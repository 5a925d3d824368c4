import { AppError, badInput } from '../../errors.js'
import { literal } from '../../store/sql.js'
import type { Store } from '../../store/store.js'
import type { Plan } from '../formats/format.js'
import { lineExpr } from './lines.js'
import { firstNonUtf8Line } from './sniff.js'
import { rawRelation, rejectsSql } from './stage.js'

/** What the reject helpers need to read the file a second time, numbering its lines. */
export interface RejectContext {
  file: string
  /** The CSV DuckDB reads: the file itself, or the CSV a spreadsheet was converted to. */
  read: string
  plan: Plan
  header: string[]
  delimiter: string
  opts: { maxLineBytes?: number }
}

/** Runs the statement that reads the file, turning reader errors into messages about the file. */
export async function runRead(tx: Store, file: string, sql: string): Promise<void> {
  try {
    await tx.run(sql)
  } catch (err) {
    throw await readError(file, err as Error)
  }
}

async function readError(file: string, err: Error): Promise<Error> {
  const msg = err.message
  if (/unicode|utf-?8/i.test(msg)) {
    const line = await firstNonUtf8Line(file)
    return badInput(`${file}:${line ?? '?'}: invalid UTF-8 bytes (expected UTF-8 text; re-save the file as UTF-8)`)
  }
  const line = /line:?\s*(\d+)/i.exec(msg)?.[1]
  if (/CSV Error|Could not convert|expected \d+ values|column/i.test(msg)) {
    const detail = msg.split('\n').find((l) => /expected|found|values/i.test(l)) ?? msg.split('\n')[0]
    return badInput(`${file}:${line ?? '?'}: malformed CSV row: ${detail.trim()}`)
  }
  if (/interrupt/i.test(msg)) return new AppError(499, `${file}: ingest interrupted; nothing was loaded`)
  // Any other complaint of the CSV reader about the input (a quote state it cannot leave, a
  // record it cannot place) is still about the file: say so, with DuckDB's first line.
  if (/^(Invalid Input|Conversion|Not implemented) Error/i.test(msg)) return badInput(`${file}:${line ?? '?'}: unreadable CSV: ${msg.split('\n')[0]}; nothing was loaded`)
  return err
}

/** The file read again with each record's line number (the failure path only). */
async function numbered(tx: Store, ctx: RejectContext): Promise<string> {
  const [{ n }] = await tx.all<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM stage`)
  const lines = await lineExpr(tx, ctx.read, ctx.delimiter, Number(n))
  return rawRelation(ctx.read, ctx.delimiter, ctx.plan, lines, ctx.header, ctx.opts.maxLineBytes)
}

export async function firstReject(tx: Store, ctx: RejectContext, total: number): Promise<AppError> {
  const raw = await numbered(tx, ctx)
  const [row] = await tx.all<{ line: number; reason: string }>(rejectsSql(raw, ctx.plan, 1))
  const more = total > 1 ? ` (${total} bad rows in all)` : ''
  // A converted file's reason starts with the row's place in the original (Plan.position).
  const at = ctx.plan.position ? `${ctx.file}: ` : `${ctx.file}:${row?.line ?? '?'}: `
  return badInput(
    `${at}${row?.reason ?? 'bad row'}${more}; nothing was loaded (use --quarantine REJECTS.csv to load the good rows)`
  )
}

export async function writeRejects(tx: Store, ctx: RejectContext, target: string): Promise<void> {
  const raw = await numbered(tx, ctx)
  await tx.run(`COPY (${rejectsSql(raw, ctx.plan)}) TO ${literal(target)} (HEADER, DELIMITER ',')`)
}
