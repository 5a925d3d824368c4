import type { Token } from './text.js'
import type { Mention } from './vocabulary.js'
import { BUYER_NOUNS, EXPORT_NOUNS, IMPORT_NOUNS, IMPORT_VERBS, SELLER_NOUNS, SHARE_NOUNS, SUPPLY_VERBS } from './words.js'

/** The side a place takes in a sentence about trade. */
export type Role = 'importer' | 'exporter' | 'partner'

export interface PlaceRole {
  mention: Mention
  role: Role
  /** The words that decided the role ("imported by", "'s ... imports", "from"). */
  cue: string
}

/** Tokens that may stand between a place and the word that gives its role ("China alone supplied"). */
const FILLER = new Set(['alone', 'also', 'reportedly', 'together', 'still', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'which', 'that', 'and', 'officially', 'directly', 'itself', 'up'])

const key = (tokens: Token[], i: number) => tokens[i]?.key ?? ''

/** Up to `n` token keys after a mention, skipping basket words and fillers; stops at a verb of another clause. */
function ahead(tokens: Token[], m: Mention, baskets: Mention[], n: number): { key: string; i: number }[] {
  const out: { key: string; i: number }[] = []
  for (let i = m.last + 1; i < tokens.length && out.length < n; i++) {
    const b = baskets.find((x) => x.first <= i && x.last >= i)
    if (b) {
      i = b.last
      continue
    }
    const k = key(tokens, i)
    if (FILLER.has(k) || tokens[i].tags.has('Adverb')) continue
    out.push({ key: k, i })
  }
  return out
}

/** The role of one place mention, from the words around it, or undefined when none says. */
function roleOf(tokens: Token[], m: Mention, baskets: Mention[], places: Mention[]): { role: Role; cue: string } | undefined {
  const b1 = key(tokens, m.first - 1)
  const b2 = key(tokens, m.first - 2)
  if (b1 === 'from') return { role: 'partner', cue: 'from' }
  if (b1 === 'by' && IMPORT_VERBS.has(b2)) return { role: 'importer', cue: `${b2} by` }
  const next = ahead(tokens, m, baskets, 4)
  const adjective = m.possessive || m.as === 'demonym'
  if (adjective && SHARE_NOUNS.has(next[0]?.key)) return { role: 'partner', cue: `'s ${next[0].key}` }
  if (m.as === 'demonym' && SELLER_NOUNS.has(next[0]?.key)) return { role: 'partner', cue: `${m.words} ${next[0].key}` }
  if (m.as === 'demonym' && BUYER_NOUNS.has(next[0]?.key)) return { role: 'importer', cue: `${m.words} ${next[0].key}` }
  if (adjective) {
    const flow = next.slice(0, 3).find((x) => IMPORT_NOUNS.has(x.key) || EXPORT_NOUNS.has(x.key))
    if (flow && !next.slice(0, next.indexOf(flow)).some((x) => places.some((p) => p.first === x.i))) {
      return IMPORT_NOUNS.has(flow.key) ? { role: 'importer', cue: `'s ${flow.key}` } : { role: 'exporter', cue: `'s ${flow.key}` }
    }
  }
  const verb = next.slice(0, 2).find((x) => SUPPLY_VERBS.has(x.key) || IMPORT_VERBS.has(x.key))
  if (verb && !m.possessive) return SUPPLY_VERBS.has(verb.key) ? { role: 'partner', cue: verb.key } : { role: 'importer', cue: verb.key }
  if (b1 === 'to' || b1 === 'into') return { role: 'importer', cue: b1 }
  return undefined
}

/**
 * Who imports, who exports and who is the partner in a sentence, from the words next to each
 * place: "imported by Russia", "Russia's imports", "Russian buyers" (importer); "from China",
 * "China supplied", "China's share", "Chinese suppliers" (partner); "China's exports" (exporter).
 * A place no word gives a role to is left out, never guessed.
 */
export function placeRoles(tokens: Token[], mentions: Mention[]): PlaceRole[] {
  const baskets = mentions.filter((m) => m.kind === 'basket')
  const places = mentions.filter((m) => m.kind !== 'basket')
  const out: PlaceRole[] = []
  for (const m of places) {
    const r = roleOf(tokens, m, baskets, places)
    if (r) out.push({ mention: m, ...r })
  }
  // "supplied 85% of Russia's integrated circuits": the owner of the goods a partner supplied is the importer.
  if (out.some((r) => r.role === 'partner') && !out.some((r) => r.role !== 'partner')) {
    const owner = places.find((m) => m.possessive && !out.some((r) => r.mention === m) && baskets.some((b) => b.first > m.last && b.first <= m.last + 2))
    if (owner) out.push({ mention: owner, role: 'importer', cue: `'s ${baskets.find((b) => b.first > owner.last)!.words}` })
  }
  // "to Russia" names the buyer of a sale, but the partner of "China's exports to Russia".
  if (out.some((r) => r.role === 'exporter')) for (const r of out) if (r.role === 'importer' && (r.cue === 'to' || r.cue === 'into')) r.role = 'partner'
  return out
}
