import { Readable } from 'node:stream'
import { openClickHouse } from '../store/clickhouse.js'
import type { BodyFormat } from '../store/clickhouse-insert.js'
import { copyTable } from '../store/copy.js'
import { openDuckDb } from '../store/duckdb.js'
import { migrate } from '../store/schema.js'

// How parsed flow rows get from ingest's DuckDB scratch into ClickHouse 18.16 fastest: DuckDB's
// COPY to CSV streamed as a file (what copy.ts does), against rows read into JavaScript and
// encoded as RowBinary, TabSeparated or JSONEachRow. BENCH_CLICKHOUSE names the server (a scratch
// database on it is dropped afterwards), BENCH_ROWS the rows. npx tsx src/bench/clickhouse-formats.ts
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const url = process.env.BENCH_CLICKHOUSE ?? 'clickhouse://127.0.0.1:18123/chokepoint_bench_formats'
const COLUMNS: [string, string][] = [
  ['dataset', 'String'], ['period', 'String'], ['year', 'Int16'], ['month', 'Nullable(Int8)'], ['reporter', 'String'], ['partner', 'String'],
  ['partner_aggregate', 'UInt8'], ['flow', 'String'], ['hs', 'String'], ['value', 'Float64'], ['currency', 'String'],
  ['net_kg', 'Nullable(Float64)'], ['quantity', 'Nullable(Float64)'], ['quantity_unit', 'Nullable(String)'],
]

const duck = await openDuckDb(':memory:')
await migrate(duck)
await duck.run(`INSERT INTO flow SELECT 'ds', printf('%04d-%02d', 2015 + i % 9, 1 + i % 12), 2015 + i % 9, 1 + i % 12, 'R' || (i % 200), 'P' || (i % 230),
  i % 50 = 0, CASE WHEN i % 2 = 0 THEN 'import' ELSE 'export' END, lpad(((i * 7919) % 999999)::VARCHAR, 6, '0'), (i % 100000) * 1.25, 'USD',
  CASE WHEN i % 3 = 0 THEN NULL ELSE i * 0.5 END, NULL, CASE WHEN i % 4 = 0 THEN 'kg' END FROM range(${ROWS}) t(i)`)

const ENCODERS = {
  TabSeparated: (rows: unknown[][]) => Buffer.from(rows.map((r) => r.map(tsv).join('\t')).join('\n') + '\n'),
  JSONEachRow: (rows: unknown[][]) => Buffer.from(rows.map((r) => JSON.stringify(Object.fromEntries(r.map((v, i) => [COLUMNS[i][0], typeof v === 'boolean' ? +v : v])))).join('\n') + '\n'),
  RowBinary: (rows: unknown[][]) => {
    const parts: Buffer[] = []
    for (const r of rows) r.forEach((v, i) => parts.push(binary(COLUMNS[i][1], v)))
    return Buffer.concat(parts)
  },
}

function tsv(v: unknown): string {
  if (v === null) return '\\N'
  if (typeof v === 'boolean') return v ? '1' : '0'
  return String(v).replace(/[\\\t\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c]!)
}

function binary(type: string, v: unknown): Buffer {
  const inner = /^Nullable\((.*)\)$/.exec(type)?.[1]
  if (inner) return v === null ? Buffer.of(1) : Buffer.concat([Buffer.of(0), binary(inner, v)])
  const b = Buffer.alloc(8)
  switch (type) {
    case 'String': {
      const s = Buffer.from(String(v))
      const len: number[] = []
      for (let n = s.length; ; n >>>= 7) { if (n < 0x80) { len.push(n); break } len.push((n & 0x7f) | 0x80) }
      return Buffer.concat([Buffer.from(len), s])
    }
    case 'Float64': b.writeDoubleLE(Number(v)); return b
    case 'Int16': b.writeInt16LE(Number(v)); return b.subarray(0, 2)
    case 'Int8': b.writeInt8(Number(v)); return b.subarray(0, 1)
    case 'UInt8': return Buffer.of(v ? 1 : 0)
    default: throw new Error(`no RowBinary writer for ${type}`)
  }
}

/** The rows as JavaScript reads them from the store, each batch encoded. */
function body(encode: (rows: unknown[][]) => Buffer): Readable {
  return Readable.from((async function* () {
    for await (const chunk of duck.stream(`SELECT * FROM flow`, {}, 50_000)) yield encode(chunk.map((r) => COLUMNS.map(([c]) => r[c])))
  })())
}

const ch = await openClickHouse(url)
const routes: [string, () => Promise<void>][] = [
  ['DuckDB COPY to CSV, file streamed', () => copyTable(duck, ch, 'flow')],
  ...(['RowBinary', 'TabSeparated', 'JSONEachRow'] as BodyFormat[]).map((f): [string, () => Promise<void>] => [
    `JS rows encoded as ${f}`,
    () => ch.insertBody('flow', COLUMNS.map(([c]) => c), f, () => body(ENCODERS[f as keyof typeof ENCODERS])),
  ]),
]
try {
  console.log(`rows: ${ROWS}`)
  for (let round = 0; round < 2; round++) {
    for (const [name, run] of routes) {
      await ch.run(`DELETE FROM flow WHERE dataset = 'ds'`)
      const t0 = performance.now()
      await run()
      const s = (performance.now() - t0) / 1000
      const [{ n }] = await ch.all<{ n: number }>(`SELECT count() AS n FROM flow`)
      if (n !== ROWS) throw new Error(`${name}: ${n} rows arrived of ${ROWS}`)
      console.log(`${name.padEnd(36)} ${s.toFixed(1).padStart(6)} s ${Math.round(ROWS / s).toLocaleString('en').padStart(10)} rows/s`)
    }
  }
} finally {
  await ch.dropDatabase()
  await ch.close()
  await duck.close()
}
