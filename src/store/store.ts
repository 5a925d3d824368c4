import type { Dialect } from './dialect.js'

/** A value bound to a `$name` parameter. */
export type Param = string | number | boolean | null | bigint | Date
export type Params = Record<string, Param>
export type Row = Record<string, unknown>

/**
 * The one narrow interface every database sits behind (DuckDB embedded, ClickHouse at scale).
 * Values always travel as parameters; identifiers go through `ident()` in sql.ts.
 */
export interface Store {
  readonly engine: 'duckdb' | 'clickhouse'
  /** The SQL that differs by engine (dialect.ts); analytics write everything else portably. */
  readonly dialect: Dialect
  /**
   * Goes up after every write through this store. Lets readers cache metadata safely: a DuckDB
   * file has one writing process, so all writes pass through here.
   */
  readonly generation: number
  run(sql: string, params?: Params): Promise<number>
  all<T = Row>(sql: string, params?: Params): Promise<T[]>
  stream(sql: string, params?: Params, chunkRows?: number): AsyncIterable<Row[]>
  /** Runs `fn` inside one transaction: all of it commits or none of it does. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>
  /**
   * Runs `fn` with a connection of its own and no transaction: its temp tables stay private and
   * no other statement runs on that connection meanwhile (reads elsewhere go on).
   */
  session<T>(fn: (own: Store) => Promise<T>): Promise<T>
  /** Cancels the statement running now, if any (used when a user interrupts an ingest). */
  interrupt(): void
  /** Fraction done of the running statement, or -1 when unknown. */
  progress(): number
  close(): Promise<void>
}
