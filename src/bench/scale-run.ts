import { createHash } from 'node:crypto'
import { ClickHouseStore } from '../store/clickhouse.js'
import { isClickHouseUrl, parseClickHouseUrl } from '../store/clickhouse-connect.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { shares } from '../trade/analytics/shares.js'
import type { SharesQuery } from '../trade/analytics/shares.js'
import { trend } from '../trade/analytics/trend.js'
import { ingest } from '../trade/ingest/ingest.js'
import { median } from './measure.js'
import { generateFlows } from './scale-flows.js'

// Child of bench/scale.ts, one process per engine, so its peak resident memory is that engine's
// own: `node dist/bench/scale-run.js DB ROWS [FILE]` has the store DB names (a DuckDB path or a
// clickhouse:// URL) make ROWS flow rows itself (scale-flows.ts), then ingests FILE through the
// ingest a user runs, times the dashboard's share queries, and prints one JSON line (ScaleRun).

export interface ScaleRun {
  db: string
  /** Rows the engine made (INSERT ... SELECT from a series). */
  rows: number
  loadSeconds: number
  /** Rows of FILE ingested on top, and how long the ingest took. */
  fileRows: number
  fileSeconds: number
  /** Each answer's hash (sha256 of its JSON, load times left out): equal hashes, equal answers. */
  queries: { name: string; seconds: number; rows: number; answer: string }[]
  peakRssMb: number
  /** Unix seconds: when the load started, when it ended, when the queries ended (server logs are read by time). */
  marks: [number, number, number]
  error?: string
}

/** The questions the dashboard asks first (web/client/supply.ts, trend.ts defaults) and two heavier ones. */
export const DASHBOARD_QUERIES: {
  name: string
  run: (s: Store) => Promise<{ rows: unknown[] }>
}[] = [
  {
    name: 'supply: RUS chpl by quarter, mirror, top 6',
    run: (s) => shares(s, q({ basket: 'chpl', by: 'quarter', top: 6 })),
  },
  {
    name: 'trend: RUS from CHN chpl by quarter, mirror',
    run: (s) => trend(s, { ...q({ basket: 'chpl', by: 'quarter' }), partner: 'CHN' }),
  },
  {
    name: 'shares: RUS machine-tools by month, mirror',
    run: (s) => shares(s, q({ basket: 'machine-tools', by: 'month' })),
  },
  {
    name: 'shares: RUS all goods by year, mirror',
    run: (s) => shares(s, q({ basket: 'total', by: 'year' })),
  },
]

function q(over: Partial<SharesQuery> & Pick<SharesQuery, 'basket' | 'by'>): SharesQuery {
  return { importer: 'RUS', basis: 'mirror', ...over }
}

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 5)
const now = () => Math.floor(Date.now() / 1000)

/** sha256 of an answer's JSON without its load times (they differ by the run, not the engine). */
function hashOf(answer: unknown): string {
  const json = JSON.stringify(answer, (k, v) => (k === 'loaded_at' ? undefined : v))
  return createHash('sha256').update(json).digest('hex').slice(0, 16)
}

/**
 * The store, empty: the bench owns its database, and rows left by an earlier run would change
 * the answers (the parent removes a DuckDB file; a ClickHouse database is dropped on every node).
 */
async function emptyStore(db: string): Promise<Store> {
  // Dropping is only safe on a database named as the bench's own, never a user's data: checked
  // before anything is opened (opening creates the database and its tables).
  if (isClickHouseUrl(db) && !parseClickHouseUrl(db).database.startsWith('chokepoint_bench'))
    throw new Error(`bench:scale drops and refills its ClickHouse database: name one starting with chokepoint_bench, not "${parseClickHouseUrl(db).database}"`)
  const store = await openStore(db)
  if (!(store instanceof ClickHouseStore)) return store
  await store.dropDatabase()
  await store.close()
  return openStore(db)
}

async function run(db: string, rows: number, file?: string): Promise<ScaleRun> {
  const result: ScaleRun = {
    db,
    rows: 0,
    loadSeconds: 0,
    fileRows: 0,
    fileSeconds: 0,
    queries: [],
    peakRssMb: 0,
    marks: [now(), 0, 0],
  }
  const store = await emptyStore(db)
  try {
    const generated = await generateFlows(store, rows)
    result.rows = generated.rows
    result.loadSeconds = generated.seconds
    if (file) {
      const t0 = performance.now()
      const report = await ingest(store, file, { format: 'comtrade', replace: true })
      result.fileSeconds = (performance.now() - t0) / 1000
      result.fileRows = report.rows
    }
    result.marks[1] = now()
    for (const query of DASHBOARD_QUERIES) {
      const first = await query.run(store)
      result.queries.push({
        name: query.name,
        seconds: await median(RUNS, () => query.run(store)),
        rows: first.rows.length,
        answer: hashOf(first),
      })
    }
    result.marks[2] = now()
  } finally {
    await store.close()
  }
  return result
}

const [db, rows, file] = process.argv.slice(2)
try {
  const result = await run(db, Number(rows), file)
  // maxRSS is in kilobytes on Linux: the highest resident set of this process's life.
  console.log(JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
} catch (err) {
  console.log(JSON.stringify({ db, error: err instanceof Error ? err.message : String(err) }))
}
