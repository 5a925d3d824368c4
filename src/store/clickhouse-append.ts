import { Readable } from 'node:stream'
import type { Node } from './clickhouse-nodes.js'
import { clickHouseTables } from './clickhouse-schema.js'

/** Rows to append, a batch at a time, each row's values in the order of the columns named. */
export type Batches = AsyncIterable<unknown[][]>

export type AppendFormat = 'RowBinary' | 'TabSeparated' | 'CSV' | 'JSONEachRow'

/**
 * The format rows travel in. Measured on 18.16 (src/bench/clickhouse-formats.ts, 2M flow rows
 * streamed from DuckDB): see docs/clickhouse.md for the figures.
 */
export const APPEND_FORMAT: AppendFormat = 'TabSeparated'

type Call = <T>(node: Node, fn: (signal: AbortSignal, id: string) => Promise<T>) => Promise<T>

/**
 * Streams batches into a table over one HTTP request per node. With several nodes (a table
 * kept on each) the encoded batches are held in memory and sent to each in turn: only small
 * metadata tables go that way; flow and shipment rows stream once, to the Distributed table.
 */
export async function appendRows(nodes: Node[], table: string, columns: string[], batches: Batches, onRows: (n: number) => void, call: Call, format: AppendFormat = APPEND_FORMAT): Promise<number> {
  const encode = encoder(format, columns, types(table, columns))
  let rows = 0
  async function* chunks(): AsyncGenerator<Buffer> {
    for await (const batch of batches) {
      yield encode(batch)
      rows += batch.length
      onRows(rows)
    }
  }
  const names = columns.join(', ')
  const query = `INSERT INTO ${table} (${names}) FORMAT ${format}`
  const send = (node: Node, body: Readable) =>
    call(node, async (signal, query_id) => {
      const res = await node.client.exec({ query, values: body, abort_signal: signal, query_id })
      for await (const _ of res.stream) void _
    })
  if (nodes.length === 1) {
    await send(nodes[0], Readable.from(chunks()))
    return rows
  }
  const held: Buffer[] = []
  for await (const c of chunks()) held.push(c)
  for (const node of nodes) await send(node, Readable.from(held))
  return rows
}

let schema: Map<string, { name: string; type: string }[]> | undefined
function types(table: string, columns: string[]): string[] {
  schema ??= clickHouseTables()
  const cols = schema.get(table)
  if (!cols) throw new Error(`no such table: ${table}`)
  return columns.map((c) => {
    const col = cols.find((x) => x.name === c)
    if (!col) throw new Error(`no column ${c} in ${table}`)
    return col.type
  })
}

type Encoder = (rows: unknown[][]) => Buffer

function encoder(format: AppendFormat, columns: string[], colTypes: string[]): Encoder {
  if (format === 'RowBinary') return rowBinary(colTypes)
  if (format === 'JSONEachRow') return jsonEachRow(columns, colTypes)
  const field = format === 'CSV' ? csvField : tsvField
  const sep = format === 'CSV' ? ',' : '\t'
  return (rows) => {
    let out = ''
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) out += (i ? sep : '') + field(row[i])
      out += '\n'
    }
    return Buffer.from(out)
  }
}

/** One JSON object a line; booleans as 1/0 (UInt8), timestamps as ISO text. */
function jsonEachRow(columns: string[], colTypes: string[]): Encoder {
  const flags = colTypes.map((t) => t.includes('UInt8'))
  return (rows) => {
    let out = ''
    for (const row of rows) {
      const o: Record<string, unknown> = {}
      for (let i = 0; i < row.length; i++) {
        const v = row[i]
        o[columns[i]] = flags[i] && typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v
      }
      out += JSON.stringify(o) + '\n'
    }
    return Buffer.from(out)
  }
}

/** A TabSeparated field: NULL as \N, booleans as 1/0, text with \ escapes. */
function tsvField(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  if (typeof v === 'boolean') return v ? '1' : '0'
  if (typeof v === 'number' || typeof v === 'bigint') return String(v)
  const s = v instanceof Date ? v.toISOString() : String(v)
  return /[\\\t\n\r\0']/.test(s) ? s.replace(/[\\\t\n\r\0']/g, (c) => TSV_ESCAPES[c]) : s
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0', "'": "\\'" }

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  if (typeof v === 'boolean') return v ? '1' : '0'
  if (typeof v === 'number' || typeof v === 'bigint') return String(v)
  const s = v instanceof Date ? v.toISOString() : String(v)
  return `"${s.replaceAll('"', '""')}"`
}

/** RowBinary: each value in its type's little-endian bytes, strings length-prefixed (LEB128). */
function rowBinary(colTypes: string[]): Encoder {
  const writers = colTypes.map(binaryWriter)
  return (rows) => {
    const parts: Buffer[] = []
    const w = new Writer()
    for (const row of rows) for (let i = 0; i < row.length; i++) writers[i](w, row[i])
    parts.push(w.done())
    return Buffer.concat(parts)
  }
}

type BinaryWrite = (w: Writer, v: unknown) => void

function binaryWriter(type: string): BinaryWrite {
  const inner = /^Nullable\((.*)\)$/.exec(type)?.[1]
  if (inner) {
    const write = binaryWriter(inner)
    return (w, v) => {
      if (v === null || v === undefined) return w.u8(1)
      w.u8(0)
      write(w, v)
    }
  }
  switch (type) {
    case 'String': return (w, v) => w.str(v instanceof Date ? v.toISOString() : String(v))
    case 'Float64': return (w, v) => w.f64(Number(v))
    case 'Int64': return (w, v) => w.i64(BigInt(v as number))
    case 'Int32': return (w, v) => w.i32(Number(v))
    case 'Int16': return (w, v) => w.i16(Number(v))
    case 'Int8': return (w, v) => w.i8(Number(v))
    case 'UInt8': return (w, v) => w.u8(v ? 1 : 0)
    case 'Date': return (w, v) => w.u16(Math.round(Date.parse(v instanceof Date ? v.toISOString().slice(0, 10) : String(v)) / 86_400_000))
    default: throw new Error(`no RowBinary writer for ${type}`)
  }
}

/** A growing buffer for RowBinary rows. */
class Writer {
  private buf = Buffer.allocUnsafe(1 << 16)
  private at = 0

  private room(n: number) {
    if (this.at + n <= this.buf.length) return
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n))
    this.buf.copy(next, 0, 0, this.at)
    this.buf = next
  }
  u8(v: number) { this.room(1); this.buf[this.at++] = v }
  i8(v: number) { this.room(1); this.buf.writeInt8(v, this.at); this.at += 1 }
  u16(v: number) { this.room(2); this.buf.writeUInt16LE(v, this.at); this.at += 2 }
  i16(v: number) { this.room(2); this.buf.writeInt16LE(v, this.at); this.at += 2 }
  i32(v: number) { this.room(4); this.buf.writeInt32LE(v, this.at); this.at += 4 }
  i64(v: bigint) { this.room(8); this.buf.writeBigInt64LE(v, this.at); this.at += 8 }
  f64(v: number) { this.room(8); this.buf.writeDoubleLE(v, this.at); this.at += 8 }
  str(s: string) {
    const n = Buffer.byteLength(s)
    this.room(n + 5)
    let len = n
    while (len >= 0x80) { this.buf[this.at++] = (len & 0x7f) | 0x80; len >>>= 7 }
    this.buf[this.at++] = len
    this.at += this.buf.write(s, this.at)
  }
  done(): Buffer {
    return this.buf.subarray(0, this.at)
  }
}
