import type { Analysed, AnalysedName } from '../match/analyse.js'
import type { Entity } from '../model.js'
import type { LegalForm } from '../text/legal-forms.js'
import type { NameForm } from '../text/names.js'
import { KIND_WEIGHT, type Token, type TokenKind } from '../text/tokens.js'
import {
  sharedFloat64,
  sharedInt32,
  StringPool,
  stringReader,
  type PackedStrings,
} from './shared.js'

/**
 * Entities prepared for matching, packed into shared memory: one run of integers per entity
 * (strings as ids into a UTF-8 pool, tokens as vocabulary numbers) and one float64 per token
 * weight. Layout of a record, in order:
 *   entity JSON, version, schema,
 *   names: count, then per name prop, raw, literal, forms: count, then per form via, text,
 *     legal forms: count, then code, label, family; tokens: count, then token number, kind, weight slot
 *   weak aliases: count, then text, raw; countries: count, codes; dates: count, dates;
 *   identifiers: count, then normalised, detail
 */
export interface PackedRecords {
  ints: Int32Array
  /** Offset of each record in `ints`. */
  start: Int32Array
  weights: Float64Array
  strings: PackedStrings
}

/** An entity ready for matching; `entity` is parsed when read (hits only). */
export interface Indexed {
  readonly entity: Entity
  analysed: Analysed
  version: string
}

const KINDS = Object.keys(KIND_WEIGHT) as TokenKind[]
const KIND_NUMBER = new Map(KINDS.map((k, i) => [k, i]))

/** Builds packed records; `weights` stays writable until `share` (rarity is applied later). */
export class RecordWriter {
  // Plain arrays while building, for the same reason as StringPool's strings.
  private ints: number[] = []
  private start: number[] = []
  private pool = new StringPool()
  readonly weights: number[] = []

  /**
   * Appends one record; `onToken(slot, number)` sees every token occurrence in names, forms,
   * tokens order. A token object shared by two forms (Latin words beside Han variants) keeps
   * one weight slot, so later scaling hits it once per occurrence, exactly as on the objects.
   */
  add(
    entity: Entity,
    a: Analysed,
    version: string,
    number: (text: string) => number,
    onToken: (slot: number, n: number) => void
  ): void {
    const out = this.ints
    const str = (s: string) => out.push(this.pool.add(s))
    const common = (s: string) => out.push(this.pool.common(s))
    this.start.push(out.length)
    str(JSON.stringify(entity))
    common(version)
    common(a.schema)
    const slots = new Map<Token, number>()
    out.push(a.names.length)
    for (const n of a.names) {
      common(n.prop)
      str(n.raw)
      str(n.literal)
      out.push(n.forms.length)
      for (const f of n.forms) {
        common(f.via)
        str(f.text)
        out.push(f.forms.length)
        for (const l of f.forms) for (const v of [l.code, l.label, l.family]) common(v)
        out.push(f.tokens.length)
        for (const t of f.tokens) {
          let slot = slots.get(t)
          if (slot === undefined) slots.set(t, (slot = this.weights.push(t.weight) - 1))
          const id = number(t.text)
          out.push(id)
          out.push(KIND_NUMBER.get(t.kind)!)
          out.push(slot)
          onToken(slot, id)
        }
      }
    }
    const pairs = (m: Map<string, string>) => {
      out.push(m.size)
      for (const [k, v] of m) {
        str(k)
        str(v)
      }
    }
    pairs(a.weak)
    out.push(a.countries.size)
    a.countries.forEach(common)
    out.push(a.dates.length)
    a.dates.forEach(str)
    pairs(a.ids)
  }

  get count(): number {
    return this.start.length
  }

  /** Packs the records into shared memory; the writer is done with after this. */
  share(): PackedRecords {
    this.start.push(this.ints.length)
    return {
      ints: sharedInt32(this.ints),
      start: sharedInt32(this.start),
      weights: sharedFloat64(this.weights),
      strings: this.pool.share(),
    }
  }
}

/**
 * The schema of a record without reading the rest (the third value of a record): a query skips
 * candidates of schemata it cannot match before paying for the whole record.
 */
export function schemaReader({ ints, start, strings }: PackedRecords): (pos: number) => string {
  const text = stringReader(strings)
  const seen = new Map<number, string>()
  return (pos) => {
    const id = ints[start[pos] + 2]
    let s = seen.get(id)
    if (s === undefined) seen.set(id, (s = text(id)))
    return s
  }
}

/** The text and skeleton of a vocabulary number (cached by the caller). */
export type Vocabulary = (n: number) => { text: string; skel: string }

/** Shared by every record read back without any; nothing changes a record read (recent.ts). */
const NO_PAIRS = new Map<string, string>()
const NO_COUNTRIES = new Set<string>()

/** Reads records back into the objects the matcher takes: fresh objects each time. */
export function recordReader(
  { ints, start, weights, strings }: PackedRecords,
  vocabulary: Vocabulary
): (pos: number) => Indexed {
  const text = stringReader(strings)
  // Schemata, versions, properties, romanisations and legal forms take a handful of values:
  // read once per thread (about half the strings of a record).
  const few = new Map<number, string>()
  return (pos) => {
    let i = start[pos]
    const str = () => text(ints[i++])
    const common = () => {
      const id = ints[i++]
      let s = few.get(id)
      if (s === undefined) few.set(id, (s = text(id)))
      return s
    }
    const json = ints[i++]
    const version = common()
    const schema = common()
    const names: AnalysedName[] = new Array(ints[i++])
    for (let n = 0; n < names.length; n++) {
      const prop = common()
      const raw = str()
      const literal = str()
      const forms: NameForm[] = new Array(ints[i++])
      for (let f = 0; f < forms.length; f++) {
        const via = common()
        const ftext = str()
        const legal: LegalForm[] = new Array(ints[i++])
        for (let l = 0; l < legal.length; l++)
          legal[l] = { code: common(), label: common(), family: common() }
        const tokens = readTokens()
        forms[f] = { tokens, forms: legal, via, text: ftext }
      }
      names[n] = { raw, prop, literal, forms }
    }
    // Fresh objects per form: analyseName never repeats a token object within one form.
    function readTokens(): Token[] {
      const tokens: Token[] = new Array(ints[i++])
      for (let t = 0; t < tokens.length; t++, i += 3) {
        const v = vocabulary(ints[i])
        tokens[t] = {
          id: ints[i],
          text: v.text,
          kind: KINDS[ints[i + 1]],
          weight: weights[ints[i + 2]],
          skel: v.skel,
        }
      }
      return tokens
    }
    // Most records have no weak alias, identifier or country: those share one empty collection.
    const pairs = () => {
      let k = ints[i++]
      if (!k) return NO_PAIRS
      const m = new Map<string, string>()
      for (; k > 0; k--) m.set(str(), str())
      return m
    }
    const weak = pairs()
    let countries = NO_COUNTRIES
    let nc = ints[i++]
    if (nc) {
      const set = (countries = new Set<string>())
      for (; nc > 0; nc--) set.add(common())
    }
    const dates: string[] = new Array(ints[i++])
    for (let k = 0; k < dates.length; k++) dates[k] = str()
    const ids = pairs()
    let entity: Entity | undefined
    return {
      get entity() {
        return (entity ??= JSON.parse(text(json)) as Entity)
      },
      analysed: { schema, names, weak, countries, dates, ids },
      version,
    }
  }
}
