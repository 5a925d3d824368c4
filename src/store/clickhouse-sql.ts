import { badInput } from '../errors.js'
import type { Param, Params } from './store.js'

/**
 * ClickHouse 18.16 takes no query parameters (`{p:String}` came later), so the project's `$name`
 * parameters are written into the statement here, each through `literal()`: the one place a value
 * becomes SQL text on this engine.
 */

/** A ClickHouse string literal: backslash and quote escaped (ClickHouse reads `\` escapes in literals). */
export function literal(value: Param): string {
  if (value === null) return 'NULL'
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw badInput(`invalid number for clickhouse: ${value}`)
    return String(value)
  }
  // Timestamps are stored as ISO 8601 text on ClickHouse (clickhouse-schema.ts).
  const text = value instanceof Date ? value.toISOString() : value
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`).replace(/\0/g, '\\0')}'`
}

/** A quoted identifier (backquotes, as current ClickHouse and 18.16 both read them). */
export function ident(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw badInput(`invalid identifier: "${name}"`)
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``
}

/**
 * Replaces each `$name` outside quotes with the literal of `params[name]`, in one pass (a value
 * holding `$x` is never read again). A name without a value is an error, not an empty string.
 */
export function bind(sql: string, params: Params = {}): string {
  let out = ''
  let i = 0
  while (i < sql.length) {
    const c = sql[i]
    if (c === "'" || c === '"' || c === '`') {
      const end = closing(sql, i)
      out += sql.slice(i, end)
      i = end
    } else if (c === '$' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i + 1))![0]
      if (!(name in params)) throw new Error(`no value for parameter $${name}`)
      out += literal(params[name])
      i += name.length + 1
    } else {
      out += c
      i++
    }
  }
  return out
}

/** The index just past the quoted text starting at `start` (backslash and doubled quotes kept inside). */
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
