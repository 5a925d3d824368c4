import { badInput } from '../errors.js'
import { openDuckDb } from './duckdb.js'
import { migrate } from './schema.js'
import type { Store } from './store.js'

/**
 * Opens the store a `--db` value names: a DuckDB file path (the default), ':memory:', or a
 * clickhouse:// URL once that engine lands. The schema is created when missing.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^clickhouse:/i.test(location)) {
    throw badInput(`clickhouse store not available yet: "${location}" (use a DuckDB file path)`)
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
