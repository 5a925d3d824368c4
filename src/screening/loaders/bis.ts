import { basename } from 'node:path'
import { createHash } from 'node:crypto'
import { addProp, makeEntity, type Props } from '../model.js'
import { csvRecords, isoDate, readText, warningLog, type LoadResult } from './read.js'

const REQUIRED = ['Name', 'Street_Address', 'City', 'Country', 'Effective_Date', 'Last_Update']

/**
 * BIS Denied Persons List (tab-separated, header row). One row per address: rows of the same
 * name are one party. A bad date (the real file has Last_Update 3017-08-22) is a warning with a
 * count; the record is kept without that date.
 */
export function loadBisDpl(files: string[]): LoadResult {
  const log = warningLog()
  const parties = new Map<string, { props: Props; listed?: string }>()
  let asOf: string | undefined
  for (const file of files) {
    const rows = csvRecords(readText(file), file, REQUIRED, '\t')
    rows.forEach((r, i) => {
      const line = `${basename(file)}:${i + 2}`
      const name = r.Name.replace(/\s+/g, ' ').trim()
      if (!name) return log.warn('row without name', line)
      const key = name.toUpperCase()
      const party = parties.get(key) ?? { props: {} }
      parties.set(key, party)
      addProp(party.props, 'name', name)
      const addr = [r.Street_Address, r.City, r.State, r.Postal_Code, r.Country].filter(Boolean).join(', ')
      addProp(party.props, 'address', addr)
      addProp(party.props, 'country', r.Country || (r.State.length === 2 && !r.Country ? undefined : undefined))
      addProp(party.props, 'program', r.Action ? 'DPL' : 'DPL')
      addProp(party.props, 'notes', r.FR_Citation && `FR: ${r.FR_Citation}`)
      const effective = r.Effective_Date ? isoDate(r.Effective_Date) : undefined
      if (r.Effective_Date && !effective) log.warn('bad Effective_Date', `${line}: "${r.Effective_Date}"`)
      if (effective && (!party.listed || effective < party.listed)) party.listed = effective
      const updated = r.Last_Update ? isoDate(r.Last_Update) : undefined
      if (r.Last_Update && !updated) log.warn('bad Last_Update', `${line}: "${r.Last_Update}" (record kept without it)`)
      if (updated && (!asOf || updated > asOf)) asOf = updated
    })
  }
  const entities = [...parties.entries()].map(([key, p]) =>
    makeEntity(`bis-dpl-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`, 'LegalEntity', 'us_bis_dpl', p.props, p.listed)
  )
  // The DPL states no publication date: its latest Last_Update is when it was last changed.
  return { entities, asOf, asOfBasis: 'from the file (latest Last_Update of its entries)', warnings: log.list() }
}
