import { badInput } from '../errors.js'
import { LAYOUTS, clickHouseTables, physical } from './clickhouse-schema.js'
import { closing } from './clickhouse-sql.js'

/** A statement to send, and whether it goes to every node (copies kept on each) or the one connected. */
export interface Routed {
  sql: string
  everywhere: boolean
}

/**
 * Turns the project's write statements into ClickHouse ones, so the domain's SQL runs on both
 * engines: ClickHouse 18.16 has no UPDATE, no DELETE but asynchronous mutations, no INSERT OR
 * REPLACE. On a `log` table (clickhouse-schema.ts) each becomes one INSERT into `<table>_log`
 * (atomic: one block, one part); a DELETE of a whole dataset or list version from a `data`
 * table becomes DROP PARTITION. Other statements pass unchanged to the connected node.
 * Parameters (`$name`) are left in place and bound afterwards.
 */
export function route(sql: string, clustered: boolean): Routed[] {
  const masked = mask(sql)
  const insert = /^\s*INSERT\s+(?:OR\s+REPLACE\s+)?INTO\s+(\w+)/i.exec(masked)
  if (insert) return [insertInto(sql, insert, clustered)]
  const update = /^\s*UPDATE\s+(\w+)\s+SET\s+/i.exec(masked)
  if (update) return [updateOf(sql, masked, update[1], update[0].length, clustered)]
  const del = /^\s*DELETE\s+FROM\s+(\w+)\s+WHERE\s+/i.exec(masked)
  if (del) return deleteOf(sql, del[1], sql.slice(del[0].length), clustered)
  return [{ sql, everywhere: false }]
}

function insertInto(sql: string, m: RegExpExecArray, clustered: boolean): Routed {
  const table = m[1]
  const layout = LAYOUTS[table]
  const rest = sql.slice(m[0].length)
  if (layout?.kind !== 'log') return { sql: `INSERT INTO ${table}${rest}`, everywhere: everywhere(table, clustered) }
  // The log table has a `removed` column the project's tables lack: name the columns.
  const listed = /^\s*\(/.test(mask(rest))
  return { sql: `INSERT INTO ${physical(table, clustered)}${listed ? '' : ` (${columnsOf(table).join(', ')})`}${rest}`, everywhere: true }
}

/** UPDATE t SET a = x WHERE c: the current rows matching c, appended again with a replaced. */
function updateOf(sql: string, masked: string, table: string, start: number, clustered: boolean): Routed {
  logTable(table, 'UPDATE')
  const where = /\s+WHERE\s+/i.exec(masked.slice(start))
  const setEnd = where ? start + where.index : sql.length
  const assigned = new Map<string, string>()
  for (const part of splitTopLevel(sql.slice(start, setEnd), masked.slice(start, setEnd))) {
    const eq = /^\s*(\w+)\s*=\s*/.exec(part)
    if (!eq) throw new Error(`unreadable assignment in UPDATE ${table}: ${part}`)
    assigned.set(eq[1], part.slice(eq[0].length).trim())
  }
  const columns = columnsOf(table)
  const unknown = [...assigned.keys()].find((c) => !columns.includes(c))
  if (unknown) throw new Error(`no column ${unknown} in ${table}`)
  const select = columns.map((c) => (assigned.has(c) ? `${assigned.get(c)} AS ${c}` : c)).join(', ')
  const cond = where ? sql.slice(setEnd) : ''
  return { sql: `INSERT INTO ${physical(table, clustered)} (${columns.join(', ')}) SELECT ${select} FROM ${table}${cond}`, everywhere: true }
}

function deleteOf(sql: string, table: string, cond: string, clustered: boolean): Routed[] {
  const layout = LAYOUTS[table]
  if (layout?.kind === 'log') {
    const key = layout.orderBy.join(', ')
    return [{ sql: `INSERT INTO ${physical(table, clustered)} (${key}, removed) SELECT ${key}, 1 FROM ${table} WHERE ${cond}`, everywhere: true }]
  }
  const whole = new RegExp(`^\\s*${layout?.partitionBy ?? '\\0'}\\s*=\\s*(\\$\\w+|'[^'\\\\]*')\\s*$`).exec(cond)
  if (!layout || !whole) throw badInput(`not supported on clickhouse: DELETE FROM ${table} WHERE ${cond.slice(0, 80)} (rows leave a table only a whole ${layout?.partitionBy ?? 'load'} at a time)`)
  return [{ sql: `ALTER TABLE ${physical(table, clustered)} DROP PARTITION ${whole[1]}`, everywhere: true }]
}

/** Rows of a table kept whole on every node; flow and shipment rows go to the shards instead. */
function everywhere(table: string, clustered: boolean): boolean {
  const layout = LAYOUTS[table]
  if (!layout) return false
  return !(clustered && layout.sharded)
}

function logTable(table: string, what: string): void {
  if (LAYOUTS[table]?.kind !== 'log') throw badInput(`not supported on clickhouse: ${what} of ${table} (only ${Object.keys(LAYOUTS).filter((t) => LAYOUTS[t].kind === 'log').join(', ')} take it)`)
}

let tables: Map<string, { name: string }[]> | undefined
function columnsOf(table: string): string[] {
  tables ??= clickHouseTables()
  const cols = tables.get(table)
  if (!cols) throw new Error(`no such table: ${table}`)
  return cols.map((c) => c.name)
}

/** The statement with quoted text blanked out, same length, so keywords are found outside quotes only. */
export function mask(sql: string): string {
  let out = ''
  let i = 0
  while (i < sql.length) {
    if (sql[i] === "'" || sql[i] === '"' || sql[i] === '`') {
      const end = closing(sql, i)
      out += sql[i] + '_'.repeat(Math.max(0, end - i - 2)) + (end - i > 1 ? sql[end - 1] : '')
      i = end
    } else out += sql[i++]
  }
  return out
}

/** Splits at commas outside quotes and parentheses. */
function splitTopLevel(text: string, masked: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]
    if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(from, i))
      from = i + 1
    }
  }
  parts.push(text.slice(from))
  return parts
}
