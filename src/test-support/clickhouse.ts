import { randomBytes } from 'node:crypto'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'

/**
 * The ClickHouse servers tests run against when reachable (npm run ch:start starts them on these
 * ports); CHOKEPOINT_TEST_CLICKHOUSE and CHOKEPOINT_TEST_CLICKHOUSE_CLUSTER point elsewhere.
 * Each test file gets databases of its own, dropped afterwards.
 */
export const CLICKHOUSE_TARGETS = {
  single: process.env.CHOKEPOINT_TEST_CLICKHOUSE ?? 'clickhouse://127.0.0.1:18123/chokepoint_test',
  cluster:
    process.env.CHOKEPOINT_TEST_CLICKHOUSE_CLUSTER ??
    'clickhouse://127.0.0.1:18124/chokepoint_test?cluster=chokepoint_two_shards&nodes=127.0.0.1:18124,127.0.0.1:18125',
}

export type ClickHouseKind = keyof typeof CLICKHOUSE_TARGETS

/** Whether every node of a target answers /ping within a second; says why a test is skipped when not. */
export async function reachable(kind: ClickHouseKind): Promise<boolean> {
  const url = new URL(CLICKHOUSE_TARGETS[kind])
  const hosts = url.searchParams.get('nodes')?.split(',') ?? [url.host]
  try {
    await Promise.all(hosts.map(async (h) => {
      const res = await fetch(`http://${h}/ping`, { signal: AbortSignal.timeout(1000) })
      if (!res.ok) throw new Error(`status ${res.status}`)
    }))
    return true
  } catch (err) {
    console.warn(`skipping clickhouse ${kind} tests: ${hosts.join(', ')} not reachable (${(err as Error).message}); start servers with npm run ch:start`)
    return false
  }
}

/** The target's URL with a fresh database name, so test files never share tables. */
export function freshUrl(kind: ClickHouseKind, tag: string): string {
  const url = new URL(CLICKHOUSE_TARGETS[kind])
  url.pathname = `/cp_${tag}_${randomBytes(4).toString('hex')}`
  return url.toString()
}

/** Opens a fresh database on a target; `drop` removes it from every node. */
export async function freshStore(kind: ClickHouseKind, tag: string): Promise<{ url: string; store: Store; drop: () => Promise<void> }> {
  const url = freshUrl(kind, tag)
  const store = await openStore(url)
  return {
    url,
    store,
    drop: async () => {
      const { ClickHouseStore } = await import('../store/clickhouse.js')
      if (store instanceof ClickHouseStore) await store.dropDatabase()
      await store.close()
    },
  }
}
