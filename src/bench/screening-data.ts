import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadOfacCsv } from '../screening/loaders/ofac.js'
import { loadUnXml } from '../screening/loaders/un.js'
import { parseCsv } from '../screening/loaders/read.js'
import type { Query } from '../screening/match/analyse.js'
import type { Entity } from '../screening/model.js'
import { buildDevSet, type DevSet } from './devset/build.js'
import { readRecords } from './devset/sources.js'

/** ../shared/data beside the repo (DESIGN.md: never copied into the project). */
export const DATA = resolve(new URL('.', import.meta.url).pathname, '..', '..', '..', 'shared', 'data')

export function requireData(): void {
  if (!existsSync(DATA)) {
    process.stderr.write(`shared data not found at ${DATA}: the screening eval and bench need it\n`)
    process.exit(1)
  }
}

export function listItems(): { un: Entity[]; ofac: Entity[] } {
  return {
    un: loadUnXml([`${DATA}/un-consolidated-xml/UN_consolidated.xml`]).entities,
    ofac: loadOfacCsv([`${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`]).entities,
  }
}

export function csvObjects(file: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(file, 'utf8'), file)
  return rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i] ?? ''])))
}

export interface BenchPerson {
  name: string
  birthDate?: string
  country?: string
}

export function people(file: string): BenchPerson[] {
  return csvObjects(`${DATA}/opensanctions-candidate-bench/${file}`).map((r) => ({
    name: r.full_name,
    birthDate: r.date_of_birth || undefined,
    country: r.nationality || undefined,
  }))
}

/** The labelled dev set of name pairs by failure class (devset/), from the files in DATA. */
export function devSet(): DevSet {
  return buildDevSet(readRecords(DATA))
}

/**
 * The screening bench's queries: perturbed UN names, US Congress members and synthetic
 * negatives (persons, with birth dates and countries), and 1,000 OFAC organisations misspelt.
 */
export function benchQueries(ofac: Entity[]): Query[] {
  const persons: Query[] = [
    ...people('positives_un_treated.csv'),
    ...people('positives_us_congress_untreated.csv'),
    ...people('synthetic-negatives/negatives_global_1000.csv'),
  ].map((p) => ({ name: p.name, schema: 'Person', birthDate: p.birthDate, country: p.country }))
  const companies = ofac.filter((e) => e.schema === 'Organization').slice(0, 1000).map((e) => ({ name: e.caption.replace(/[AEIO]/, 'U') }))
  return [...persons, ...companies]
}
