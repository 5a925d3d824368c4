import { createRequire } from 'node:module'
import type * as DuckDB from '@duckdb/node-api'
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api'
import { AppError } from '../errors.js'
import { duckdbDialect } from './dialect-duckdb.js'
import type { Params, Row, Store } from './store.js'

// Required, not imported: the package is CommonJS, and an ESM import has Node read every module
// its index re-exports to find their export names (twice the load time, some 100-300 ms on
// every command that opens a database).
const { DuckDBInstance } = createRequire(import.meta.url)('@duckdb/node-api') as typeof DuckDB
type DuckDBInstance = InstanceType<typeof DuckDBInstance>

/** Reader connections for plain reads outside transactions (the machine has 2 cores). */
const READERS = 3

/** Opens (or creates) a DuckDB database file, or an in-memory one for ':memory:'. */
export async function openDuckDb(path = ':memory:', { memoryLimit = '2500MB' } = {}): Promise<Store> {
  let instance: DuckDBInstance
  try {
    // A bounded memory limit makes DuckDB spill large loads to disk instead of growing: a
    // 100M-row file must load in under 4 GB resident (DESIGN.md budgets).
    instance = await DuckDBInstance.create(path, { memory_limit: memoryLimit })
  } catch (err) {
    throw openError(path, (err as Error).message)
  }
  const readers = await Promise.all(Array.from({ length: READERS }, () => instance.connect()))
  return new DuckDbStore(instance, await instance.connect(), readers.map((c) => new Lane(c)))
}

/**
 * DuckDB lets one process write a database file. Its lock message names the holder's pid; say
 * what that means for a user: a running `chokepoint serve` (the dashboard) holds it, and data can
 * go through that server instead of stopping it.
 */
export function openError(path: string, message: string): AppError {
  const lock = /Conflicting lock is held in (.*?) \(PID (\d+)\)/.exec(message)
  if (!lock) return new AppError(400, `cannot open database ${path}: ${message}`)
  return new AppError(
    409,
    `database ${path} is in use by another process (pid ${lock[2]}, ${lock[1]}), most likely chokepoint serve: stop it, or use it: screen through its API (GET or POST /screen, POST /match), load through it with --api http://127.0.0.1:PORT --token TOKEN (ingest and lists load)`
  )
}

/** A connection and the queue of statements waiting for it (one statement at a time). */
class Lane {
  private queue: Promise<unknown> = Promise.resolve()
  pending = 0

  constructor(readonly conn: DuckDBConnection) {}

  serial<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    this.pending++
    const run = () => fn(this.conn).finally(() => this.pending--)
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }
}


/**
 * Writes and transactions go through one connection, one statement at a time: DuckDB
 * connections are not safe for interleaved use, and a transaction must see only its own
 * statements. Plain reads outside a transaction go to a few reader connections so a server's
 * queries run in parallel (each sees the last committed state).
 */
class DuckDbStore implements Store {
  readonly engine = 'duckdb' as const
  readonly dialect = duckdbDialect
  generation = 0
  private readonly main: Lane

  constructor(
    private readonly instance: DuckDBInstance | null,
    private readonly conn: DuckDBConnection,
    private readonly readers: Lane[],
    private readonly exclusive = true
  ) {
    this.main = new Lane(conn)
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    return this.exclusive ? this.main.serial(fn) : fn()
  }

  private reader(): Lane {
    return this.readers.reduce((a, b) => (b.pending < a.pending ? b : a))
  }

  run(sql: string, params?: Params): Promise<number> {
    return this.serial(async () => {
      const result = await this.conn.run(sql, bind(params))
      this.generation++
      return Number(result.rowsChanged)
    })
  }

  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    const read = async (conn: DuckDBConnection) => (await conn.runAndReadAll(sql, bind(params))).getRowObjectsJS().map(plain) as T[]
    if (!this.exclusive) return read(this.conn)
    return this.reader().serial(read)
  }

  async *stream(sql: string, params?: Params, chunkRows = 10_000): AsyncIterable<Row[]> {
    // A stream holds the connection until it is drained, so it runs on a connection of its own.
    const conn = await this.ownInstance().connect()
    try {
      const result = await conn.stream(sql, bind(params))
      let rows: Row[] = []
      for await (const chunk of result.yieldRowObjectJs()) {
        for (const row of chunk) rows.push(plain(row))
        if (rows.length >= chunkRows) {
          yield rows
          rows = []
        }
      }
      if (rows.length) yield rows
    } finally {
      conn.closeSync()
    }
  }

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      const tx = new DuckDbStore(this.instance, this.conn, [], false)
      await this.conn.run('BEGIN TRANSACTION')
      try {
        const out = await fn(tx)
        await this.conn.run('COMMIT')
        this.generation++
        return out
      } catch (err) {
        await this.conn.run('ROLLBACK').catch(() => undefined)
        throw err
      }
    })
  }

  session<T>(fn: (own: Store) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      const own = new DuckDbStore(this.instance, this.conn, [], false)
      const out = await fn(own)
      this.generation += own.generation
      return out
    })
  }

  interrupt(): void {
    this.conn.interrupt()
  }

  progress(): number {
    const p = this.conn.progress
    return p.percentage >= 0 ? p.percentage / 100 : -1
  }

  async close(): Promise<void> {
    if (!this.instance) return
    await this.main.serial(async () => undefined)
    for (const r of this.readers) await r.serial(async (conn) => conn.closeSync())
    this.conn.closeSync()
    this.instance.closeSync()
  }

  private ownInstance(): DuckDBInstance {
    if (!this.instance) throw new Error('stream inside a transaction is not supported')
    return this.instance
  }
}

function bind(params?: Params): Record<string, DuckDBValue> | undefined {
  if (!params) return undefined
  const out: Record<string, DuckDBValue> = {}
  for (const [k, v] of Object.entries(params)) {
    out[k] = v instanceof Date ? v.toISOString() : typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v
  }
  return out
}

function plain(row: Record<string, unknown>): Row {
  for (const k of Object.keys(row)) row[k] = toPlain(row[k])
  return row
}

/** BIGINT arrives as bigint; the rest of the code speaks numbers (exact below 2^53). */
function toPlain(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v
}
