import { sharedInt32 } from './shared.js'

/**
 * Index keys and their postings in shared memory: key characters (UTF-16 code units, so a
 * query key is compared without encoding it), an open-addressing hash table from key to key
 * id, and the entity positions of each key. Replaces a Map<string, Int32Array> per thread.
 */
export interface KeyTable {
  chars: Uint16Array
  /** Offset of each key in `chars`, plus the end. */
  start: Int32Array
  /** Hash slots: key id + 1, 0 when empty; the length is a power of two. */
  slots: Int32Array
  /** Offset of each key's postings in `postings`, plus the end. */
  postStart: Int32Array
  postings: Int32Array
}

// FNV-1a over UTF-16 code units.
function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Packs keys (in id order) and the entity positions of each into shared memory. */
export function packKeys(keys: string[], lists: number[][]): KeyTable {
  let chars = 0
  let posts = 0
  for (let i = 0; i < keys.length; i++) {
    chars += keys[i].length
    posts += lists[i].length
  }
  const table: KeyTable = {
    chars: new Uint16Array(new SharedArrayBuffer(Math.max(1, chars) * 2)),
    start: sharedInt32(new Int32Array(keys.length + 1)),
    slots: sharedInt32(new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, keys.length * 2))))),
    postStart: sharedInt32(new Int32Array(keys.length + 1)),
    postings: sharedInt32(new Int32Array(posts)),
  }
  let c = 0
  let p = 0
  const mask = table.slots.length - 1
  keys.forEach((k, id) => {
    table.start[id] = c
    for (let i = 0; i < k.length; i++) table.chars[c++] = k.charCodeAt(i)
    table.postStart[id] = p
    table.postings.set(lists[id], p)
    p += lists[id].length
    let s = hash(k) & mask
    while (table.slots[s] !== 0) s = (s + 1) & mask
    table.slots[s] = id + 1
  })
  table.start[keys.length] = c
  table.postStart[keys.length] = p
  return table
}

/** The id of a key, or -1 when no entity has it. */
export function keyId(t: KeyTable, k: string): number {
  const mask = t.slots.length - 1
  for (let s = hash(k) & mask; ; s = (s + 1) & mask) {
    const id = t.slots[s] - 1
    if (id < 0) return -1
    const a = t.start[id]
    if (t.start[id + 1] - a !== k.length) continue
    let i = 0
    while (i < k.length && t.chars[a + i] === k.charCodeAt(i)) i++
    if (i === k.length) return id
  }
}

/** The text of a key without its one-letter kind prefix. */
export function keyText(t: KeyTable, id: number): string {
  return String.fromCharCode(...t.chars.subarray(t.start[id] + 1, t.start[id + 1]))
}

export function keyCount(t: KeyTable): number {
  return t.start.length - 1
}

/** How many entities have the key. */
export function postingLength(t: KeyTable, id: number): number {
  return t.postStart[id + 1] - t.postStart[id]
}
