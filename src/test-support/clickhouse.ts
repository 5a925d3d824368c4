import { randomBytes } from 'node:crypto'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'

// The ClickHouse servers tests run against: CHOKEPOINT_TEST_CLICKHOUSE lists clickhouse:// URLs
// (comma-separated); unset, the single node and the two-shard cluster of `npm run ch:start`.
// Those that answer /ping within a second are used; the others are skipped with a message.

export const DEFAULT_CLICKHOUSE_URLS = [
  'clickhouse://127.0.0.1:18123/chokepoint',
  'clickhouse://127.0.0.1:18124/chokepoint?cluster=chokepoint_two_shards',
]

const candidates = process.env.CHOKEPOINT_TEST_CLICKHOUSE?.split(',').map((u) => u.trim()).filter(Boolean) ?? DEFAULT_CLICKHOUSE_URLS

async function answers(location: string): Promise<boolean> {
  const url = new URL(location)
  try {
    return (await fetch(`http://${url.host}/ping`, { signal: AbortSignal.timeout(1000) })).ok
  } catch {
    return false
  }
}

const up = await Promise.all(candidates.map(answers))
const down = candidates.filter((_, i) => !up[i])
if (down.length) console.warn(`skipping clickhouse tests on ${down.join(', ')}: no answer to /ping (npm run ch:start starts test servers)`)

/** The ClickHouse URLs that answered, each with a short name for test titles (single, cluster). */
export const clickhouseUrls: { name: string; url: string }[] = candidates
  .filter((_, i) => up[i])
  .map((url) => ({ name: new URL(url).searchParams.has('cluster') ? `cluster ${new URL(url).host}` : `single ${new URL(url).host}`, url }))

/** The URL with a fresh database name, so test files never share tables. */
export function freshUrl(url: string, tag: string): string {
  const u = new URL(url)
  u.pathname = `/cp_${tag}_${randomBytes(4).toString('hex')}`
  return u.toString()
}

/** Opens a fresh database on a server; `drop` removes it from every node. */
export async function freshStore(url: string, tag: string): Promise<{ url: string; store: Store; drop: () => Promise<void> }> {
  const location = freshUrl(url, tag)
  const store = await openStore(location)
  return {
    url: location,
    store,
    drop: async () => {
      const { ClickHouseStore } = await import('../store/clickhouse.js')
      if (store instanceof ClickHouseStore) await store.dropDatabase()
      await store.close()
    },
  }
}
