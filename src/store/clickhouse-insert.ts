import type { Readable } from 'node:stream'
import type { ClickHouseSettings } from '@clickhouse/client'
import type { Node } from './clickhouse-nodes.js'

/** Formats a body of rows may travel in (measured: src/bench/clickhouse-formats.ts, docs/clickhouse.md). */
export type BodyFormat = 'CSV' | 'RowBinary' | 'TabSeparated' | 'JSONEachRow'

type Call = <T>(node: Node, fn: (signal: AbortSignal, id: string) => Promise<T>) => Promise<T>

/**
 * CSV as DuckDB writes it: fields in double quotes with doubled quotes inside, NULL as \N.
 * Single quotes are plain text (18.16 would otherwise read a field opening with ' as quoted).
 */
const CSV_SETTINGS: ClickHouseSettings = { format_csv_allow_single_quotes: 0 }

/**
 * Sends a body of rows to each node, one HTTP request each; `open` gives the body afresh for
 * every node (a table kept on each node), and once for the node of a Distributed table.
 */
export async function insertBody(nodes: Node[], table: string, columns: string[], format: BodyFormat, open: () => Readable, call: Call): Promise<void> {
  const query = `INSERT INTO ${table} (${columns.join(', ')}) FORMAT ${format}`
  for (const node of nodes) {
    await call(node, async (signal, query_id) => {
      const res = await node.client.exec({ query, values: open(), abort_signal: signal, query_id, clickhouse_settings: format === 'CSV' ? CSV_SETTINGS : {} })
      for await (const _ of res.stream) void _
    })
  }
}
