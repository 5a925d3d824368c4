import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  httpQuery,
  isClickHouseUrl,
  maskPassword,
  parseClickHouseUrl,
} from '../store/clickhouse-connect.js'
import type { ClickHouseTarget } from '../store/clickhouse-connect.js'
import { literal } from '../store/clickhouse-sql.js'
import { openStore } from '../store/open.js'
import { generateComtrade } from '../trade/generate/comtrade.js'
import type { ScaleRun } from './scale-run.js'

// npm run bench:scale [-- --rows N] [--duckdb PATH|none] [--clickhouse URL|none]
// Generates N Comtrade+ flow rows (default 50,000,000; seed 13), loads them through the Store
// interface into a DuckDB file and into the two-shard ClickHouse cluster of `npm run ch:start`,
// and times the dashboard's share queries on each: rows, load rate, query time, memory, disk.
// Each engine runs in a child process (bench/scale-run.ts), so its peak memory is its own; on
// ClickHouse the servers' peak memory per query is read from system.query_log.

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000000' },
    duckdb: { type: 'string', default: 'bench-data/scale.duckdb' },
    clickhouse: {
      type: 'string',
      default: 'clickhouse://127.0.0.1:18124/chokepoint_bench?cluster=chokepoint_two_shards',
    },
  },
})
const ROWS = Number(args.rows)
if (!Number.isInteger(ROWS) || ROWS < 1)
  throw new Error(`invalid --rows: "${args.rows}" (expected a whole number > 0)`)
const engines = [args.duckdb, args.clickhouse].filter((db) => db && db !== 'none') as string[]

mkdirSync('bench-data', { recursive: true })
const file = join('bench-data', `comtrade-scale-${ROWS}.csv`)
if (!existsSync(file)) {
  const gen = await openStore(':memory:')
  const t0 = performance.now()
  await generateComtrade(gen, { rows: ROWS, out: file, seed: 13 })
  await gen.close()
  console.log(
    `generated ${ROWS.toLocaleString('en-US')} rows (${mb(statSync(file).size)} MB) in ${seconds(t0)} s: ${file}`
  )
}

const child = fileURLToPath(new URL('./scale-run.js', import.meta.url))
const results: { run: ScaleRun; server?: ServerFigures; diskMb?: number }[] = []
for (const db of engines) {
  if (!isClickHouseUrl(db)) for (const f of [db, `${db}.wal`]) rmSync(f, { force: true })
  const out = spawnSync(process.execPath, [child, db, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  })
  const line = out.stdout.trim().split('\n').at(-1) ?? ''
  const run = (
    line.startsWith('{')
      ? JSON.parse(line)
      : { db, error: `exit ${out.status}: ${out.stdout.slice(-500)}` }
  ) as ScaleRun
  if (run.error) {
    console.log(`${maskPassword(db)}: not measured: ${run.error}`)
    continue
  }
  const target = isClickHouseUrl(db) ? parseClickHouseUrl(db) : undefined
  results.push({
    run,
    server: target && (await serverFigures(target, run.marks)),
    diskMb: target ? await clickhouseDiskMb(target) : mb(statSync(db).size),
  })
}
print()

interface ServerFigures {
  loadPeakMb?: number
  queryPeakMb?: number
}

/** Peak memory of one query on any server of the cluster (or the one node), during the load and during the queries. */
async function serverFigures(
  target: ClickHouseTarget,
  [start, loaded, done]: [number, number, number]
): Promise<ServerFigures> {
  try {
    await httpQuery(target, 'SYSTEM FLUSH LOGS', { useDatabase: false })
    const log = target.cluster
      ? `cluster(${literal(target.cluster)}, system, query_log)`
      : 'system.query_log'
    const peak = async (from: number, to: number) => {
      const sql = `SELECT max(memory_usage) FROM ${log} WHERE event_time BETWEEN toDateTime(${from}) AND toDateTime(${to})`
      return mb(Number((await httpQuery(target, sql, { useDatabase: false })).trim()))
    }
    return { loadPeakMb: await peak(start, loaded), queryPeakMb: await peak(loaded, done) }
  } catch (err) {
    console.log(
      `server memory of ${target.masked} not read (system.query_log needs log_queries=1): ${(err as Error).message}`
    )
    return {}
  }
}

async function clickhouseDiskMb(target: ClickHouseTarget): Promise<number | undefined> {
  const parts = target.cluster
    ? `cluster(${literal(target.cluster)}, system, parts)`
    : 'system.parts'
  const sql = `SELECT sum(bytes_on_disk) FROM ${parts} WHERE active AND database = ${literal(target.database)}`
  return mb(Number((await httpQuery(target, sql, { useDatabase: false })).trim()))
}

function print(): void {
  console.log(
    `\n${ROWS.toLocaleString('en-US')} generated Comtrade+ rows (${mb(statSync(file).size)} MB CSV); query times are medians of ${process.env.BENCH_QUERY_RUNS ?? 5} runs after one warm-up`
  )
  for (const { run, server, diskMb } of results) {
    console.log(`\n${maskPassword(run.db)}`)
    console.log(`  rows loaded        ${run.rows.toLocaleString('en-US')}`)
    console.log(
      `  load               ${run.loadSeconds.toFixed(1)} s, ${Math.round(run.rows / run.loadSeconds).toLocaleString('en-US')} rows/s`
    )
    console.log(`  on disk            ${diskMb ?? '?'} MB`)
    console.log(
      `  client peak RSS    ${Math.round(run.peakRssMb)} MB (this process: load and queries)`
    )
    if (server)
      console.log(
        `  server peak/query  load ${server.loadPeakMb ?? '?'} MB, queries ${server.queryPeakMb ?? '?'} MB`
      )
    for (const q of run.queries)
      console.log(`  ${q.seconds.toFixed(3).padStart(8)} s  ${q.name} (${q.rows} rows)`)
  }
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e6)
}

function seconds(t0: number): string {
  return ((performance.now() - t0) / 1000).toFixed(1)
}
