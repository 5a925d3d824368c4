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
    const w = new Writer()
    for (const r of rows) for (let i = 0; i < r.length; i++) binary(w, COLUMNS[i][1], r[i])
    return w.done()
  },
}

function tsv(v: unknown): string {
  if (v === null) return '\\N'
  if (typeof v === 'boolean') return v ? '1' : '0'
  return String(v).replace(/[\\\t\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c]!)
}

function binary(w: Writer, type: string, v: unknown): void {
  const inner = /^Nullable\((.*)\)$/.exec(type)?.[1]
  if (inner) {
    w.u8(v === null ? 1 : 0)
    if (v !== null) binary(w, inner, v)
    return
  }
  if (type === 'String') w.str(String(v))
  else if (type === 'Float64') w.num(8, (b, at) => b.writeDoubleLE(Number(v), at))
  else if (type === 'Int16') w.num(2, (b, at) => b.writeInt16LE(Number(v), at))
  else if (type === 'Int8') w.num(1, (b, at) => b.writeInt8(Number(v), at))
  else if (type === 'UInt8') w.u8(v ? 1 : 0)
  else throw new Error(`no RowBinary writer for ${type}`)
}

/** A growing buffer: RowBinary values in little-endian bytes, strings LEB128-length-prefixed. */
class Writer {
  private buf = Buffer.allocUnsafe(1 << 20)
  private at = 0
  private room(n: number) {
    if (this.at + n <= this.buf.length) return
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n))
    this.buf.copy(next, 0, 0, this.at)
    this.buf = next
  }
  u8(v: number) {
    this.room(1)
    this.buf[this.at++] = v
  }
  num(n: number, write: (b: Buffer, at: number) => void) {
    this.room(n)
    write(this.buf, this.at)
    this.at += n
  }
  str(s: string) {
    const n = Buffer.byteLength(s)
    this.room(n + 5)
    for (let len = n; ; len >>>= 7) {
      if (len < 0x80) {
        this.buf[this.at++] = len
        break
      }
      this.buf[this.at++] = (len & 0x7f) | 0x80
    }
    this.at += this.buf.write(s, this.at)
  }
  done(): Buffer {
    return this.buf.subarray(0, this.at)
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
/** The rows as the server itself writes them in `format`: inserting them back times the server's side alone. */
async function serverBody(format: string): Promise<Buffer> {
  const u = new URL(url)
  const res = await fetch(`http://${u.host}/?database=${u.pathname.slice(1)}&query=${encodeURIComponent(`SELECT ${COLUMNS.map(([c]) => c).join(', ')} FROM flow FORMAT ${format}`)}`)
  return Buffer.from(await res.arrayBuffer())
}

try {
  console.log(`rows: ${ROWS}`)
  await copyTable(duck, ch, 'flow')
  for (const f of ['CSV', 'RowBinary', 'TabSeparated', 'JSONEachRow'] as BodyFormat[]) {
    const b = await serverBody(f)
    routes.push([`server alone, ${f} (${(b.length / 1e6).toFixed(0)} MB)`, () => ch.insertBody('flow', COLUMNS.map(([c]) => c), f, () => Readable.from([b]))])
  }
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
