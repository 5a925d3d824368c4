import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

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

/**
 * Where a ClickHouse database's screening index is kept on this machine: the server holds the
 * lists, this the analysed index of them, so `screen` starts without analysing every entity. One
 * file per database URL (password left out) under the user's cache folder; the file names the
 * list versions it was made for, so a load made elsewhere is noticed and the file rebuilt.
 */
function clickhouseIndexFile(db: string, env: NodeJS.ProcessEnv): string {
  const cache = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  const name = createHash('sha256').update(db.replace(/^([a-z]+:\/\/[^:/@?#]*:)[^/?#]*@/i, '$1@')).digest('hex').slice(0, 16)
  const dir = join(cache, 'chokepoint')
  // Made here, once: unlike a DuckDB file's folder, the cache folder may not exist yet. If it
  // cannot be made, writing the index says so and screening goes on without it.
  try {
    mkdirSync(dir, { recursive: true })
  } catch {
    // reported when the index is written
  }
  return join(dir, `${name}.screening-index`)
}

export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string; json?: boolean; token?: string }): Config {
  const token = flags.token ?? env.CHOKEPOINT_TOKEN
  const db = flags.db ?? env.CHOKEPOINT_DB ?? './chokepoint.duckdb'
  const indexFile = db === ':memory:' ? undefined : /^clickhouses?:/i.test(db) ? clickhouseIndexFile(db, env) : `${db}.screening-index`
  return Object.freeze({
    db,
    json: !!flags.json,
    ...(token ? { token } : {}),
    ...(indexFile ? { indexFile } : {}),
  })
}
