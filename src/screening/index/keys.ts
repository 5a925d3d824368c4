import { skelOf } from '../text/tokens.js'
import { sharedInt32 } from './shared.js'

const T = 't'.charCodeAt(0)

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
  /**
   * For each token key ('t'), the id of the key of its consonant skeleton ('s'), -1 when none:
   * a thread reading a list word takes its skeleton from there instead of working it out.
   */
  skel: Int32Array
}

/**
 * Key kinds and their weight: exact tokens, consonant skeletons, trigrams (typos), short forms of
 * given names by their full name (a listed Bill has "nwilliam", text/nicknames.ts), whole names
 * written without spaces (w: a candidate whatever its rank, search.ts; its weight is not added),
 * identifiers.
 */
export const KEY_WEIGHT = { t: 1, s: 0.7, g: 0.5, n: 0.8, w: 1, i: 10 } as const

// FNV-1a over UTF-16 code units.
const FNV_START = 0x811c9dc5
const fnv = (h: number, code: number) => Math.imul(h ^ code, 0x01000193)

/** FNV-1a of a string's UTF-16 code units, leaving out any equal to `skip` (a space, for whole-name keys). */
export function hash(s: string, skip = -1): number {
  let h = FNV_START
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== skip) h = fnv(h, c)
  }
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
    skel: sharedInt32(new Int32Array(keys.length)),
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
  keys.forEach((k, id) => (table.skel[id] = k.charCodeAt(0) === T ? keyId(table, 's' + skelOf(k.slice(1))) : -1))
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

/**
 * The id of the key `kind` + `s.slice(from, to)`, or -1, without building that string: a query
 * looks up a few dozen keys (every trigram of every word) and allocates nothing for them.
 */
export function keyIdOf(t: KeyTable, kind: string, s: string, from = 0, to = s.length): number {
  const k = kind.charCodeAt(0)
  let h = fnv(FNV_START, k)
  for (let i = from; i < to; i++) h = fnv(h, s.charCodeAt(i))
  const mask = t.slots.length - 1
  const length = to - from + 1
  for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
    const id = t.slots[slot] - 1
    if (id < 0) return -1
    const a = t.start[id]
    if (t.start[id + 1] - a !== length || t.chars[a] !== k) continue
    let i = 1
    while (i < length && t.chars[a + i] === s.charCodeAt(from + i - 1)) i++
    if (i === length) return id
  }
}

/** The text of a key without its one-letter kind prefix. */
export function keyText(t: KeyTable, id: number): string {
  // apply, not a spread: a spread walks the array with an iterator, an object per letter.
  return String.fromCharCode.apply(null, t.chars.subarray(t.start[id] + 1, t.start[id + 1]) as unknown as number[])
}

export function keyCount(t: KeyTable): number {
  return t.start.length - 1
}

/** How many entities have the key. */
export function postingLength(t: KeyTable, id: number): number {
  return t.postStart[id + 1] - t.postStart[id]
}
