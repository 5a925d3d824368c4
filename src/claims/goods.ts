import type { Figure } from './figures.js'
import type { Token } from './text.js'
import type { Mention } from './vocabulary.js'
import { EXPORT_NOUNS, IMPORT_NOUNS, IMPORT_VERBS, SUPPLY_VERBS } from './words.js'

/** The basket a figure is about, the words that named it, or why none is given. */
export interface GoodsReading {
  basket: string | null
  words: string
  reason?: string
}

const SKIP = new Set(['the', 'its', 'their', 'all', 'of', 'total', 'overall', 'a'])

/**
 * The goods of a figure: the noun phrase after "of" ("70% of the machine tools", "90% of Russia's
 * microelectronics imports"), else the one basket the sentence names. "Russia's imports" with no
 * goods named is all goods (total); goods the project has no basket for are named in the reason.
 */
export function goodsOf(tokens: Token[], f: Figure, mentions: Mention[]): GoodsReading {
  const baskets = mentions.filter((m) => m.kind === 'basket')
  const places = mentions.filter((m) => m.kind !== 'basket')
  if (tokens[f.last + 1]?.key === 'of') {
    const unknown: string[] = []
    for (let i = f.last + 2; i < tokens.length; i++) {
      const t = tokens[i]
      const b = baskets.find((m) => m.first === i)
      if (b) return { basket: b.code, words: b.words }
      const p = places.find((m) => m.first <= i && m.last >= i)
      if (p) {
        i = p.last
        continue
      }
      if (IMPORT_NOUNS.has(t.key) || EXPORT_NOUNS.has(t.key) || IMPORT_VERBS.has(t.key) || SUPPLY_VERBS.has(t.key)) break
      if (SKIP.has(t.key)) continue
      if (!t.tags.has('Noun') && !t.tags.has('Adjective')) break
      unknown.push(t.text)
    }
    if (unknown.length) return { basket: null, words: unknown.join(' '), reason: `"${unknown.join(' ')}" is not a basket in the project's data (see: chokepoint baskets)` }
  }
  const distinct = [...new Set(baskets.map((b) => b.code))]
  if (distinct.length === 1) return { basket: distinct[0], words: baskets[0].words }
  if (distinct.length > 1) {
    const after = baskets.find((b) => b.first > f.last)
    if (after) return { basket: after.code, words: after.words }
    return { basket: null, words: baskets.map((b) => b.words).join(', '), reason: `several baskets named (${distinct.join(', ')}) and none follows the figure` }
  }
  const flow = tokens.find((t) => IMPORT_NOUNS.has(t.key) || EXPORT_NOUNS.has(t.key))
  if (flow) return { basket: 'total', words: `${flow.text} (no goods named: all goods)` }
  return { basket: null, words: '', reason: 'no goods named' }
}
