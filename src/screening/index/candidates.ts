import type { Rarity } from '../match/align.js'
import { analyseEntity, applyRarity, type Analysed } from '../match/analyse.js'
import { MATCHABLE, type Entity } from '../model.js'
import { ARABIC_VIA } from '../text/arabic.js'
import { skelOf } from '../text/tokens.js'
import { keyCount, keyId, keyText, packKeys, postingLength, type KeyTable } from './keys.js'
import { recordReader, RecordWriter, type Indexed, type PackedRecords } from './records.js'

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
  /** Entity positions sharing the most (rarity-weighted) keys with the query, best first. */
  candidates(q: Analysed, limit?: number): number[]
  /** Numbers a query's tokens against the list vocabulary and weighs them by rarity. */
  prepare(q: Analysed): Analysed
  rarity: Rarity
  keys: number
  buildMs: number
  packed: PackedIndex
  /** Bytes of shared memory the packed index takes. */
  bytes: number
}

/** Key kinds and their weight: exact tokens, consonant skeletons, trigrams (typos), identifiers. */
const KIND_WEIGHT = { t: 1, s: 0.7, g: 0.5, i: 10 } as const
/**
 * A name read from Arabic script has no short vowels, so its words share only consonant
 * skeletons with Latin names (Ahmadi, Ahmad and Ahmed alike): the matcher gets this many times
 * the candidates.
 */
const UNVOCALISED_POOL = 3
/** Postings longer than this share of the list are too common to narrow anything down. */
const MAX_POSTING_SHARE = 0.08

function trigrams(t: string): string[] {
  if (t.length < 4) return []
  const out: string[] = []
  for (let i = 0; i + 3 <= t.length; i++) out.push(t.slice(i, i + 3))
  return out
}

function keysOf(a: Analysed, keys: (k: string, w: number) => void): void {
  for (const n of a.names) for (const f of n.forms) for (const t of f.tokens) {
    keys('t' + t.text, KIND_WEIGHT.t)
    keys('s' + t.skel, KIND_WEIGHT.s)
    const g = trigrams(t.text)
    for (const x of g) keys('g' + x, KIND_WEIGHT.g / g.length)
  }
  for (const w of a.weak.keys()) keys('t' + w.replace(/ /g, ''), KIND_WEIGHT.t)
  for (const id of a.ids.keys()) keys('i' + id, KIND_WEIGHT.i)
}

const idfOf = (n: number) => (df: number) => Math.log(1 + n / df)

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
        keysOf(analysed, (k) => {
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

/** Opens a packed index (built here or in another thread): per-thread state stays small. */
export function openIndex(packed: PackedIndex, buildMs = 0): CandidateIndex {
  const { keys: table, records, entities } = packed
  const n = Math.max(entities, 1)
  const idf = idfOf(n)
  const vocab: { text: string; skel: string }[] = new Array(keyCount(table))
  const entry = recordReader(records, (id) => {
    let v = vocab[id]
    if (!v) {
      const text = keyText(table, id)
      v = vocab[id] = { text, skel: skelOf(text) }
    }
    return v
  })
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
  const acc = new Float64Array(n)
  const limitPosting = Math.max(50, Math.floor(n * MAX_POSTING_SHARE))
  const { postStart, postings } = table
  function candidates(q: Analysed, wanted = 40): number[] {
    const unvocalised = q.names.some((n) => n.forms.some((f) => f.via.includes(ARABIC_VIA)))
    const limit = unvocalised ? wanted * UNVOCALISED_POOL : wanted
    const touched: number[] = []
    const seen = new Set<string>()
    keysOf(q, (k, w) => {
      if (seen.has(k)) return
      seen.add(k)
      const id = keyId(table, k)
      if (id < 0) return
      const from = postStart[id]
      const to = postStart[id + 1]
      if (to - from > limitPosting && k[0] !== 'i') return
      const add = w * idf(to - from)
      for (let i = from; i < to; i++) {
        const e = postings[i]
        if (acc[e] === 0) touched.push(e)
        acc[e] += add
      }
    })
    // Only entities within reach of the best one are worth sorting.
    let max = 0
    for (const e of touched) if (acc[e] > max) max = acc[e]
    const near = touched.length > limit ? touched.filter((e) => acc[e] >= 0.2 * max) : touched
    near.sort((a, b) => acc[b] - acc[a])
    const out = near.slice(0, limit)
    for (const e of touched) acc[e] = 0
    return out
  }
  const arrays = [...Object.values(table), records.ints, records.start, records.weights, records.strings.bytes, records.strings.start]
  const bytes = arrays.reduce((s, a: { byteLength: number }) => s + a.byteLength, 0)
  return { size: entities, entry, candidates, prepare, rarity, keys: keyCount(table), buildMs, packed, bytes }
}
