import { randomBytes } from 'node:crypto'
import { maskPassword, parseClickHouseUrl, ping } from '../store/clickhouse-connect.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'

// Which ClickHouse servers the tests run against. CHOKEPOINT_TEST_CLICKHOUSE lists clickhouse://
// URLs (comma-separated); unset, the servers of `npm run ch:start` are tried. Those that answer
// /ping within 1 s are used; when none does the ClickHouse tests skip with a message, unless
// CHOKEPOINT_REQUIRE_CLICKHOUSE=1 (CI), where a missing server fails the run.

/** The single node and the two-shard cluster that `npm run ch:start` starts. */
export const DEFAULT_CLICKHOUSE_URLS = [
  'clickhouse://127.0.0.1:18123/chokepoint',
  'clickhouse://127.0.0.1:18124/chokepoint?cluster=chokepoint_two_shards',
]

const listed = process.env.CHOKEPOINT_TEST_CLICKHOUSE?.trim()
const required = process.env.CHOKEPOINT_REQUIRE_CLICKHOUSE === '1'
const candidates = listed
  ? listed
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean)
  : DEFAULT_CLICKHOUSE_URLS

async function answers(url: string): Promise<string | undefined> {
  try {
    await ping(parseClickHouseUrl(url), { timeoutMs: 1_000 })
    return undefined
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

const faults = await Promise.all(candidates.map(answers))
const missing = candidates.flatMap((url, i) =>
  faults[i] ? [`${maskPassword(url)}: ${faults[i]}`] : []
)

if (missing.length && required) {
  throw new Error(
    `CHOKEPOINT_REQUIRE_CLICKHOUSE=1 but a clickhouse server does not answer (start them with npm run ch:start):\n${missing.join('\n')}`
  )
}
if (missing.length) {
  console.warn(
    `skipping clickhouse tests of ${missing.length} server(s) that do not answer (npm run ch:start starts them):\n${missing.join('\n')}`
  )
}

/** The ClickHouse URLs that answered, in the order given. */
export const clickhouseUrls: readonly string[] = candidates.filter((_, i) => !faults[i])

/** Every engine the conformance suite runs on: DuckDB ':memory:' first, then each ClickHouse URL. */
export const engines: readonly string[] = [':memory:', ...clickhouseUrls]

/** The answering servers with a short name for test titles (single, cluster). */
export const clickhouseServers: { name: string; url: string }[] = clickhouseUrls.map((url) => ({
  name: `${new URL(url).searchParams.has('cluster') ? 'cluster' : 'single'} ${new URL(url).host}`,
  url,
}))

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
