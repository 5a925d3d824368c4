import { AppError } from '../errors.js'

/** Prints one JSON document (`{"ok": true, ...}`) or a plain table, as the command was asked. */
export function emit(json: boolean, payload: Record<string, unknown>, human: () => string): void {
  if (json) process.stdout.write(JSON.stringify({ ok: true, ...payload }) + '\n')
  else process.stdout.write(human() + '\n')
}

/** A text table with right-aligned numbers. */
export function table(rows: Record<string, unknown>[], columns?: string[]): string {
  if (!rows.length) return '(no rows)'
  const cols = columns ?? Object.keys(rows[0])
  const cells = rows.map((r) => cols.map((c) => format(r[c])))
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)))
  const numeric = cols.map((c) => rows.every((r) => typeof r[c] === 'number' || r[c] == null))
  const line = (vals: string[]) =>
    vals.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

function format(v: unknown): string {
  if (v == null) return ''
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return grouped(v)
    return Math.abs(v) >= 100 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : v.toFixed(3)
  }
  return String(v)
}

/**
 * An integer with thousands separators as toLocaleString('en-US') writes it (1,234,567), without
 * ICU's number formatting, whose first use costs a command tens of milliseconds.
 */
export function grouped(n: number): string {
  const digits = String(Math.abs(n))
  let out = ''
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i]
  return n < 0 || Object.is(n, -0) ? `-${out}` : out
}

/** The one place CLI errors are printed: user errors without a stack, bugs with one. */
export function fail(err: unknown, json: boolean): void {
  const user = err instanceof AppError
  const message = err instanceof Error ? err.message : String(err)
  const details = user ? err.details : undefined
  if (json) process.stdout.write(JSON.stringify({ ok: false, error: message, ...(details ? { errors: details } : {}) }) + '\n')
  else process.stderr.write(`error: ${message}\n${details ? details.map((d) => `  ${d}\n`).join('') : ''}`)
  if (!user && !json && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n')
  process.exitCode = user ? 1 : 2
}
