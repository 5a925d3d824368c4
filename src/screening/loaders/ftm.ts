import { basename } from 'node:path'
import { badInput } from '../../errors.js'
import { ftmModel } from '../ftm-model.js'
import type { Entity, Props } from '../model.js'
import { readText, warningLog, type LoadResult } from './read.js'

/**
 * Name properties of FtM models newer than the one this project reads: their values are names
 * the entity goes by (ZALA, of ZALA AERO GROUP), screened as aliases rather than dropped.
 */
const NEWER_NAMES: Record<string, string> = { abbreviation: 'alias' }

/**
 * What an FtM file's Sanction entities say of the entity each names (`entity`): when it was
 * listed (its earliest listingDate or startDate) and under which programmes (`programId`,
 * added to the entity's own). Not `first_seen`: that is when OpenSanctions first saw the
 * record, a date of the crawler, and showing it as the listing date was wrong.
 */
function fromSanctions(entities: Entity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]))
  for (const s of entities) {
    if (s.schema !== 'Sanction') continue
    const p = s.properties
    const date = [...(p.listingDate ?? []), ...(p.startDate ?? [])].map((d) => d.slice(0, 10)).sort()[0]
    for (const id of p.entity ?? []) {
      const e = byId.get(id)
      if (!e) continue
      if (date && (!e.listed || date < e.listed)) e.listed = date
      const programs = p.programId ?? []
      if (programs.length) e.properties.programId = [...new Set([...(e.properties.programId ?? []), ...programs])]
    }
  }
}

/**
 * OpenSanctions / FollowTheMoney JSON lines. The schema and its properties are checked against
 * the FtM model (@alephdata/followthemoney): unknown schemata and properties are warnings with
 * counts. Relations (Ownership, Directorship, Family, ...) are kept as entities.
 */
export function loadFtm(files: string[]): LoadResult {
  const log = warningLog()
  const entities: Entity[] = []
  let asOf: string | undefined
  for (const file of files) {
    const lines = readText(file).split('\n')
    lines.forEach((line, i) => {
      if (!line.trim()) return
      let raw: { id?: unknown; schema?: unknown; caption?: unknown; properties?: unknown; datasets?: unknown; last_change?: unknown }
      try {
        raw = JSON.parse(line)
      } catch {
        throw badInput(`${basename(file)}:${i + 1}: malformed json: "${line.slice(0, 60)}..."`)
      }
      if (typeof raw.id !== 'string' || typeof raw.schema !== 'string') throw badInput(`${basename(file)}:${i + 1}: missing id or schema`)
      let schema
      try {
        schema = ftmModel().getSchema(raw.schema)
      } catch {
        return log.warn('unknown schema (record skipped)', `${basename(file)}:${i + 1}: "${raw.schema}"`)
      }
      const known = schema.getProperties()
      const properties: Props = {}
      for (const [k, v] of Object.entries((raw.properties ?? {}) as Record<string, unknown>)) {
        const as = known.has(k) ? k : NEWER_NAMES[k]
        if (!as) {
          log.warn('property not in schema (dropped)', `${raw.schema}.${k}`)
          continue
        }
        if (as !== k) log.warn(`property of a newer FtM model read as ${as}`, `${raw.schema}.${k}`)
        const vs = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string')
        if (vs.length) properties[as] = [...(properties[as] ?? []), ...vs]
      }
      const datasets = Array.isArray(raw.datasets) ? raw.datasets.filter((d): d is string => typeof d === 'string') : []
      const caption = typeof raw.caption === 'string' ? raw.caption : (properties.name?.[0] ?? raw.id)
      const changed = typeof raw.last_change === 'string' ? raw.last_change.slice(0, 10) : undefined
      if (changed && (!asOf || changed > asOf)) asOf = changed
      entities.push({ id: raw.id, schema: schema.name, caption, properties, datasets })
    })
  }
  fromSanctions(entities)
  // OpenSanctions exports carry no export date: the latest change of any entity is the best
  // evidence of when the file was made (it cannot be older than that).
  return { entities, asOf, asOfBasis: asOf ? 'from the file (latest last_change of its entities)' : undefined, warnings: log.list() }
}
