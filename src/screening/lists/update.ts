import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { badInput } from '../../errors.js'
import type { Store } from '../../store/store.js'
import type { ListFormat } from '../loaders/index.js'
import { loadList } from './load.js'
import type { ListVersion } from './versions.js'

interface ListFile {
  name: string
  url: string
  /** Other names the same file goes by in local copies. */
  aliases?: string[]
  optional?: boolean
}

/** The official publications `lists update` fetches, with the file names of local copies. */
export const OFFICIAL: { source: string; format: ListFormat; files: ListFile[] }[] = [
  { source: 'us_ofac_sdn', format: 'ofac-csv', files: [
    { name: 'sdn.csv', url: 'https://www.treasury.gov/ofac/downloads/sdn.csv' },
    { name: 'add.csv', url: 'https://www.treasury.gov/ofac/downloads/add.csv', optional: true },
    { name: 'alt.csv', url: 'https://www.treasury.gov/ofac/downloads/alt.csv', optional: true },
    { name: 'sdn_comments.csv', url: 'https://www.treasury.gov/ofac/downloads/sdn_comments.csv', optional: true },
  ] },
  { source: 'us_ofac_cons', format: 'ofac-csv', files: [
    { name: 'cons_prim.csv', url: 'https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv' },
    { name: 'cons_add.csv', url: 'https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv', optional: true },
    { name: 'cons_alt.csv', url: 'https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv', optional: true },
    { name: 'cons_comments.csv', url: 'https://www.treasury.gov/ofac/downloads/consolidated/cons_comments.csv', optional: true },
  ] },
  { source: 'un_sc_sanctions', format: 'un-xml', files: [{ name: 'consolidated.xml', aliases: ['UN_consolidated.xml'], url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml' }] },
  { source: 'us_bis_dpl', format: 'bis-dpl', files: [{ name: 'dpl.txt', url: 'https://www.bis.doc.gov/dpl/dpl.txt' }] },
  { source: 'us_trade_csl', format: 'csl', files: [{ name: 'consolidated.csv', url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv' }] },
  { source: 'eu_fsf', format: 'eu-fsf', files: [{ name: 'csvFullSanctionsList_1_1.csv', url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/csvFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw' }] },
  // OFSI's consolidated list (ConList.csv) was retired on 28 January 2026 for the FCDO's UK Sanctions List.
  { source: 'gb_hmt_sanctions', format: 'uk-csv', files: [{ name: 'UK-Sanctions-List.csv', aliases: ['ConList.csv'], url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv' }] },
]

export interface UpdateOutcome {
  source: string
  status: 'loaded' | 'unchanged' | 'skipped' | 'failed'
  version?: ListVersion
  detail: string
}

type Fetcher = (url: string) => Promise<Uint8Array>

const httpFetch: Fetcher = async (url) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) })
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`)
  return new Uint8Array(await res.arrayBuffer())
}

/**
 * Loads every official list: from local copies in `fromDir` (tests; offline use), or by
 * downloading the published files. One list failing does not stop the others.
 */
export async function updateLists(store: Store, { fromDir, sources, fetcher = httpFetch, force = false, today = new Date() }: { fromDir?: string; sources?: string[]; fetcher?: Fetcher; force?: boolean; today?: Date } = {}): Promise<UpdateOutcome[]> {
  if (fromDir && !existsSync(fromDir)) throw badInput(`no such directory: "${fromDir}"`)
  const unknown = sources?.filter((s) => !OFFICIAL.some((o) => o.source === s)) ?? []
  if (unknown.length) throw badInput(`unknown list source: "${unknown[0]}" (expected ${OFFICIAL.map((o) => o.source).join(', ')})`)
  const out: UpdateOutcome[] = []
  for (const list of OFFICIAL.filter((o) => !sources || sources.includes(o.source))) {
    try {
      const files = fromDir ? localFiles(fromDir, list.files) : await download(list.source, list.files, fetcher)
      if (!files.length) {
        out.push({ source: list.source, status: 'skipped', detail: `${list.files[0].name} not in ${fromDir}` })
        continue
      }
      // A file fetched now is the list as of today; local copies must date themselves.
      const dated = fromDir ? {} : { asOf: today.toISOString().slice(0, 10), asOfBasis: 'download date' }
      const { version, existed } = await loadList(store, files, list.format, { ...dated, force, today })
      out.push({ source: list.source, status: existed ? 'unchanged' : 'loaded', version, detail: `${version.entities} entities, as of ${version.as_of}` })
    } catch (err) {
      out.push({ source: list.source, status: 'failed', detail: (err as Error).message })
    }
  }
  return out
}

function localFiles(dir: string, files: ListFile[]): string[] {
  const found = files.map((f) => [f.name, ...(f.aliases ?? [])].map((n) => join(dir, n)).find((p) => existsSync(p)))
  return found[0] ? found.filter((p): p is string => !!p) : []
}

async function download(source: string, files: ListFile[], fetcher: Fetcher): Promise<string[]> {
  const dir = join(tmpdir(), `chokepoint-lists-${source}-${Date.now()}`)
  mkdirSync(dir, { recursive: true })
  const out: string[] = []
  for (const f of files) {
    try {
      const path = join(dir, f.name)
      writeFileSync(path, await fetcher(f.url))
      out.push(path)
    } catch (err) {
      if (!f.optional) throw err
    }
  }
  return out
}
