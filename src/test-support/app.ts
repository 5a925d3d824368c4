import { createApp } from '../api/app.js'
import type { Limits } from '../api/limits.js'
import { openScreening, type Screening } from '../screening/index.js'
import { loadList } from '../screening/lists/load.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { ingest } from '../trade/ingest/ingest.js'
import { tempDir } from './files.js'
import { EU_LIST, writeSupplyFixture, writeUkVersions } from './supply.js'

export interface Fixture {
  store: Store
  screening: Screening
  app: ReturnType<typeof createApp>
  dir: string
  close(): Promise<void>
}

/**
 * A `:memory:` store with the supply fixture (synthetic) and the EU list plus two UK list
 * versions loaded, and the app built on it: what API and browser tests run against.
 */
export async function openFixture({ token, limits }: { token?: string; limits?: Limits } = {}): Promise<Fixture> {
  const dir = tempDir('chokepoint-api-')
  const store = await openStore(':memory:')
  await ingest(store, writeSupplyFixture(dir), { format: 'comtrade', synthetic: true })
  const uk = writeUkVersions(dir)
  await loadList(store, [EU_LIST], 'eu-fsf')
  await loadList(store, [uk.v1], 'uk-csv')
  await loadList(store, [uk.v2], 'uk-csv')
  const screening = await openScreening(store)
  const app = createApp({ store, screening, token, limits })
  return { store, screening, app, dir, close: () => store.close() }
}
