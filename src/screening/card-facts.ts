import type { Card, CardRecord } from './cards.js'
import type { ListVersion } from './lists/versions.js'
import { datesAgree, isoPrefix } from './match/dates.js'
import { explain } from './screen.js'
import { programsOf } from './model.js'

/** One record of a card as a source: its list, version, programmes and listing date, its score. */
export interface CardSource {
  source: string | null
  datasets: string[]
  version: string
  as_of: string | null
  entity_id: string
  caption: string
  programs: string[]
  listed: string | null
  score: number
  match: boolean
  hit: boolean
}

/**
 * Every list, programme and listing date of a card's entity, a line per record, best first:
 * what consolidated screening shows of one entity (the API's and the command line's `sources`).
 */
export function cardSources(c: Card, versions: ListVersion[]): CardSource[] {
  return c.records.map((r) => {
    const v = versions.find((x) => x.id === r.version)
    return {
      source: v?.source ?? null, datasets: r.entity.datasets, version: r.version, as_of: v?.as_of ?? null, entity_id: r.entity.id,
      caption: r.entity.caption, programs: programsOf(r.entity), listed: r.entity.listed ?? null, score: r.score, match: r.match, hit: r.hit,
    }
  })
}

/**
 * Why a record is on its card, in one line: a hit's features (`explain`); a record below the
 * cutoff is there as the same entity as a hit, so that is said too, with the tie (its basis and
 * what it saw). One with no feature at all (score 0) read as a blank explanation before.
 */
export function explainRecord(c: Card, r: CardRecord): string {
  const features = explain(r)
  if (r.hit) return features
  const id = r.entity.id
  // Every record joins its card by a tie from a hit (cards.ts), the hit first.
  const tie = c.ties.find((t) => t.ids[1] === id) ?? c.ties.find((t) => t.ids.includes(id))
  const other = tie ? (tie.ids[0] === id ? tie.ids[1] : tie.ids[0]) : c.records[0].entity.id
  const why = `on the card as the same entity as ${other === id ? `its record ${id} on another list` : other}${tie ? ` by ${tie.basis} (${tie.detail})` : ''}`
  return features ? `${features} | below the cutoff, ${why}` : `no feature fired; ${why}`
}

/**
 * The birth dates of a card's records as the lists state them, each once. A date that reads as
 * one day, month or year is given in ISO form, so one date written two ways by two lists
 * (28 Apr 1937, 1937-04-28) is one, and a year another record gives in full (1937 beside
 * 1937-04-28) adds nothing. A range stays a range ("1955 to 1958", its ends in ISO form): read
 * as its years one by one, a header cut to its first few showed some and dropped the rest and
 * the range itself. Anything else ("circa 1962") is kept as written.
 */
export function cardBirthDates(c: Card): string[] {
  const out: string[] = []
  for (const raw of c.records.flatMap((r) => r.entity.properties.birthDate ?? [])) {
    const d = statedDate(raw)
    if (!d) continue
    // Only single dates fold into one another: "1955" is not the range "1955 to 1958".
    const k = ISO.test(d) ? out.findIndex((x) => ISO.test(x) && datesAgree(x, d)) : out.indexOf(d)
    if (k < 0) out.push(d)
    else if (d.length > out[k].length) out[k] = d
  }
  return out
}

const ISO = /^\d{4}(?:-\d\d){0,2}$/
// The ways lists join the ends of a range: "1955 to 1958", "1955 - 1958", "1955–1958", "1955-1958".
const RANGE = /\s+to\s+|\s*[–—]\s*|\s+-\s+|(?<=^\d{4})-(?=\d{4}$)/i

/** A list's date as it states it: one date in ISO form, a range of two, or else the text as written. */
function statedDate(raw: string): string {
  const s = raw.trim().replace(/\s+/g, ' ')
  const one = isoPrefix(s)
  if (one) return one
  const ends = s.split(RANGE).map(isoPrefix)
  if (ends.length === 2 && ends[0] && ends[1]) return ends[0] === ends[1] ? ends[0] : `${ends[0]} to ${ends[1]}`
  return s
}
