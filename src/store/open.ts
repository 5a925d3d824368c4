import { openDuckDb } from './duckdb.js'
import { migrate } from './schema.js'
import type { Store } from './store.js'

/**
 * Opens the store a `--db` value names: a DuckDB file path (the default), ':memory:', or a
 * `clickhouse://[user:password@]host:port/database[?cluster=NAME]` URL. The schema is created
 * when missing.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^clickhouses?:/i.test(location)) {
    // Loaded only when asked for: the ClickHouse client is not needed by DuckDB users.
    const { openClickHouse } = await import('./clickhouse.js')
    return openClickHouse(location)
  }
  const store = await openDuckDb(location)
  try {
    await migrate(store, location)
  } catch (err) {
    await store.close()
    throw err
  }
  return store
}
