import { basename } from 'node:path'
import { createHash } from 'node:crypto'
import { addProp, makeEntity, type Entity, type Props } from '../model.js'
import { csvRecords, isoDate, readText, warningLog, type LoadResult } from './read.js'

const SCHEMA: Record<string, string> = { individual: 'Person', entity: 'Organization', vessel: 'Vessel', aircraft: 'Airplane' }

/** Short codes for the CSL's source lists ("Entity List (EL) - Bureau of Industry and Security"). */
function sourceCode(source: string): string {
  const m = /\(([A-Z-]+)\)/.exec(source)
  return m ? m[1].toLowerCase() : source.toLowerCase().replace(/[^a-z]+/g, '_').slice(0, 20)
}

/**
 * trade.gov Consolidated Screening List CSV, both layouts: 2019 (28 columns) and 2025 (a leading
 * `_id` column). alt_names, dates and places are `;`-separated; ids are "type, number, country".
 */
export function loadCsl(files: string[]): LoadResult {
  const log = warningLog()
  const entities: Entity[] = []
  for (const file of files) {
    const rows = csvRecords(readText(file), file, ['source', 'name', 'alt_names', 'type', 'addresses'])
    rows.forEach((r, i) => {
      if (!r.name) return log.warn('row without name', `${basename(file)}:${i + 2}`)
      const code = sourceCode(r.source)
      const p: Props = {}
      addProp(p, 'name', r.name)
      addProp(p, 'alias', ...split(r.alt_names))
      addProp(p, 'address', ...split(r.addresses))
      for (const a of split(r.addresses)) addProp(p, 'country', /, ([A-Z]{2})$/.exec(a)?.[1])
      addProp(p, 'program', ...split(r.programs), code.toUpperCase())
      addProp(p, 'birthDate', ...split(r.dates_of_birth))
      addProp(p, 'birthPlace', ...split(r.places_of_birth))
      addProp(p, 'nationality', ...split(r.nationalities))
      addProp(p, 'citizenship', ...split(r.citizenships))
      addProp(p, 'position', r.title)
      addProp(p, 'notes', r.remarks)
      addProp(p, 'callSign', r.call_sign)
      addProp(p, 'flag', r.vessel_flag)
      for (const id of split(r.ids)) {
        const [type, number] = id.split(',').map((s) => s.trim())
        // The ids column also carries sanction notes ("Gender, Male", "Secondary sanctions risk:, ...").
        if (!number || /sanction|gender|transactions|effective date|listing date|website|email|phone|organization/i.test(type)) continue
        const prop = /passport/i.test(type) ? 'passportNumber' : /imo/i.test(type) ? 'imoNumber' : /tax/i.test(type) ? 'taxNumber' : /registration/i.test(type) ? 'registrationNumber' : 'idNumber'
        if (/\d/.test(number)) addProp(p, prop, number)
      }
      const listed = r.start_date ? isoDate(r.start_date) : undefined
      if (r.start_date && !listed) log.warn('bad start_date', `${basename(file)}:${i + 2}: "${r.start_date}"`)
      const schema = SCHEMA[r.type.toLowerCase()] ?? 'LegalEntity'
      const key = r._id || (r.entity_number ? `${code}-${r.entity_number}` : createHash('sha1').update(`${r.source}|${r.name}|${r.addresses}`).digest('hex').slice(0, 16))
      entities.push(makeEntity(`csl-${key}`, schema, `us_trade_csl_${code}`, p, listed))
    })
  }
  return { entities: dedupe(entities, log), warnings: log.list() }
}

function split(s: string | undefined): string[] {
  return (s ?? '').split(';').map((x) => x.trim()).filter(Boolean)
}

function dedupe(entities: Entity[], log: ReturnType<typeof warningLog>): Entity[] {
  const seen = new Map<string, Entity>()
  for (const e of entities) {
    if (seen.has(e.id)) log.warn('duplicate id (kept first)', e.id)
    else seen.set(e.id, e)
  }
  return [...seen.values()]
}
