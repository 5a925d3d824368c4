/** Settings read once at the edge (flags over environment over defaults), then passed down. */
export interface Config {
  readonly db: string
  readonly json: boolean
  /** Bearer token for the API's write routes (`--token` or CHOKEPOINT_TOKEN); none turns them off. */
  readonly token?: string
  /**
   * The screening index's sidecar file beside a DuckDB file (`<db>.screening-index`), read
   * instead of analysing the lists on every start; none for `:memory:`.
   */
  readonly indexFile?: string
}

export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string; json?: boolean; token?: string }): Config {
  const token = flags.token ?? env.CHOKEPOINT_TOKEN
  const db = flags.db ?? env.CHOKEPOINT_DB ?? './chokepoint.duckdb'
  const inMemory = db === ':memory:' || /^clickhouse:/i.test(db)
  return Object.freeze({
    db,
    json: !!flags.json,
    ...(token ? { token } : {}),
    ...(inMemory ? {} : { indexFile: `${db}.screening-index` }),
  })
}
