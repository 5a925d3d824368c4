import { BASKETS } from '../trade/baskets/baskets.js'
import { countryNames, isCapitalsForm } from '../trade/countries/demonyms.js'
import { GROUPS } from '../trade/countries/groups.js'
import { normaliseName } from '../trade/countries/countries.js'
import type { Token } from './text.js'

/** A phrase of the project's data found in a sentence: a country, a group or a basket. */
export interface Mention {
  kind: 'country' | 'group' | 'basket'
  /** ISO alpha-3, a group id (CHN+HKG) or a basket id. */
  code: string
  /** How the text named a place: its name, a demonym ("Chinese"), or a group's name. */
  as: 'name' | 'demonym' | 'group' | 'term'
  first: number
  last: number
  words: string
  possessive: boolean
}

interface Entry {
  kind: Mention['kind']
  code: string
  as: Mention['as']
  capitals: boolean
}

const LONGEST = 7
let index: Map<string, Entry> | undefined

/** The phrase key of a text: what the tokens' keys joined by spaces give for it. */
export const phraseKey = (text: string) => normaliseName(text.replace(/['’]s\b/g, ''))

/**
 * Countries (ISO names, demonyms, press forms), groups (ids and aliases) and baskets (their terms),
 * all from the project's data. A phrase two countries claim is dropped: it names neither.
 */
function vocabulary(): Map<string, Entry> {
  if (index) return index
  const out = new Map<string, Entry>()
  const clash = new Set<string>()
  const add = (text: string, e: Omit<Entry, 'capitals'>) => {
    const key = phraseKey(text)
    if (!key) return
    const seen = out.get(key)
    if (seen && seen.code !== e.code && seen.kind === e.kind) clash.add(key)
    if (!seen || (seen.kind === 'country' && e.kind === 'group')) out.set(key, { ...e, capitals: isCapitalsForm(text) })
  }
  for (const g of GROUPS) for (const text of [g.id, ...g.aliases]) add(text, { kind: 'group', code: g.id, as: 'group' })
  for (const n of countryNames()) add(n.text, { kind: 'country', code: n.code, as: n.kind })
  for (const b of BASKETS) for (const t of b.terms ?? []) add(t, { kind: 'basket', code: b.id, as: 'term' })
  for (const key of clash) out.delete(key)
  index = out
  return out
}

/** The phrases of the project's data in a sentence, longest first, none overlapping. */
export function findMentions(tokens: Token[]): Mention[] {
  const vocab = vocabulary()
  const out: Mention[] = []
  for (let i = 0; i < tokens.length; ) {
    const hit = longestAt(tokens, i, vocab)
    if (!hit) {
      i++
      continue
    }
    out.push(hit)
    i = hit.last + 1
  }
  return out
}

function longestAt(tokens: Token[], i: number, vocab: Map<string, Entry>): Mention | undefined {
  for (let n = Math.min(LONGEST, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n)
    // A possessive ends a phrase: "China's share" is China, and "Russia's imports" stops at Russia.
    if (span.slice(0, -1).some((t) => t.possessive)) continue
    const entry = vocab.get(span.map((t) => phraseKey(t.key)).join(' '))
    if (!entry) continue
    const last = span.at(-1)!
    if (entry.capitals && !isCapitalsForm(span.map((t) => t.text.replace(/['’]s?$/, '')).join(''))) continue
    return { kind: entry.kind, code: entry.code, as: entry.as, first: i, last: i + n - 1, words: span.map((t) => t.text).join(' ').replace(/[.,;:]+$/, ''), possessive: last.possessive }
  }
  return undefined
}
