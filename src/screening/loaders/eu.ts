import { basename } from 'node:path'
import { addProp, makeEntity, type Props } from '../model.js'
import { csvRecords, isoDate, readText, warningLog, type LoadResult } from './read.js'

/**
 * A date of the EU file: ISO (birth dates: 1937-04-28) or day first (the file's own date,
 * fileGenerationDate "28/10/2022"), never month first as US lists write it.
 */
export function euDate(raw: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim())
  return isoDate(m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : raw)
}

/**
 * EU Financial Sanctions Files, CSV 1.1 (semicolon-separated, one row per name, address, birth
 * date, identification or citizenship of an entity; rows share Entity_LogicalId; 118 columns in
 * the published file). Columns are found by their published names, so added columns do not break
 * the loader. Entity_SubjectType holds P/E, Entity_SubjectType_ClassificationCode person/enterprise.
 */
export function loadEuFsf(files: string[]): LoadResult {
  const log = warningLog()
  const parties = new Map<string, { schema: string; props: Props; listed?: string }>()
  let asOf: string | undefined
  for (const file of files) {
    const rows = csvRecords(readText(file), file, ['Entity_LogicalId', 'NameAlias_WholeName'], ';')
    rows.forEach((r, i) => {
      const id = r.Entity_LogicalId
      if (!/^\d+$/.test(id)) return log.warn('bad Entity_LogicalId (row skipped)', `${basename(file)}:${i + 2}: "${id}"`)
      const type = (r.Entity_SubjectType_ClassificationCode || r.Entity_SubjectType || '').toLowerCase()
      const schema = type === 'person' || type === 'p' ? 'Person' : type === 'enterprise' || type === 'e' ? 'Organization' : 'LegalEntity'
      const party = parties.get(id) ?? { schema, props: {} }
      parties.set(id, party)
      const p = party.props
      addProp(p, 'name', r.NameAlias_WholeName)
      addProp(p, 'program', r.Entity_Regulation_Programme)
      addProp(p, 'notes', r.Entity_Remark)
      addProp(p, 'idNumber', r.Entity_EU_ReferenceNumber)
      if (r.BirthDate_BirthDate) addProp(p, 'birthDate', r.BirthDate_BirthDate)
      else if (r.BirthDate_Year) addProp(p, 'birthDate', r.BirthDate_Year)
      addProp(p, 'birthPlace', r.BirthDate_City || r.BirthDate_Place)
      addProp(p, 'nationality', r.Citizenship_CountryIso2Code)
      addProp(p, 'country', r.Address_CountryIso2Code)
      addProp(p, 'address', [r.Address_Street, r.Address_City, r.Address_ZipCode, r.Address_CountryDescription].filter(Boolean).join(', '))
      const idType = (r.Identification_TypeCode ?? '').toLowerCase()
      addProp(p, idType === 'passport' ? 'passportNumber' : idType === 'regnumber' ? 'registrationNumber' : 'idNumber', r.Identification_Number)
      const listed = r.Entity_DesignationDate ? euDate(r.Entity_DesignationDate) : undefined
      if (r.Entity_DesignationDate && !listed) log.warn('bad Entity_DesignationDate', `${basename(file)}:${i + 2}: "${r.Entity_DesignationDate}"`)
      if (listed && (!party.listed || listed < party.listed)) party.listed = listed
      const gen = r.fileGenerationDate ? euDate(r.fileGenerationDate) : undefined
      if (gen && (!asOf || gen > asOf)) asOf = gen
    })
  }
  const entities = [...parties.entries()].map(([id, p]) => makeEntity(`eu-fsf-${id}`, p.schema, 'eu_fsf', p.props, p.listed))
  return { entities: entities.filter((e) => e.properties.name), asOf, asOfBasis: 'from the file (fileGenerationDate)', warnings: log.list() }
}
