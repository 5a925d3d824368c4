import { loadBisDpl } from './bis.js'
import { LIST_SOURCES, type ListFormat } from './formats.js'
import { loadCsl } from './csl.js'
import { loadEuFsf } from './eu.js'
import { loadFtm } from './ftm.js'
import { loadOfacCsv } from './ofac.js'
import type { LoadResult } from './read.js'
import { loadUkCsv } from './uk.js'
import { loadUnXml } from './un.js'

export type { LoadResult } from './read.js'
export { LIST_SOURCES, parseFormat, sourceOf, type ListFormat } from './formats.js'

/** The list formats `lists load --format` accepts, each with its loader and the source it names by default. */
export const FORMATS = {
  'ofac-csv': { load: loadOfacCsv, source: LIST_SOURCES['ofac-csv'] },
  'un-xml': { load: loadUnXml, source: LIST_SOURCES['un-xml'] },
  'bis-dpl': { load: loadBisDpl, source: LIST_SOURCES['bis-dpl'] },
  csl: { load: loadCsl, source: LIST_SOURCES.csl },
  ftm: { load: loadFtm, source: LIST_SOURCES.ftm },
  'eu-fsf': { load: loadEuFsf, source: LIST_SOURCES['eu-fsf'] },
  'uk-csv': { load: loadUkCsv, source: LIST_SOURCES['uk-csv'] },
} as const satisfies Record<ListFormat, { load: (files: string[]) => LoadResult; source: string }>
