import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import type { PackedIndex } from './candidates.js'

/**
 * The packed index on disk (the "sidecar" beside the database), so a process opens it with one
 * read per table instead of analysing every entity again. Layout:
 *   8 bytes magic, u32 header length, u32 crc32 of the header, header JSON (key, entity count,
 *   each table's byte length and crc32), then the tables' bytes in TABLES order, then the
 *   relations as JSON. Everything is checked before use: a wrong length or checksum means the
 *   file is not trusted.
 */
const MAGIC = Buffer.from('CPINDEX1')
const FIXED = MAGIC.length + 8

type Typed = Int32Array | Uint16Array | Uint8Array | Float64Array
type TableType = new (buffer: SharedArrayBuffer) => Typed

/** The shared tables of a PackedIndex, by their path in it, in file order, with their array type. */
const TABLES: [string, TableType][] = [
  ['keys.chars', Uint16Array], ['keys.start', Int32Array], ['keys.slots', Int32Array],
  ['keys.postStart', Int32Array], ['keys.postings', Int32Array], ['keys.skel', Int32Array],
  ['records.ints', Int32Array], ['records.start', Int32Array], ['records.weights', Float64Array],
  ['records.strings.bytes', Uint8Array], ['records.strings.start', Int32Array],
]

type Tree = { [k: string]: Tree | Typed }
const tableAt = (packed: PackedIndex, path: string) =>
  path.split('.').reduce<Tree | Typed>((node, k) => (node as Tree)[k], packed as unknown as Tree) as Typed

function putTable(into: Tree, path: string, table: Typed): void {
  const keys = path.split('.')
  let node = into
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Tree
  node[keys[keys.length - 1]] = table
}

interface Header {
  key: string
  entities: number
  tables: { name: string; bytes: number; crc: number }[]
  extra: { bytes: number; crc: number }
}

export interface Sidecar {
  packed: PackedIndex
  /** What was stored beside the tables (the relations), as written. */
  extra: string
}

/** Why a sidecar cannot be used: absent, made for other list versions or code, or damaged. */
export type Unusable = { reason: 'missing' | 'stale' | 'damaged'; detail: string }

const bytesOf = (a: Typed) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength)

/**
 * Writes the packed index beside the database (or in the cache folder, for ClickHouse): to a temp
 * file first, renamed when complete, so a reader sees the old file or the new one, never half of
 * one. A process killed mid-write leaves a temp file; the next write makes its own.
 */
export function writeSidecar(file: string, key: string, packed: PackedIndex, extra = ''): number {
  const extraBytes = Buffer.from(extra)
  const arrays = TABLES.map(([path]) => bytesOf(tableAt(packed, path)))
  const header: Header = {
    key,
    entities: packed.entities,
    tables: TABLES.map(([name], i) => ({ name, bytes: arrays[i].byteLength, crc: crc32(arrays[i]) })),
    extra: { bytes: extraBytes.byteLength, crc: crc32(extraBytes) },
  }
  const json = Buffer.from(JSON.stringify(header))
  const head = Buffer.alloc(FIXED)
  MAGIC.copy(head)
  head.writeUInt32LE(json.byteLength, MAGIC.length)
  head.writeUInt32LE(crc32(json), MAGIC.length + 4)
  // A temp name of this process's own: on ClickHouse several processes may write one cache file.
  const tmp = `${file}.${process.pid}.tmp`
  const fd = openSync(tmp, 'w')
  let size = 0
  try {
    for (const part of [head, json, ...arrays, extraBytes]) size += writeAll(fd, part)
  } catch (err) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw err
  }
  closeSync(fd)
  renameSync(tmp, file)
  return size
}

function writeAll(fd: number, bytes: Uint8Array): number {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done)
  return bytes.byteLength
}

/** Fills `into` from the file at `position`; false when the file ends first. */
function readAll(fd: number, into: Uint8Array, position: number): boolean {
  for (let done = 0; done < into.byteLength; ) {
    const n = readSync(fd, into, done, into.byteLength - done, position + done)
    if (n === 0) return false
    done += n
  }
  return true
}

/**
 * Reads a sidecar made for `key` straight into SharedArrayBuffers (one read per table), or says
 * why it cannot be used. Only a file that is whole, with every checksum right, is used.
 */
export function readSidecar(file: string, key: string): Sidecar | Unusable {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { reason: code === 'ENOENT' ? 'missing' : 'damaged', detail: code === 'ENOENT' ? 'no index file yet' : `cannot read it (${code})` }
  }
  try {
    return readOpen(fd, key)
  } catch (err) {
    // A read that fails (a folder by that name, an I/O error) is a file not to trust, named.
    const code = (err as NodeJS.ErrnoException).code
    if (!code) throw err
    return { reason: 'damaged', detail: `cannot read it (${code})` }
  } finally {
    closeSync(fd)
  }
}

function readOpen(fd: number, key: string): Sidecar | Unusable {
  const damaged = (detail: string): Unusable => ({ reason: 'damaged', detail })
  const size = fstatSync(fd).size
  const head = Buffer.alloc(FIXED)
  if (!readAll(fd, head, 0) || !head.subarray(0, MAGIC.length).equals(MAGIC)) return damaged('not a chokepoint index file, or cut short before its header')
  const headerLength = head.readUInt32LE(MAGIC.length)
  if (FIXED + headerLength > size) return damaged('its header is damaged or cut short')
  const json = Buffer.alloc(headerLength)
  if (!readAll(fd, json, FIXED) || crc32(json) !== head.readUInt32LE(MAGIC.length + 4)) return damaged('its header is damaged')
  const header = JSON.parse(json.toString()) as Header
  if (header.key !== key) return { reason: 'stale', detail: 'made for other list versions or another version of the matcher' }
  const expected = FIXED + json.byteLength + header.tables.reduce((s, t) => s + t.bytes, 0) + header.extra.bytes
  if (size !== expected) return damaged(`${size.toLocaleString('en-US')} bytes where the header says ${expected.toLocaleString('en-US')} (cut short or appended to)`)
  let position = FIXED + json.byteLength
  const tree: Tree = {}
  for (const [i, [path, Type]] of TABLES.entries()) {
    const { name, bytes, crc } = header.tables[i] ?? {}
    if (name !== path) return damaged(`table ${i} is "${name}", expected "${path}"`)
    const buffer = new SharedArrayBuffer(bytes)
    if (!readAll(fd, new Uint8Array(buffer), position) || crc32(new Uint8Array(buffer)) !== crc) return damaged(`checksum of table ${name} is wrong`)
    putTable(tree, path, new Type(buffer))
    position += bytes
  }
  const extra = Buffer.alloc(header.extra.bytes)
  if (!readAll(fd, extra, position) || crc32(extra) !== header.extra.crc) return damaged('checksum of the relations is wrong')
  const { keys, records } = tree as unknown as Pick<PackedIndex, 'keys' | 'records'>
  return { packed: { keys, records, entities: header.entities }, extra: extra.toString() }
}
