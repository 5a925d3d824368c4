import { basename } from 'node:path'
import { badInput } from '../../errors.js'
import { addProp, makeEntity, type Props } from '../model.js'
import { parseCsv, readText, warningLog, type LoadResult, type WarningLog } from './read.js'

const SCHEMA: Record<string, string> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' }
const GIVEN_THEN_FAMILY = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** dd/mm/yyyy with 00 for unknown parts (OFSI style) to an ISO prefix. */
function ukDate(raw: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw.trim())
  if (!m) return undefined
  if (m[2] === '00') return m[3]
  return m[1] === '00' ? `${m[3]}-${m[2]}` : `${m[3]}-${m[2]}-${m[1]}`
}

/** "Report Date: 13-Feb-2026" (the UK Sanctions List's first line) to 2026-02-13. */
export function reportDate(line: string): string | undefined {
  const m = /^report date:\s*(\d{1,2})-([a-z]{3})-(\d{4})\s*$/i.exec(line.trim())
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0
  return m && month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined
}

/**
 * The two layouts the UK has published its list in, one row per name of a target:
 * - OFSI's consolidated list (ConList.csv, "2022 format"), retired on 28 January 2026: a "Last
 *   Updated" line, rows sharing a Group ID.
 * - The UK Sanctions List (UK-Sanctions-List.csv, FCDO), its successor: a "Report Date" line,
 *   rows sharing a Unique ID (AFG0006), which also gives OFSI's Group ID and the UN reference.
 * Columns are named as the files name them; `cols` maps what the loader reads to them.
 */
interface Layout {
  name: string
  key: string
  required: string[]
  cols: Record<'type' | 'nameType' | 'strength' | 'nonLatin' | 'dob' | 'town' | 'birthCountry' | 'nationality' | 'passport' | 'nationalId' | 'regime' | 'listed', string>
  address: string[]
  country: string
  notes: string[]
  asOf: (firstRow: string[]) => string | undefined
  asOfBasis: string
  /** The entity's id: OFSI's Group ID where the row gives it, so one target keeps its id across both layouts. */
  id: (r: Record<string, string>) => string
}

const CONLIST: Layout = {
  name: 'OFSI consolidated list csv',
  key: 'Group ID',
  required: ['Name 6', 'Group Type', 'Group ID'],
  cols: {
    type: 'Group Type', nameType: 'Alias Type', strength: 'Alias Quality', nonLatin: 'Name Non-Latin Script', dob: 'DOB', town: 'Town of Birth',
    birthCountry: 'Country of Birth', nationality: 'Nationality', passport: 'Passport Number', nationalId: 'National Identification Number', regime: 'Regime', listed: 'Listed On',
  },
  address: ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country'],
  country: 'Country',
  notes: ['Other Information'],
  asOf: (row) => ukDate(row[1] ?? ''),
  asOfBasis: 'from the file (Last Updated line)',
  id: (r) => r['Group ID'],
}

const SANCTIONS_LIST: Layout = {
  name: 'UK Sanctions List csv',
  key: 'Unique ID',
  required: ['Unique ID', 'Name 6', 'Name type', 'Designation Type'],
  cols: {
    type: 'Designation Type', nameType: 'Name type', strength: 'Alias strength', nonLatin: 'Name non-latin script', dob: 'D.O.B', town: 'Town of birth',
    birthCountry: 'Country of birth', nationality: 'Nationality(/ies)', passport: 'Passport number', nationalId: 'National Identifier number', regime: 'Regime Name', listed: 'Date Designated',
  },
  address: ['Address Line 1', 'Address Line 2', 'Address Line 3', 'Address Line 4', 'Address Line 5', 'Address Line 6', 'Address Postal Code', 'Address Country'],
  country: 'Address Country',
  notes: ['Other Information', 'UK Statement of Reasons'],
  asOf: (row) => reportDate(row.join(',')),
  asOfBasis: 'from the file (Report Date line)',
  id: (r) => r['OFSI Group ID'] || r['Unique ID'],
}

interface Party {
  schema: string
  props: Props
  listed?: string
  id: string
}

/**
 * UK list csv, in either layout (above): one entity per target. A primary name is the name, a
 * name of low alias quality or strength a weak alias, any other row an alias.
 */
export function loadUkCsv(files: string[]): LoadResult {
  const log = warningLog()
  const parties = new Map<string, Party>()
  let asOf: string | undefined
  let asOfBasis = CONLIST.asOfBasis
  for (const file of files) {
    const rows = parseCsv(readText(file), file)
    const h = rows.findIndex((r) => r.includes('Group ID') || r.includes('Unique ID'))
    if (h < 0) throw badInput(`${basename(file)}: missing column "Unique ID" or "Group ID" (not a UK Sanctions List or OFSI consolidated list csv)`)
    const header = rows[h].map((x) => x.trim())
    const layout = header.includes('Unique ID') ? SANCTIONS_LIST : CONLIST
    const missing = layout.required.filter((c) => !header.includes(c))
    if (missing.length) throw badInput(`${basename(file)}: missing column ${missing.join(', ')} (${layout.name})`)
    if (h > 0) {
      asOf = layout.asOf(rows[0]) ?? asOf
      asOfBasis = layout.asOfBasis
    }
    rows.slice(h + 1).forEach((row, i) => {
      const where = `${basename(file)}:${h + i + 2}`
      const r = Object.fromEntries(header.map((k, j) => [k, (row[j] ?? '').trim()]))
      if (!r[layout.key]) return log.warn(`row without ${layout.key} (skipped)`, where)
      const key = r[layout.key]
      const party = parties.get(key) ?? { schema: SCHEMA[r[layout.cols.type].toLowerCase()] ?? 'LegalEntity', props: {}, id: layout.id(r) }
      parties.set(key, party)
      readRow(layout, r, party, log, where)
    })
  }
  // A target whose rows give no name cannot be screened: counted, not dropped without a word.
  for (const [key, p] of parties) if (!p.props.name) log.warn('target without a name (skipped)', key)
  const named = [...parties.values()].filter((p) => p.props.name)
  const entities = named.map((p) => makeEntity(`gb-hmt-${p.id}`, p.schema, 'gb_hmt_sanctions', p.props, p.listed))
  return { entities, asOf, asOfBasis, warnings: log.list() }
}

/** One row's name and facts onto its target. */
function readRow(layout: Layout, r: Record<string, string>, party: Party, log: WarningLog, where: string): void {
  const { cols } = layout
  const p = party.props
  const name = GIVEN_THEN_FAMILY.map((k) => r[k]).filter(Boolean).join(' ')
  // "Primary name" (ConList), "Primary Name" (the UK Sanctions List); its "Primary Name Variation" is an alias.
  const primary = /^primary name$/i.test(r[cols.nameType] ?? '') || !p.name
  addProp(p, /low/i.test(r[cols.strength] ?? '') ? 'weakAlias' : primary ? 'name' : 'alias', name)
  addProp(p, 'name', r[cols.nonLatin])
  addProp(p, 'title', r.Title)
  const dob = r[cols.dob] ? ukDate(r[cols.dob]) : undefined
  if (r[cols.dob] && !dob) log.warn('bad DOB', `${where}: "${r[cols.dob]}"`)
  addProp(p, 'birthDate', dob)
  addProp(p, 'birthPlace', [r[cols.town], r[cols.birthCountry]].filter(Boolean).join(', '))
  addProp(p, 'nationality', ...(r[cols.nationality] ?? '').split(/[,;]|\(\d+\)/).map((s) => s.trim()))
  addProp(p, 'passportNumber', r[cols.passport])
  addProp(p, 'idNumber', r[cols.nationalId])
  // The UN's own reference (TAi.002): the UN list's records carry it too, so one person is one card.
  addProp(p, 'idNumber', r['UN Reference Number'])
  addProp(p, 'imoNumber', r['IMO number'])
  addProp(p, 'registrationNumber', r['Business registration number (s)'])
  addProp(p, 'position', r.Position)
  addProp(p, 'gender', r.Gender)
  addProp(p, 'country', r[layout.country])
  addProp(p, 'address', layout.address.map((k) => r[k]).filter(Boolean).join(', '))
  addProp(p, 'program', r[cols.regime])
  addProp(p, 'notes', ...layout.notes.map((k) => r[k]))
  const listed = r[cols.listed] ? ukDate(r[cols.listed]) : undefined
  if (listed && listed.length === 10 && (!party.listed || listed < party.listed)) party.listed = listed
}
