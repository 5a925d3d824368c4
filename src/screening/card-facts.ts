import type { Card } from './cards.js'
import type { ListVersion } from './lists/versions.js'
import { datesAgree, parseDates } from './match/dates.js'

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
      caption: r.entity.caption, programs: r.entity.properties.program ?? [], listed: r.entity.listed ?? null, score: r.score, match: r.match, hit: r.hit,
    }
  })
}

/**
 * The birth dates of a card's records, each once: read as ISO dates, so one date written two
 * ways by two lists (28 Apr 1937, 1937-04-28) is one, and a year another record gives in full
 * (1937 beside 1937-04-28) adds nothing. A date that does not read is kept as written.
 */
export function cardBirthDates(c: Card): string[] {
  const out: string[] = []
  for (const raw of c.records.flatMap((r) => r.entity.properties.birthDate ?? [])) {
    const dates = parseDates(raw)
    for (const d of dates.length ? dates : [raw.trim()]) {
      const k = out.findIndex((x) => datesAgree(x, d))
      if (k < 0) out.push(d)
      else if (d.length > out[k].length) out[k] = d
    }
  }
  return out
}
