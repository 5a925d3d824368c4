import { badInput } from '../../errors.js'
import { loadBisDpl } from './bis.js'
import { loadCsl } from './csl.js'
import { loadEuFsf } from './eu.js'
import { loadFtm } from './ftm.js'
import { loadOfacCsv } from './ofac.js'
import type { LoadResult } from './read.js'
import { loadUkCsv } from './uk.js'
import { loadUnXml } from './un.js'

export type { LoadResult } from './read.js'

/** The list formats `lists load --format` accepts, each with the source it names by default. */
export const FORMATS = {
  'ofac-csv': { load: loadOfacCsv, source: 'us_ofac_sdn' },
  'un-xml': { load: loadUnXml, source: 'un_sc_sanctions' },
  'bis-dpl': { load: loadBisDpl, source: 'us_bis_dpl' },
  csl: { load: loadCsl, source: 'us_trade_csl' },
  ftm: { load: loadFtm, source: 'opensanctions' },
  'eu-fsf': { load: loadEuFsf, source: 'eu_fsf' },
  'uk-csv': { load: loadUkCsv, source: 'gb_hmt_sanctions' },
} as const satisfies Record<string, { load: (files: string[]) => LoadResult; source: string }>

export type ListFormat = keyof typeof FORMATS

export function parseFormat(raw: string): ListFormat {
  if (raw in FORMATS) return raw as ListFormat
  throw badInput(`unknown list format: "${raw}" (expected ${Object.keys(FORMATS).join(', ')})`)
}

/** The source name of a load: OFAC's consolidated (non-SDN) files are a list of their own. */
export function sourceOf(format: ListFormat, files: string[]): string {
  if (format === 'ofac-csv' && files.some((f) => /cons_/i.test(f))) return 'us_ofac_cons'
  return FORMATS[format].source
}
