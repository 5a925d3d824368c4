import type { PackedIndex } from './candidates.js'

/**
 * Typed arrays on SharedArrayBuffers: the packed index is built once and every worker thread
 * reads the same memory (postMessage shares a SharedArrayBuffer instead of copying it).
 */

export function sharedInt32(from: ArrayLike<number>): Int32Array {
  const a = new Int32Array(new SharedArrayBuffer(Math.max(1, from.length) * 4))
  a.set(from)
  return a
}

export function sharedFloat64(from: ArrayLike<number>): Float64Array {
  const a = new Float64Array(new SharedArrayBuffer(Math.max(1, from.length) * 8))
  a.set(from)
  return a
}

/** Strings in shared memory: UTF-8 bytes and the offset of each string. */
export interface PackedStrings {
  bytes: Uint8Array
  start: Int32Array
}

/**
 * Collects strings for a packed table. `common` stores a value once however often it comes:
 * schemata, versions, properties, romanisations, legal forms and country codes repeat.
 * Strings wait as strings in the JS heap, not in a growing byte buffer: a builder thread's
 * heap goes back to the system when the thread ends, malloc'd buffers do not always.
 */
export class StringPool {
  private parts: string[] = []
  private ids = new Map<string, number>()

  add(s: string): number {
    return this.parts.push(s) - 1
  }

  common(s: string): number {
    let id = this.ids.get(s)
    if (id === undefined) this.ids.set(s, (id = this.add(s)))
    return id
  }

  share(): PackedStrings {
    const start = new Int32Array(new SharedArrayBuffer((this.parts.length + 1) * 4))
    let n = 0
    this.parts.forEach((s, i) => {
      start[i] = n
      n += Buffer.byteLength(s)
    })
    start[this.parts.length] = n
    const bytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, n)))
    const view = Buffer.from(bytes.buffer)
    this.parts.forEach((s, i) => view.write(s, start[i]))
    return { bytes, start }
  }
}

/** Reads strings of a packed table by id (one Buffer view over the shared bytes, no copy). */
export function stringReader({ bytes, start }: PackedStrings): (id: number) => string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return (id) => view.toString('utf8', start[id], start[id + 1])
}

/** Bytes of shared memory a packed index takes. */
export function packedBytes({ keys, records }: PackedIndex): number {
  const arrays = [...Object.values(keys), records.ints, records.start, records.weights, records.strings.bytes, records.strings.start]
  return arrays.reduce((s, a: { byteLength: number }) => s + a.byteLength, 0)
}
