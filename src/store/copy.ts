import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clickHouseTables } from './clickhouse-schema.js'
import type { ClickHouseStore } from './clickhouse.js'
import { literal } from './sql.js'
import type { Store } from './store.js'

/**
 * Copies a table's rows from a DuckDB store into the same table of a ClickHouse store: DuckDB
 * writes them as CSV to a scratch file with its own multi-threaded writer (no work per value in
 * JavaScript: reading DuckDB rows into JS ran at about a third of the speed), and the file streams
 * to ClickHouse in one request, which ClickHouse parses and stores in blocks of about a million
 * rows. Figures: docs/clickhouse.md. `where` narrows the rows (DuckDB SQL).
 */
export async function copyTable(source: Store, target: Store, table: string, where = 'TRUE'): Promise<void> {
  if (source.engine !== 'duckdb' || target.engine !== 'clickhouse') throw new Error(`copyTable copies from duckdb to clickhouse, not ${source.engine} to ${target.engine}`)
  const columns = clickHouseTables().get(table)
  if (!columns) throw new Error(`no such table: ${table}`)
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-copy-'))
  try {
    const file = join(dir, `${table}.csv`)
    await source.run(`COPY (SELECT ${columns.map(({ name, type }) => csvColumn(name, type)).join(', ')} FROM ${table} WHERE ${where})
      TO ${literal(file)} (FORMAT csv, HEADER false, NULLSTR '\\N', FORCE_QUOTE *)`)
    await (target as ClickHouseStore).insertCsvFile(table, columns.map((c) => c.name), file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A DuckDB column as the ClickHouse column reads it: booleans as 0/1 (ClickHouse's UInt8). */
function csvColumn(name: string, type: string): string {
  return /UInt8/.test(type) ? `CAST(${name} AS UTINYINT) AS ${name}` : name
}
