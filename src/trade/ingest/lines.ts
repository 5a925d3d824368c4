import { createReadStream } from 'node:fs'
import { parse } from 'csv-parse'
import type { Store } from '../../store/store.js'
import { insertRows } from './places.js'

/**
 * Where a record's line number differs from its record number: after each record that spans
 * lines (a quoted field with a line break), every later record starts further down. Returns
 * (first record affected, extra lines) steps, or none when records and lines agree.
 */
export async function lineSteps(file: string, delimiter: string, records: number): Promise<{ record: number; extra: number }[]> {
  if ((await countLines(file)) <= records + 1) return []
  const steps: { record: number; extra: number }[] = []
  // Blank lines are skipped as DuckDB skips them, so record numbers agree with its row numbers.
  const parser = createReadStream(file).pipe(parse({ delimiter, bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }))
  let record = 0
  for await (const { info, raw } of parser as AsyncIterable<{ info: { lines: number }; raw: string }>) {
    // info.lines is the line a record ends on; it starts as many lines up as it holds breaks.
    // (raw carries the blank lines skipped before it, and its own line break at the end).
    const start = info.lines - (raw.trim().match(/\n/g)?.length ?? 0)
    const extra = start - (record + 1)
    if (extra !== (steps.at(-1)?.extra ?? 0)) steps.push({ record, extra })
    record++
  }
  return steps
}

async function countLines(file: string): Promise<number> {
  let lines = 0
  let last = 10
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) lines++
    last = buf[buf.length - 1]
  }
  return last === 10 ? lines : lines + 1
}

/**
 * The SQL for the line a record starts on, given its record number `rn` (1 = first data row):
 * rn + 1 where no record spans lines, else looked up in a temp table of the steps.
 */
export async function lineExpr(tx: Store, file: string, delimiter: string, records: number): Promise<string> {
  const steps = await lineSteps(file, delimiter, records)
  if (!steps.length) return 'rn + 1'
  await tx.run(`CREATE OR REPLACE TEMP TABLE line_step (record BIGINT, extra BIGINT)`)
  await insertRows(tx, 'line_step', 2, steps.flatMap((s) => [s.record, s.extra]))
  return `rn + 1 + COALESCE((SELECT arg_max(extra, record) FROM line_step WHERE record <= rn), 0)`
}
