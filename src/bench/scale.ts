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

// npm run bench:scale [-- --rows N] [--file-rows M] [--duckdb PATH|none] [--clickhouse URL|none]
// Has each engine make N flow rows itself (default 50,000,000: bench/scale-flows.ts, the same
// rows on every engine), a DuckDB file and the two-shard ClickHouse cluster of `npm run
// ch:start`, then ingests a generated Comtrade+ file of M rows (default 1,000,000; seed 13; 0 for
// none) on top through the ingest a user runs, and times the dashboard's share queries: rows,
// load rates, query time, memory, disk, and whether every engine gave the same answers. Each
// engine runs in a child process (bench/scale-run.ts), so its peak memory is its own; on
// ClickHouse the servers' peak memory per query is read from system.query_log.

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000000' },
    'file-rows': { type: 'string', default: '1000000' },
    duckdb: { type: 'string', default: 'bench-data/scale.duckdb' },
    clickhouse: {
      type: 'string',
      default: 'clickhouse://127.0.0.1:18124/chokepoint_bench?cluster=chokepoint_two_shards',
    },
  },
})
const ROWS = count('--rows', args.rows!, 1)
const FILE_ROWS = count('--file-rows', args['file-rows']!, 0)
const engines = [args.duckdb, args.clickhouse].filter((db) => db && db !== 'none') as string[]

mkdirSync('bench-data', { recursive: true })
const file = FILE_ROWS ? join('bench-data', `comtrade-scale-${FILE_ROWS}.csv`) : undefined
if (file && !existsSync(file)) {
  const gen = await openStore(':memory:')
  const t0 = performance.now()
  await generateComtrade(gen, { rows: FILE_ROWS, out: file, seed: 13 })
  await gen.close()
  console.log(
    `generated ${FILE_ROWS.toLocaleString('en-US')} rows (${mb(statSync(file).size)} MB) in ${seconds(t0)} s: ${file}`
  )
}

const child = fileURLToPath(new URL('./scale-run.js', import.meta.url))
const results: { run: ScaleRun; server?: ServerFigures; diskMb?: number }[] = []
for (const db of engines) {
  if (!isClickHouseUrl(db)) for (const f of [db, `${db}.wal`]) rmSync(f, { force: true })
  const out = spawnSync(process.execPath, [child, db, String(ROWS), ...(file ? [file] : [])], {
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
  const fileNote = file
    ? `, then ${FILE_ROWS.toLocaleString('en-US')} generated Comtrade+ rows ingested from ${file} (${mb(statSync(file).size)} MB)`
    : ''
  console.log(
    `\n${ROWS.toLocaleString('en-US')} synthetic flow rows made by each engine (bench/scale-flows.ts)${fileNote}; query times are medians of ${process.env.BENCH_QUERY_RUNS ?? 5} runs after one warm-up`
  )
  for (const { run, server, diskMb } of results) {
    console.log(`\n${maskPassword(run.db)}`)
    console.log(`  rows made          ${run.rows.toLocaleString('en-US')}`)
    console.log(
      `  made and listed    ${run.loadSeconds.toFixed(1)} s, ${rate(run.rows, run.loadSeconds)} rows/s (INSERT ... SELECT, coverage and codes included)`
    )
    if (run.fileRows)
      console.log(
        `  file ingest        ${run.fileRows.toLocaleString('en-US')} rows in ${run.fileSeconds.toFixed(1)} s, ${rate(run.fileRows, run.fileSeconds)} rows/s (parse, checks, publish)`
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
      console.log(`  ${q.seconds.toFixed(3).padStart(8)} s  ${q.name} (${q.rows} rows, answer ${q.answer})`)
  }
  if (results.length > 1) {
    const differ = results[0].run.queries.filter((_, i) => new Set(results.map((r) => r.run.queries[i]?.answer)).size > 1)
    console.log(
      differ.length
        ? `\nanswers DIFFER between engines: ${differ.map((q) => q.name).join('; ')}`
        : `\nanswers: identical on all ${results.length} engines (sha256 of each answer's JSON)`
    )
  }
}

function rate(rows: number, secs: number): string {
  return Math.round(rows / secs).toLocaleString('en-US')
}

function count(flag: string, text: string, min: number): number {
  const n = Number(text)
  if (!Number.isSafeInteger(n) || n < min)
    throw new Error(`invalid ${flag}: "${text}" (expected a whole number >= ${min})`)
  return n
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e6)
}

function seconds(t0: number): string {
  return ((performance.now() - t0) / 1000).toFixed(1)
}
