/** Settings read once at the edge (flags over environment over defaults), then passed down. */
export interface Config {
  readonly db: string
  readonly json: boolean
}

export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string; json?: boolean }): Config {
  return Object.freeze({
    db: flags.db ?? env.CHOKEPOINT_DB ?? './chokepoint.duckdb',
    json: !!flags.json,
  })
}
