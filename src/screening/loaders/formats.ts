import { badInput } from '../../errors.js'

/**
 * The list formats `lists load --format` accepts and the source each names by default. Apart
 * from the loaders (index.ts), so naming a format does not load every parser.
 */
export const LIST_SOURCES = {
  'ofac-csv': 'us_ofac_sdn',
  'un-xml': 'un_sc_sanctions',
  'bis-dpl': 'us_bis_dpl',
  csl: 'us_trade_csl',
  ftm: 'opensanctions',
  'eu-fsf': 'eu_fsf',
  'uk-csv': 'gb_hmt_sanctions',
} as const

export type ListFormat = keyof typeof LIST_SOURCES

export function parseFormat(raw: string): ListFormat {
  if (raw in LIST_SOURCES) return raw as ListFormat
  throw badInput(`unknown list format: "${raw}" (expected ${Object.keys(LIST_SOURCES).join(', ')})`)
}

/** The source name of a load: OFAC's consolidated (non-SDN) files are a list of their own. */
export function sourceOf(format: ListFormat, files: string[]): string {
  if (format === 'ofac-csv' && files.some((f) => /cons_/i.test(f))) return 'us_ofac_cons'
  return LIST_SOURCES[format]
}
