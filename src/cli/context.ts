import type { Store } from '../store/store.js'
import { fail } from './output.js'
import { loadConfig, type Config } from './config.js'

export interface GlobalFlags {
  db?: string
  json?: boolean
  /** Bearer token for the API write routes (serve, demo). */
  token?: string
}

/**
 * Runs a command body with its config and an open store, translating errors once (STYLE.md 5)
 * and always closing the store.
 */
export async function withStore(flags: GlobalFlags, body: (store: Store, config: Config) => Promise<void>) {
  const config = loadConfig(process.env, flags)
  let store: Store | undefined
  try {
    // Loaded here, not at the top: DuckDB takes a while to load and --help does not need it.
    const { openStore } = await import('../store/open.js')
    store = await openStore(config.db)
    await body(store, config)
  } catch (err) {
    fail(err, config.json)
  } finally {
    await store?.close()
  }
}

/** For commands that need no database. */
export async function withConfig(flags: GlobalFlags, body: (config: Config) => Promise<void>) {
  const config = loadConfig(process.env, flags)
  try {
    await body(config)
  } catch (err) {
    fail(err, config.json)
  }
}
