import type { Rarity } from '../match/align.js'
import { analyseEntity, applyRarity, type Analysed } from '../match/analyse.js'
import { knownPairs, type KnownPairs } from '../match/pair-cache.js'
import { MATCHABLE, type Entity } from '../model.js'
import { skelOf } from '../text/tokens.js'
import { keysOf } from './entity-keys.js'
import { keyCount, keyId, keyText, packKeys, postingLength, type KeyTable } from './keys.js'
import { recentlyRead } from './recent.js'
import { recordReader, RecordWriter, schemaReader, type Indexed, type PackedRecords } from './records.js'
import { candidateSearch } from './search.js'
import { packedBytes } from './shared.js'

export type { Indexed } from './records.js'

/**
 * The index in shared memory: what a worker thread needs to screen, handed over without a copy
 * (every array is on a SharedArrayBuffer).
 */
export interface PackedIndex {
  keys: KeyTable
  records: PackedRecords
  entities: number
}

export interface CandidateIndex {
  /** How many entities are indexed. */
  size: number
  /** The entity at a position, read from the packed records. */
  entry(pos: number): Indexed
  /** The schema of the entity at a position, without reading the rest of it. */
  schema(pos: number): string
  /** Entity positions sharing the most (rarity-weighted) keys with the query, best first. */
  candidates(q: Analysed, limit?: number): number[]
  /** Numbers a query's tokens against the list vocabulary and weighs them by rarity. */
  prepare(q: Analysed): Analysed
  rarity: Rarity
  /** Similarities of pairs of list words, kept from query to query in this thread (match/pair-cache.ts). */
  known: KnownPairs
  keys: number
  buildMs: number
  packed: PackedIndex
  /** Bytes of shared memory the packed index takes. */
  bytes: number
}

/**
 * Rarity of a token text in `df` of `n` entities: common words weigh down to 0.3 (STYLE.md
 * example 8); a word no entity has weighs 1.
 */
function rarityOf(df: number, n: number): number {
  return df > 0 ? Math.min(1, 0.3 + Math.log(1 + n / df) / (0.8 * Math.log(1 + n))) : 1
}

export interface IndexPacker {
  add(items: { entity: Entity; version: string }[]): void
  /** Packs everything added into shared memory; the packer is done with after this. */
  finish(): PackedIndex
}

/**
 * Analyses each matchable entity once, as entities come (a build thread gets them in parts),
 * and packs the records and keys into shared memory. The analysed objects are dropped entity
 * by entity: token weights wait in the writer until the list-wide rarity is known, then are
 * scaled in the same order as applyRarity scales them on the objects.
 */
export function indexPacker(): IndexPacker {
  const ids = new Map<string, number>()
  const keys: string[] = []
  const lists: number[][] = []
  const writer = new RecordWriter()
  const scale: number[] = []
  const number = (text: string) => ids.get('t' + text)!
  const onToken = (slot: number, n: number) => scale.push(slot, n)
  return {
    add(items) {
      for (const { entity, version } of items) {
        if (!MATCHABLE.has(entity.schema)) continue
        const analysed = analyseEntity(entity)
        if (!analysed.names.length && !analysed.weak.size) continue
        const pos = writer.count
        keysOf(analysed, (kind, s, from, to) => {
          const k = kind + s.slice(from, to)
          const id = ids.get(k)
          if (id === undefined) {
            ids.set(k, keys.push(k) - 1)
            lists.push([pos])
          } else if (lists[id][lists[id].length - 1] !== pos) lists[id].push(pos)
        })
        writer.add(entity, analysed, version, number, onToken)
      }
    },
    finish() {
      const table = packKeys(keys, lists)
      const n = Math.max(writer.count, 1)
      for (let i = 0; i < scale.length; i += 2) writer.weights[scale[i]] *= rarityOf(postingLength(table, scale[i + 1]), n)
      const entities = writer.count
      return { keys: table, records: writer.share(), entities }
    },
  }
}

export function packIndex(items: { entity: Entity; version: string }[]): PackedIndex {
  const packer = indexPacker()
  packer.add(items)
  return packer.finish()
}

/**
 * The candidate index (token, phonetic and trigram keys to entity postings), built once per set
 * of list versions, so a query scores a few dozen entities instead of the whole list.
 */
export function buildIndex(items: { entity: Entity; version: string }[]): CandidateIndex {
  const t0 = performance.now()
  const packed = packIndex(items)
  return openIndex(packed, performance.now() - t0)
}

/**
 * Entities kept read per thread (recent.ts): about 2 KB each (8 MB at most), and nearly four
 * reads in five of a batch of names are of one of the last 4,096 read.
 */
const KEPT_ENTITIES = 4096

/** Opens a packed index (built here or in another thread): per-thread state stays small. */
export function openIndex(packed: PackedIndex, buildMs = 0): CandidateIndex {
  const { keys: table, records, entities } = packed
  const n = Math.max(entities, 1)
  const vocab: { text: string; skel: string }[] = new Array(keyCount(table))
  const read = recordReader(records, (id) => {
    let v = vocab[id]
    if (!v) {
      const text = keyText(table, id)
      const skel = table.skel[id]
      v = vocab[id] = { text, skel: skel >= 0 ? keyText(table, skel) : skelOf(text) }
    }
    return v
  })
  const entry = recentlyRead(read, KEPT_ENTITIES)
  const rarity: Rarity = (text) => {
    const id = keyId(table, 't' + text)
    return id < 0 ? 1 : rarityOf(postingLength(table, id), n)
  }
  // Query words the lists lack get numbers past the vocabulary, per query: nothing accumulates.
  function prepare(q: Analysed): Analysed {
    let next = keyCount(table)
    for (const nm of q.names) for (const f of nm.forms) for (const t of f.tokens) {
      const id = keyId(table, 't' + t.text)
      t.id = id >= 0 ? id : next++
    }
    return applyRarity(q, rarity)
  }
  const candidates = candidateSearch(table, entities)
  const bytes = packedBytes(packed)
  const known = knownPairs(keyCount(table))
  return { size: entities, entry, schema: schemaReader(records), candidates, prepare, rarity, known, keys: keyCount(table), buildMs, packed, bytes }
}
