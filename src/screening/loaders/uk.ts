import { basename } from 'node:path'
import { badInput } from '../../errors.js'
import { addProp, makeEntity, type Props } from '../model.js'
import { parseCsv, readText, warningLog, type LoadResult } from './read.js'

const SCHEMA: Record<string, string> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' }
const REQUIRED = ['Name 6', 'Group Type', 'Group ID']

/** dd/mm/yyyy with 00 for unknown parts (OFSI style) to an ISO prefix. */
function ukDate(raw: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw.trim())
  if (!m) return undefined
  if (m[2] === '00') return m[3]
  return m[1] === '00' ? `${m[3]}-${m[2]}` : `${m[3]}-${m[2]}-${m[1]}`
}

/**
 * UK consolidated list (OFSI ConList.csv): a "Last Updated" line, then a header; one row per
 * name of a target, rows share a Group ID. Alias quality "Low" makes a weak alias.
 */
export function loadUkCsv(files: string[]): LoadResult {
  const log = warningLog()
  const parties = new Map<string, { schema: string; props: Props; listed?: string }>()
  let asOf: string | undefined
  for (const file of files) {
    const rows = parseCsv(readText(file), file)
    const h = rows.findIndex((r) => r.includes('Group ID'))
    if (h < 0) throw badInput(`${basename(file)}: missing column "Group ID" (not an OFSI consolidated list csv)`)
    const header = rows[h].map((x) => x.trim())
    const missing = REQUIRED.filter((c) => !header.includes(c))
    if (missing.length) throw badInput(`${basename(file)}: missing column ${missing.join(', ')}`)
    if (h > 0) asOf = ukDate(rows[0][1] ?? '') ?? asOf
    rows.slice(h + 1).forEach((row, i) => {
      const r = Object.fromEntries(header.map((k, j) => [k, (row[j] ?? '').trim()]))
      const id = r['Group ID']
      if (!id) return log.warn('row without Group ID (skipped)', `${basename(file)}:${h + i + 2}`)
      const schema = SCHEMA[r['Group Type'].toLowerCase()] ?? 'LegalEntity'
      const party = parties.get(id) ?? { schema, props: {} }
      parties.set(id, party)
      const p = party.props
      const name = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'].map((k) => r[k]).filter(Boolean).join(' ')
      const primary = /primary name$/i.test(r['Alias Type'] ?? '') || !p.name
      addProp(p, (r['Alias Quality'] ?? '').toLowerCase() === 'low' ? 'weakAlias' : primary ? 'name' : 'alias', name)
      addProp(p, 'name', r['Name Non-Latin Script'])
      addProp(p, 'title', r.Title)
      const dob = r.DOB ? ukDate(r.DOB) : undefined
      if (r.DOB && !dob) log.warn('bad DOB', `${basename(file)}:${h + i + 2}: "${r.DOB}"`)
      addProp(p, 'birthDate', dob)
      addProp(p, 'birthPlace', [r['Town of Birth'], r['Country of Birth']].filter(Boolean).join(', '))
      addProp(p, 'nationality', ...(r.Nationality ?? '').split(/[,;]|\(\d+\)/).map((s) => s.trim()))
      addProp(p, 'passportNumber', r['Passport Number'])
      addProp(p, 'idNumber', r['National Identification Number'])
      addProp(p, 'position', r.Position)
      addProp(p, 'country', r.Country)
      addProp(p, 'address', ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country'].map((k) => r[k]).filter(Boolean).join(', '))
      addProp(p, 'program', r.Regime)
      addProp(p, 'notes', r['Other Information'])
      const listed = r['Listed On'] ? ukDate(r['Listed On']) : undefined
      if (listed && listed.length === 10 && (!party.listed || listed < party.listed)) party.listed = listed
    })
  }
  const entities = [...parties.entries()].map(([id, p]) => makeEntity(`gb-hmt-${id}`, p.schema, 'gb_hmt_sanctions', p.props, p.listed))
  return { entities: entities.filter((e) => e.properties.name), asOf, asOfBasis: 'from the file (Last Updated line)', warnings: log.list() }
}
