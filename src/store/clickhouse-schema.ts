import { SCHEMA } from './schema.js'

/**
 * The ClickHouse tables of the data model, derived from schema.ts's DuckDB DDL so the two cannot
 * drift: a column NULL in DuckDB is Nullable here; BOOLEAN is UInt8 (18.16 has no Bool; the store
 * hands UInt8 back as true/false); TIMESTAMP is ISO 8601 text, because 18.16's DateTime has
 * whole seconds only and the later of two loads in one second must still win a cell.
 * LowCardinality is not used: 18.16 allows it only behind an experimental setting.
 */

export interface Column {
  name: string
  type: string
}

/**
 * How a table is laid out. `data`: a MergeTree partitioned by dataset (or list version) so a
 * whole load is removed at once and synchronously with DROP PARTITION (18.16's DELETE is an
 * asynchronous mutation). `log`: a ReplacingMergeTree `<name>_log` keyed by the DuckDB primary
 * key, read through a view `<name>` of its last row per key; an update or a delete appends a row
 * (one INSERT is atomic), and the last inserted row of a key wins.
 */
export interface Layout {
  kind: 'data' | 'log'
  /** Sorting key (data) or the key rows replace on (log). */
  orderBy: string[]
  partitionBy?: string
  /** Spread over the shards of a cluster (Distributed table); else a copy on every node. */
  sharded?: { key: string }
}

/**
 * flow is ordered for the share queries: the focal reporter, its flow and the basket's HS codes
 * (prefixes) narrow the scan before partners and periods are grouped. Shards are chosen by the
 * reporter-partner pair so one pair's rows stay together.
 */
export const LAYOUTS: Record<string, Layout> = {
  flow: { kind: 'data', orderBy: ['reporter', 'flow', 'hs', 'partner', 'period'], partitionBy: 'dataset', sharded: { key: 'cityHash64(reporter, partner)' } },
  shipment: { kind: 'data', orderBy: ['hs', 'date'], partitionBy: 'dataset', sharded: { key: 'rand()' } },
  hs_code: { kind: 'data', orderBy: ['hs'], partitionBy: 'dataset' },
  coverage: { kind: 'data', orderBy: ['reporter', 'partner', 'flow', 'year'], partitionBy: 'dataset' },
  list_entity: { kind: 'data', orderBy: ['id'], partitionBy: 'version' },
  dataset: { kind: 'log', orderBy: ['id'] },
  place: { kind: 'log', orderBy: ['code'] },
  list_version: { kind: 'log', orderBy: ['id'] },
  meta: { kind: 'log', orderBy: ['key'] },
}

/** The meta table DuckDB creates beside SCHEMA (schema.ts, migrate). */
const META = `CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`

const TYPES: Record<string, string> = {
  VARCHAR: 'String', BIGINT: 'Int64', INTEGER: 'Int32', SMALLINT: 'Int16', TINYINT: 'Int8',
  DOUBLE: 'Float64', BOOLEAN: 'UInt8', TIMESTAMP: 'String', DATE: 'Date',
}

/** Every table of the data model with its ClickHouse columns. */
export function clickHouseTables(): Map<string, Column[]> {
  const out = new Map<string, Column[]>()
  for (const ddl of [META, ...SCHEMA]) {
    const m = /CREATE TABLE IF NOT EXISTS (\w+) \(([\s\S]*)\)\s*$/.exec(ddl)
    if (!m) throw new Error(`unreadable schema statement: ${ddl.slice(0, 60)}`)
    out.set(m[1], m[2].split(',').map((c) => column(m[1], c.trim())))
  }
  return out
}

function column(table: string, def: string): Column {
  const [name, type] = def.split(/\s+/)
  const mapped = TYPES[type]
  if (!mapped) throw new Error(`no clickhouse type for ${table}.${name} ${type}`)
  const notNull = /NOT NULL|PRIMARY KEY/.test(def)
  return { name, type: notNull ? mapped : `Nullable(${mapped})` }
}

/** Where a table's rows live on a node: the local table a Distributed or view name stands for. */
export function physical(table: string, clustered: boolean): string {
  const layout = LAYOUTS[table]
  if (layout?.kind === 'log') return `${table}_log`
  return clustered && layout?.sharded ? `${table}_local` : table
}

/** Statements that create one node's tables (local ones; with a cluster, Distributed ones too). */
export function nodeDdl(database: string, cluster?: string): string[] {
  const out: string[] = []
  for (const [table, columns] of clickHouseTables()) {
    const layout = LAYOUTS[table]
    if (!layout) throw new Error(`no clickhouse layout for table ${table}`)
    const cols = columns.map((c) => `${c.name} ${c.type}`)
    const target = physical(table, !!cluster)
    if (layout.kind === 'log') {
      out.push(`CREATE TABLE IF NOT EXISTS ${target} (${cols.join(', ')}, removed UInt8 DEFAULT 0)
        ENGINE = ReplacingMergeTree() ORDER BY (${layout.orderBy.join(', ')})`)
      out.push(`CREATE VIEW IF NOT EXISTS ${table} AS SELECT ${columns.map((c) => c.name).join(', ')} FROM ${target} FINAL WHERE removed = 0`)
      continue
    }
    out.push(`CREATE TABLE IF NOT EXISTS ${target} (${cols.join(', ')}) ENGINE = MergeTree()
      PARTITION BY ${layout.partitionBy} ORDER BY (${layout.orderBy.join(', ')})`)
    if (cluster && layout.sharded) {
      out.push(`CREATE TABLE IF NOT EXISTS ${table} AS ${target} ENGINE = Distributed(${cluster}, ${database}, ${target}, ${layout.sharded.key})`)
    }
  }
  return out
}
