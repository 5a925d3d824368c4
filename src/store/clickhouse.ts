import { randomUUID } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import type { ClickHouseSettings } from '@clickhouse/client'
import { AppError } from '../errors.js'
import { migrateNodes } from './clickhouse-migrate.js'
import { CLUSTER_SETTINGS, shardFailure, type Shard } from './clickhouse-cluster.js'
import type { ClickHouseTarget } from './clickhouse-connect.js'
import { IDLE_MS, findServers, nodeClient, reason, type Node } from './clickhouse-nodes.js'
import { clickhouseDialect } from './dialect-clickhouse.js'
import { insertBody, type BodyFormat } from './clickhouse-insert.js'
import { LAYOUTS, physical } from './clickhouse-schema.js'
import { bind, ident, literal } from './clickhouse-sql.js'
import { route } from './clickhouse-writes.js'
import type { Params, Row, Store } from './store.js'

/** Opens a ClickHouse database (creating it and its tables on every node when missing). */
export async function openClickHouse(location: string): Promise<ClickHouseStore> {
  const servers = await findServers(location)
  const { target } = servers
  const settings: ClickHouseSettings = {
    // Counts and 64-bit columns as JSON numbers, as DuckDB's store hands them (exact below 2^53).
    output_format_json_quote_64bit_integers: 0,
    // An outer join's missing side is NULL, as in DuckDB (ClickHouse fills type defaults otherwise).
    join_use_nulls: 1,
    ...(target.cluster ? CLUSTER_SETTINGS : {}),
  }
  const nodes = servers.addresses.map((a) => nodeClient(target, a, settings))
  const store = new ClickHouseStore(target, nodes[servers.home], nodes, servers.shards)
  try {
    await migrateNodes(nodes, target.database, target.masked, target.cluster)
    await store.notice()
  } catch (err) {
    await store.close()
    throw err
  }
  return store
}

/**
 * The ClickHouse store. Reads go to the node the URL names; flow and shipment rows go to it too
 * (Distributed tables on a cluster); metadata rows and DDL go to every node, each keeping a copy,
 * so any node answers and joins with metadata need no GLOBAL.
 *
 * ClickHouse has no transactions. `transaction(fn)` runs fn's statements in order and undoes
 * nothing when it throws. What keeps loads all-or-nothing is the order they write in: rows no
 * figure reads yet first (flow rows of an unlisted dataset, entities of an unlisted list version),
 * and last the one row that lists them (dataset, list_version), in one INSERT; a re-run removes
 * the unlisted leftovers of its own key first. One INSERT into one table is atomic (one part).
 */
export class ClickHouseStore implements Store {
  readonly engine = 'clickhouse' as const
  readonly dialect = clickhouseDialect
  generation = 0
  private readonly running = new Map<string, AbortController>()
  private sent = -1
  private seen = ''
  private readonly watch: NodeJS.Timeout

  constructor(
    readonly target: ClickHouseTarget,
    private readonly home: Node,
    readonly nodes: Node[],
    private readonly shards: Shard[] = []
  ) {
    // Other processes write here too (another ingest, another API server): metadata caches keyed
    // by `generation` must see their writes, so it also goes up when the metadata tables take an
    // insert from anyone. Block numbers only grow with inserts (merges keep them), unlike rows.
    this.watch = setInterval(() => void this.notice().catch(() => undefined), WATCH_MS)
    this.watch.unref()
  }

  /** Reads the metadata tables' insert counters; a change since the last look is another write. */
  async notice(): Promise<void> {
    const rs = await this.home.client.query({
      query: `SELECT table, max(max_block_number) AS b FROM system.parts WHERE database = currentDatabase() AND active AND table IN (${LOG_TABLES}) GROUP BY table ORDER BY table`,
      format: 'JSONEachRow',
    })
    const now = JSON.stringify(await rs.json())
    if (this.seen && now !== this.seen) this.generation++
    this.seen = now
  }

  async run(sql: string, params?: Params): Promise<number> {
    for (const step of route(sql, !!this.target.cluster)) {
      const query = bind(step.sql, params)
      for (const node of step.everywhere ? this.nodes : [this.home]) {
        await this.call(node, (signal, query_id) => node.client.command({ query, abort_signal: signal, query_id }))
      }
    }
    this.generation++
    // 18.16 sends no summary of rows written (X-ClickHouse-Summary came later).
    return 0
  }

  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    const query = bind(sql, params)
    const res = await this.call(this.home, async (signal, query_id) => {
      const rs = await this.home.client.query({ query, format: 'JSON', abort_signal: signal, query_id })
      return (await rs.json()) as { meta: { name: string; type: string }[]; data: Row[] }
    })
    const flags = booleans(res.meta)
    if (flags.length) for (const row of res.data) for (const k of flags) if (row[k] !== null) row[k] = row[k] === 1
    return res.data as T[]
  }

  async *stream(sql: string, params?: Params, chunkRows = 10_000): AsyncIterable<Row[]> {
    const query = bind(sql, params)
    // JSONEachRow carries no types: ask for them once, so UInt8 reads as boolean as in all().
    const flags = booleans(await this.metaOf(query))
    const rs = await this.home.client.query({ query, format: 'JSONEachRow' })
    let rows: Row[] = []
    for await (const part of rs.stream<Row>()) {
      for (const r of part) {
        const row = r.json<Row>()
        for (const k of flags) if (row[k] !== null) row[k] = row[k] === 1
        rows.push(row)
      }
      if (rows.length >= chunkRows) {
        yield rows
        rows = []
      }
    }
    if (rows.length) yield rows
  }

  /** See the class comment: statements in order, no rollback. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    return fn(this)
  }

  /** ClickHouse temp tables live in HTTP sessions the store does not use: fn gets the store itself. */
  session<T>(fn: (own: Store) => Promise<T>): Promise<T> {
    return fn(this)
  }

  /**
   * Inserts a body of rows in `format` into a table: once, to the Distributed table, for flow and
   * shipment; to every node for a table each keeps whole. `open` gives the body each time.
   */
  async insertBody(table: string, columns: string[], format: BodyFormat, open: () => Readable): Promise<void> {
    const everywhere = route(`INSERT INTO ${table} VALUES`, !!this.target.cluster)[0].everywhere
    await insertBody(everywhere ? this.nodes : [this.home], table, columns, format, open, (node, fn) => this.call(node, fn))
    this.generation++
  }

  /** Inserts a CSV file as DuckDB's COPY writes it (see copy.ts); progress() follows its bytes. */
  async insertCsvFile(table: string, columns: string[], file: string): Promise<void> {
    const size = statSync(file).size
    const counted = async function* (store: ClickHouseStore) {
      let read = 0
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
        store.sent = size ? (read += (chunk as Buffer).length) / size : -1
        yield chunk as Buffer
      }
    }
    const open = () => Readable.from(counted(this))
    try {
      await this.insertBody(table, columns, 'CSV', open)
    } finally {
      this.sent = -1
    }
  }

  interrupt(): void {
    const ids = [...this.running.keys()]
    for (const c of this.running.values()) c.abort()
    // Aborting the request does not stop the server's work: ask it to stop too.
    if (ids.length) {
      const list = ids.map((id) => `'${id}'`).join(', ')
      for (const node of this.nodes) void node.client.command({ query: `KILL QUERY WHERE query_id IN (${list})` }).catch(() => undefined)
    }
  }

  progress(): number {
    return this.sent
  }

  /** Drops the whole database on every node (tests and scratch databases). */
  async dropDatabase(): Promise<void> {
    for (const node of this.nodes) await node.client.command({ query: `DROP DATABASE IF EXISTS ${ident(this.target.database)}` })
  }

  async close(): Promise<void> {
    clearInterval(this.watch)
    await Promise.all(this.nodes.map((n) => n.client.close()))
  }

  /** Runs one request with an id and a way to abort it; a server that cannot be reached is named. */
  private async call<T>(node: Node, fn: (signal: AbortSignal, id: string) => Promise<T>): Promise<T> {
    const id = randomUUID()
    const ctl = new AbortController()
    this.running.set(id, ctl)
    try {
      return await fn(ctl.signal, id)
    } catch (err) {
      throw shardFailure(err, this.target, this.shards) ?? unreachable(err, node, this.target.masked) ?? err
    } finally {
      this.running.delete(id)
    }
  }

  private async metaOf(query: string): Promise<{ name: string; type: string }[]> {
    const rs = await this.home.client.query({ query: `SELECT * FROM (${query}) LIMIT 0`, format: 'JSON' })
    return ((await rs.json()) as { meta: { name: string; type: string }[] }).meta
  }
}

/** How often the store looks for other processes' writes (see the constructor). */
const WATCH_MS = 2000
const LOG_TABLES = Object.keys(LAYOUTS).filter((t) => LAYOUTS[t].kind === 'log').map((t) => literal(physical(t, false))).join(', ')

/** Result columns of type UInt8: ClickHouse's booleans (comparisons, and BOOLEAN columns). */
function booleans(meta: { name: string; type: string }[]): string[] {
  return meta.filter((m) => m.type === 'UInt8' || m.type === 'Nullable(UInt8)').map((m) => m.name)
}

/** Network error codes of the client and of ClickHouse (a shard refusing, a query timing out). */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE', '209', '210', '279'])

function unreachable(err: unknown, node: Node, shown: string): AppError | undefined {
  const e = err as { code?: string; name?: string; message?: string }
  if (e.name === 'AbortError') return new AppError(499, `clickhouse query at ${node.address} interrupted`)
  // The client's socket timeout: the server sent nothing for IDLE_MS (18.16 sends no progress
  // while an INSERT ... SELECT runs). The statement may still be running there.
  if (e.message === 'Timeout error.')
    return new AppError(504, `clickhouse at ${node.address} (${shown}) sent nothing for ${IDLE_MS / 1000} s: the request was given up (the statement may still run on the server; see system.processes)`)
  if (!NETWORK.has(String(e.code))) return undefined
  return new AppError(503, `clickhouse at ${node.address} (${shown}) failed: ${reason(err)}`)
}
