/** Settings read once at the edge (flags over environment over defaults), then passed down. */
export interface Config {
  readonly db: string
  readonly json: boolean
  /** Bearer token for the API's write routes (`--token` or CHOKEPOINT_TOKEN); none turns them off. */
  readonly token?: string
}

export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string; json?: boolean; token?: string }): Config {
  const token = flags.token ?? env.CHOKEPOINT_TOKEN
  return Object.freeze({
    db: flags.db ?? env.CHOKEPOINT_DB ?? './chokepoint.duckdb',
    json: !!flags.json,
    ...(token ? { token } : {}),
  })
}
