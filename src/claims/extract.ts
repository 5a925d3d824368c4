import { dayText } from './article-date.js'
import { findFigures, type Figure, type Measure } from './figures.js'
import { goodsOf } from './goods.js'
import { findPeriods, type Day, type PeriodPhrase } from './periods.js'
import { placeRoles, type PlaceRole } from './roles.js'
import { readSentence, splitSentences, type Sentence } from './text.js'
import { findMentions, type Mention } from './vocabulary.js'
import { EXPORT_NOUNS, IMPORT_NOUNS, IMPORT_VERBS, SHARE_NOUNS, SOURCE_VERBS, SUPPLY_VERBS, type Comparator } from './words.js'

/** A field of a claim left null, and why. */
export interface Unmapped {
  field: string
  reason: string
}

/** A claim found in a text: each field with the words it came from, or null with the reason. */
export interface ExtractedClaim {
  sentence: string
  importer?: string | null
  exporter?: string | null
  partner: string | null
  basket: string | null
  period: string | null
  baseline?: string | null
  measure: Measure
  comparator: Comparator
  figure: number
  figure_high?: number
  currency?: string
  words: Record<string, string>
  unmapped: Unmapped[]
}

const TRADE_WORDS = new Set([...IMPORT_NOUNS, ...EXPORT_NOUNS, ...IMPORT_VERBS, ...SUPPLY_VERBS, ...SHARE_NOUNS, ...SOURCE_VERBS])
const round = (x: number) => Math.round(x * 1e6) / 1e6

/**
 * The quantitative claims of an article: in each sentence about trade (a figure, and a word of
 * imports, exports, supply or share), one claim per figure. `date` resolves relative periods.
 */
export function extractClaims(text: string, { date }: { date?: Day } = {}): ExtractedClaim[] {
  return splitSentences(text).flatMap((s) => sentenceClaims(readSentence(s), date))
}

function sentenceClaims(s: Sentence, date?: Day): ExtractedClaim[] {
  const figures = findFigures(s)
  if (!figures.length) return []
  const mentions = findMentions(s.tokens)
  const roles = placeRoles(s.tokens, mentions)
  const trade = s.tokens.some((t) => TRADE_WORDS.has(t.key))
  if (!trade || !mentions.length) return []
  const periods = findPeriods(s.tokens, date)
  return figures.map((f, n) => claimOf(s, f, figures[n + 1], { mentions, roles, periods, date }))
}

interface Context {
  mentions: Mention[]
  roles: PlaceRole[]
  periods: PeriodPhrase[]
  date?: Day
}

function claimOf(s: Sentence, f: Figure, next: Figure | undefined, c: Context): ExtractedClaim {
  const unmapped: Unmapped[] = []
  const words: Record<string, string> = { figure: f.words, comparator: f.comparatorWords }
  const field = <T>(name: string, value: T | null, w: string, reason?: string): T | null => {
    if (value === null) unmapped.push({ field: name, reason: reason ?? 'not stated' })
    else words[name] = w
    return value
  }
  const side = sideOf(s, c.roles)
  const partnerRole = partnerFor(f, c.roles)
  const goods = goodsOf(s.tokens, f, c.mentions)
  const phrase = periodFor(f, next, c.periods)
  const claim: ExtractedClaim = {
    sentence: s.text,
    ...(side.role === 'exporter' ? { exporter: field('exporter', side.code, side.words, side.reason) } : { importer: field('importer', side.code, side.words, side.reason) }),
    partner: partnerOf(f, partnerRole, c, field),
    basket: field('basket', goods.basket, goods.words, goods.reason),
    period: field('period', phrase?.period ?? null, phrase?.words ?? '', phrase ? phrase.reason : 'no period named'),
    measure: f.measure,
    comparator: f.comparator,
    figure: round(f.figure),
    ...(f.high !== undefined ? { figure_high: round(f.high) } : {}),
    ...(f.currency ? { currency: f.currency } : {}),
    words,
    unmapped,
  }
  if (f.measure === 'change') {
    const base = c.periods.find((p) => p !== phrase && ['from', 'since', 'than', 'with', 'on', 'over'].includes(s.tokens[p.first - 1]?.key ?? ''))
    claim.baseline = base?.period ?? null
    if (base) words.baseline = base.words
  }
  if (!words.comparator) delete words.comparator
  return claim
}

/** The importer (or exporter) of the sentence: the first place a word gives that role. */
function sideOf(s: Sentence, roles: PlaceRole[]): { role: 'importer' | 'exporter'; code: string | null; words: string; reason?: string } {
  const r = roles.find((x) => x.role === 'importer' || x.role === 'exporter')
  if (r) return { role: r.role as 'importer' | 'exporter', code: r.mention.code, words: `${r.mention.words} (${r.cue})` }
  const exports = s.tokens.some((t) => EXPORT_NOUNS.has(t.key)) && !s.tokens.some((t) => IMPORT_NOUNS.has(t.key) || IMPORT_VERBS.has(t.key))
  const pronoun = s.tokens.find((t) => ['its', 'their'].includes(t.key))
  const reason = pronoun ? `"${pronoun.text}" refers to a country named outside the sentence` : `no word says which country ${exports ? 'exported' : 'imported'}`
  return { role: exports ? 'exporter' : 'importer', code: null, words: '', reason }
}

/** The partner role nearest before the figure, else the first after it. */
function partnerFor(f: Figure, roles: PlaceRole[]): PlaceRole | undefined {
  const partners = roles.filter((r) => r.role === 'partner')
  return partners.filter((r) => r.mention.last < f.first).at(-1) ?? partners.find((r) => r.mention.first > f.last)
}

function partnerOf(f: Figure, r: PlaceRole | undefined, c: Context, field: <T>(name: string, value: T | null, w: string, reason?: string) => T | null): string | null {
  if (r) return field('partner', r.mention.code, `${r.mention.words} (${r.cue})`)
  const unplaced = c.mentions.filter((m) => m.kind !== 'basket' && !c.roles.some((x) => x.mention === m))
  // A value or change with no partner named is the importer's trade with all partners (World).
  if (f.measure !== 'share' && !unplaced.length) return field('partner', 'WLD', '(no partner named: all partners)')
  const reason = unplaced.length ? `no word says which side ${unplaced.map((m) => m.words).join(', ')} is on` : 'a share needs a partner and none is named'
  return field('partner', null, '', reason)
}

/** The period phrase after the figure (before the next figure), else the nearest before it. */
function periodFor(f: Figure, next: Figure | undefined, periods: PeriodPhrase[]): PeriodPhrase | undefined {
  const after = periods.find((p) => p.first > f.last && (!next || p.first < next.first))
  return after ?? periods.filter((p) => p.last < f.first).at(-1) ?? periods[0]
}

export { dayText }
