import { basename } from 'node:path'
import { badInput } from '../../errors.js'
import { addProp, makeEntity, type Entity, type Props } from '../model.js'
import { parseRemarks } from './ofac-remarks.js'
import { dateFromFileName, endsWithEofMarker, isoDate, parseCsv, readText, warningLog, type LoadResult } from './read.js'

const NULL = /^-0-\s*$/
const val = (s: string | undefined) => (s === undefined || NULL.test(s) ? '' : s.trim())
const SCHEMA: Record<string, string> = { individual: 'Person', vessel: 'Vessel', aircraft: 'Airplane', '': 'Organization' }

/** Files of one OFAC set, told apart by their column count (the files have no header). */
const KIND_BY_COLUMNS: Record<number, 'prim' | 'add' | 'alt' | 'comments'> = { 12: 'prim', 6: 'add', 5: 'alt', 2: 'comments' }
const PART = { prim: 'sdn', add: 'add', alt: 'alt', comments: 'comments' } as const
/** A leading "Publish Date" line, as some OFAC exports carry: the list's own date. */
const PUBLISHED = /^\s*"?(?:publish(?:ed)?[ _]?date|date published)"?\s*[,:]\s*"?([\d/-]{8,10})"?[^\n]*\n/i

/**
 * More than this share of a file's rows naming entities the main file lacks: the file is of
 * another date (OFAC publishes the four files together, each naming the main file's entities).
 */
export const MAX_OTHER_DATE = 0.01

/**
 * What says a file of the set is of another date than the main file, or undefined. Loaded
 * together, 2025's alt.csv gave a list dated 2024-05-03 the aliases of 2025, with the rows it
 * could not place only counted in a warning.
 */
function otherDate(nums: (string | undefined)[], props: Map<string, unknown>, name: string, prim: string): string | undefined {
  const missing = nums.filter((n) => !n || !props.has(n)).length
  if (!nums.length || missing / nums.length <= MAX_OTHER_DATE) return undefined
  const pct = `${Math.round((missing / nums.length) * 1000) / 10}%`
  return `${name}: ${missing.toLocaleString('en-US')} of its ${nums.length.toLocaleString('en-US')} rows (${pct}) name entities ${prim} lacks: a file of another date than ${prim} (OFAC publishes the files together; load those of one day)`
}

/**
 * OFAC legacy CSV (sdn.csv or cons_prim.csv, with optional add, alt and comments files): no
 * header, `-0-` for empty, Latin-1. Remarks continue in the comments file when OFAC cut them.
 */
export function loadOfacCsv(files: string[]): LoadResult {
  const log = warningLog()
  const sets = { prim: [] as [string, string[][]][], add: [] as string[][], alt: [] as string[][], comments: [] as string[][] }
  const incomplete: string[] = []
  const parts = new Set<string>()
  let published: string | undefined
  for (const file of files) {
    let text = readText(file)
    const head = PUBLISHED.exec(text)
    if (head) {
      published ??= isoDate(head[1])
      text = text.slice(head[0].length)
    }
    const rows = parseCsv(text, file)
    if (!rows.length) throw badInput(`${basename(file)}: empty file`)
    const kind = KIND_BY_COLUMNS[rows[0].length]
    if (!kind) throw badInput(`${basename(file)}:1: ${rows[0].length} columns (expected 12 for sdn.csv, 6 add, 5 alt, 2 comments)`)
    parts.add(PART[kind])
    // OFAC ends every file with 0x1A; without it the download was cut. The comments file of the
    // 2021 set lacks it while complete, so there it is only a warning.
    if (!endsWithEofMarker(file)) {
      if (kind === 'comments') log.warn('no end-of-file marker (0x1A)', basename(file))
      else incomplete.push(`${basename(file)}: no end-of-file marker (OFAC files end with a 0x1A byte; the file looks cut short)`)
    }
    if (kind === 'prim') sets.prim.push([file, rows])
    else sets[kind].push(...rows)
  }
  if (!sets.prim.length) throw badInput(`ofac-csv: no sdn.csv (the file of 12 columns, no header) among ${files.map((f) => basename(f)).join(', ')}`)
  // OFAC publishes most aliases in alt.csv: a load without it screens the primary names only.
  if (!sets.alt.length)
    log.warn('no alt.csv in this load: the aliases (a.k.a.) OFAC publishes there are not screened, only the names in the main file and a.k.a.s its remarks give; load alt.csv with it', basename(sets.prim[0][0]))
  const extra = new Map<string, string>()
  for (const [num, text] of sets.comments) extra.set(num, (extra.get(num) ?? '') + text)
  const props = new Map<string, { schema: string; props: Props; dataset: string }>()
  const mainFile = new Map<string, string>()
  for (const [file, rows] of sets.prim) {
    const dataset = /cons/i.test(basename(file)) ? 'us_ofac_cons' : 'us_ofac_sdn'
    // Two publications in one load would merge into one version (the later file's rows over the
    // earlier's, names delisted in between kept), dated by the first: refused instead.
    const first = mainFile.get(dataset)
    if (first) throw badInput(`ofac-csv: ${first} and ${basename(file)} are both the main file of ${dataset}: one load is one publication (sdn.csv with its add.csv, alt.csv, sdn_comments.csv); load each on its own`)
    mainFile.set(dataset, basename(file))
    rows.forEach((r, i) => {
      if (r.length !== 12) throw badInput(`${basename(file)}:${i + 1}: ${r.length} columns (expected 12)`)
      const num = r[0].trim()
      if (!/^\d+$/.test(num)) throw badInput(`${basename(file)}:${i + 1}: column ent_num: bad value "${r[0]}" (expected a number)`)
      const p: Props = {}
      const schema = SCHEMA[val(r[2]).toLowerCase()] ?? (log.warn('unknown sdn type', `${num}: ${r[2]}`), 'LegalEntity')
      addProp(p, 'name', val(r[1]))
      addProp(p, 'program', ...val(r[3]).split(/\]\s*\[/).map((s) => s.replace(/[[\]]/g, '')))
      addProp(p, schema === 'Person' ? 'position' : 'notes', val(r[4]))
      addProp(p, 'callSign', val(r[5]))
      addProp(p, 'type', val(r[6]))
      addProp(p, 'tonnage', val(r[7]))
      addProp(p, 'grossRegisteredTonnage', val(r[8]))
      addProp(p, 'flag', val(r[9]))
      if (val(r[10])) addProp(p, 'notes', `owner: ${val(r[10])}`)
      const remarks = val(r[11]) + (extra.get(num) ?? '')
      if (remarks) parseRemarks(remarks, p)
      if (!p.name) log.warn('record without name', `${basename(file)}:${i + 1}`)
      else props.set(num, { schema, props: p, dataset })
    })
  }
  // Rows of the other files for an entity the main file lacks (files of another date) are said,
  // not dropped unseen: each file by its name, with the count and the first entity number.
  for (const num of extra.keys()) if (!props.has(num)) log.warn('sdn_comments.csv row for an entity not in sdn.csv', num)
  const prim = basename(sets.prim[0][0])
  for (const [kind, name] of [['comments', 'sdn_comments.csv'], ['add', 'add.csv'], ['alt', 'alt.csv']] as const) {
    const problem = otherDate(sets[kind].map((r) => r[0]?.trim()), props, name, prim)
    if (problem) incomplete.push(problem)
  }
  for (const r of sets.add) {
    const e = props.get(r[0]?.trim())
    if (!e) {
      log.warn('add.csv row for an entity not in sdn.csv', r[0])
      continue
    }
    const parts = [val(r[2]), val(r[3]), val(r[4])].filter(Boolean)
    if (parts.length) addProp(e.props, 'address', parts.join(', '))
    addProp(e.props, 'country', val(r[4]))
  }
  for (const r of sets.alt) {
    const e = props.get(r[0]?.trim())
    if (!e) {
      log.warn('alt.csv row for an entity not in sdn.csv', r[0])
      continue
    }
    addProp(e.props, val(r[2]).toLowerCase() === 'fka' ? 'previousName' : 'alias', val(r[3]))
  }
  const entities: Entity[] = [...props.entries()].map(([num, e]) => makeEntity(`ofac-${num}`, e.schema, e.dataset, e.props))
  const named = dateFromFileName(sets.prim[0][0])
  const asOf = published ?? named
  const asOfBasis = published ? 'from the file (publish date line)' : named ? `from the file name ${basename(sets.prim[0][0])}` : undefined
  return { entities, asOf, asOfBasis, parts: [...parts], incomplete, warnings: log.list() }
}
