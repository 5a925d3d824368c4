import { badInput } from '../errors.js'
import type { Param, Params } from './store.js'

// ClickHouse 18.16 (Debian's) has no query parameters: every value reaches a statement as a
// literal written here, and every outside name as an identifier written here. Nothing else
// may put outside text into ClickHouse SQL.

/** Bytes written as \xHH inside quotes: the C0 controls and DEL (NUL included: strings are bytes). */
const CONTROL = /[\u0000-\u001f\u007f]/g
const hexEscape = (ch: string) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`

/** Backslash first, then the quote and the controls: each byte means itself once parsed. */
function escapeQuoted(text: string, quote: "'" | '`'): string {
  return text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`).replace(CONTROL, hexEscape)
}

/** A lone UTF-16 surrogate has no UTF-8 form: it would reach the server as U+FFFD, not as itself. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function checkWellFormed(text: string, what: string): void {
  const lone = LONE_SURROGATE.exec(text)
  if (!lone) return
  const unit = lone[0].charCodeAt(0).toString(16).toUpperCase()
  throw badInput(
    `invalid ${what} for clickhouse: lone surrogate U+${unit} at index ${lone.index} (not valid unicode)`
  )
}

function stringLiteral(text: string): string {
  checkWellFormed(text, 'text')
  return `'${escapeQuoted(text, "'")}'`
}

const MIN_NORMAL = 2.2250738585072014e-308

/**
 * A finite number. Negative ones are parenthesised, since `1-${x}` must never read `1--5`
 * (a comment). Subnormal numbers are written as their IEEE bytes: 18.16's parser refuses
 * `5e-324` and its toFloat64('5e-324') answers 0.
 */
function numberLiteral(value: number): string {
  if (!Number.isFinite(value))
    throw badInput(`invalid number for clickhouse: ${value} (expected a finite number)`)
  if (Object.is(value, -0)) return '(-0.0)'
  if (value !== 0 && Math.abs(value) < MIN_NORMAL) {
    const bytes = Buffer.alloc(8)
    bytes.writeDoubleLE(value)
    return `reinterpretAsFloat64(unhex('${bytes.toString('hex')}'))`
  }
  return value < 0 ? `(${value})` : String(value)
}

const bigintLiteral = (value: bigint) => (value < 0n ? `(${value})` : String(value))

/**
 * A value as ClickHouse SQL: strings quoted with every byte escaped where it could end or
 * bend the literal; finite numbers and bigints; booleans as 1/0 (18.16 has no Bool); a Date as
 * its ISO 8601 text, as the DuckDB store binds it (milliseconds kept); null as NULL. What goes
 * in comes back byte for byte. For DateTime and Date columns: dateTimeLiteral(), dateLiteral().
 */
export function literal(value: Param): string {
  if (value === null) return 'NULL'
  switch (typeof value) {
    case 'string':
      return stringLiteral(value)
    case 'number':
      return numberLiteral(value)
    case 'bigint':
      return bigintLiteral(value)
    case 'boolean':
      return value ? '1' : '0'
    default:
      if (value instanceof Date) return stringLiteral(isoText(value))
      throw badInput(
        `invalid value for clickhouse: ${String(value)} (expected text, number, boolean, date or null)`
      )
  }
}

function isoText(value: Date): string {
  if (Number.isNaN(value.getTime())) throw badInput(`invalid date for clickhouse: Invalid Date`)
  return value.toISOString()
}

/**
 * A moment as a DateTime in UTC. DateTime holds whole seconds from 1970 to 2106 (DateTime64
 * came in 20.1), so milliseconds are dropped, as a DateTime column would drop them on insert.
 */
export function dateTimeLiteral(value: Date): string {
  const ms = value.getTime()
  if (!(ms >= 0 && ms < 2 ** 32 * 1000)) {
    throw badInput(
      `invalid date for clickhouse: ${Number.isNaN(ms) ? 'Invalid Date' : value.toISOString()} (DateTime holds 1970-01-01 to 2106-02-07)`
    )
  }
  const iso = value.toISOString()
  return `toDateTime('${iso.slice(0, 10)} ${iso.slice(11, 19)}', 'UTC')`
}

/** A calendar day `YYYY-MM-DD` as a Date literal (the range 18.16's Date holds). */
export function dateLiteral(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const parsed = m ? new Date(`${day}T00:00:00Z`) : undefined
  if (
    !m ||
    !parsed ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== day
  ) {
    throw badInput(`invalid day for clickhouse: "${day}" (expected YYYY-MM-DD)`)
  }
  if (day < '1970-01-01' || day > '2149-06-06')
    throw badInput(`invalid day for clickhouse: "${day}" (Date holds 1970-01-01 to 2149-06-06)`)
  return `toDate('${day}')`
}

/**
 * Quotes an identifier (database, table, column, cluster name) in backquotes. The only way a
 * name from outside may reach a ClickHouse statement. Qualify as `${ident(db)}.${ident(t)}`.
 */
export function ident(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw badInput(`invalid identifier: "${name}"`)
  checkWellFormed(name, 'identifier')
  return `\`${escapeQuoted(name, '`')}\``
}

/**
 * Writes each `$name` of `sql` as the literal of `params[name]`, in one pass: a value holding
 * `$other` is never read again, and a `$` inside quotes or a comment is left alone (a value
 * written into `/* ... *\/` could close the comment). A name without a value is an error.
 */
export function bind(sql: string, params: Params = {}): string {
  let out = ''
  let i = 0
  while (i < sql.length) {
    const skip = skipped(sql, i)
    if (skip > i) {
      out += sql.slice(i, skip)
      i = skip
    } else if (sql[i] === '$' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))![0]
      if (!Object.hasOwn(params, name)) throw new Error(`no value for parameter $${name}`)
      out += literal(params[name])
      i += name.length + 1
    } else {
      out += sql[i++]
    }
  }
  return out
}

/** The index past the quoted text or comment starting at `i`, or `i` when none starts there. */
function skipped(sql: string, i: number): number {
  const c = sql[i]
  if (c === "'" || c === '"' || c === '`') return closing(sql, i)
  if (sql.startsWith('--', i)) return found(sql.indexOf('\n', i), sql.length)
  if (sql.startsWith('/*', i)) return blockComment(sql, i)
  return i
}

const found = (at: number, otherwise: number) => (at < 0 ? otherwise : at)

/** Past a block comment, nested ones counted: current releases nest them (18.16 refuses nesting). */
function blockComment(sql: string, start: number): number {
  let depth = 0
  let i = start
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++
      i += 2
    } else if (sql.startsWith('*/', i)) {
      i += 2
      if (--depth === 0) return i
    } else i++
  }
  return sql.length
}

/** The index just past the quoted text starting at `start` (backslash escapes and doubled quotes stay inside). */
export function closing(sql: string, start: number): number {
  const q = sql[start]
  let i = start + 1
  while (i < sql.length) {
    if (sql[i] === '\\') i += 2
    else if (sql[i] === q && sql[i + 1] === q) i += 2
    else if (sql[i] === q) return i + 1
    else i++
  }
  return sql.length
}
