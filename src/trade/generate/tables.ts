import { countries } from '../countries/iso.js'
import type { Store } from '../../store/store.js'
import { insertRows } from '../ingest/places.js'
import { placeName } from '../countries/countries.js'
import { fillerCodes } from './filler.js'
import { GROUPS, METALS, NEIGHBOURS, NEIGHBOUR_SHARES, TOTAL_GOODS, type Era } from './model.js'

const ERAS: Era[] = ['pre', 'war', 'post']
/** Comtrade reports a few countries under its own M49 numbers (REFERENCE.md). */
const COMTRADE_M49: Record<string, number> = { USA: 842, FRA: 251, ITA: 381, CHE: 757, IND: 699, NOR: 579, TWN: 490 }
/** USD per kg, so generated weights are plausible for the goods. */
const PRICE: Record<string, number> = { 'chpl-ic': 2500, 'chpl-other': 120, 'machine-tools': 35, 'machine-tool-parts': 40, microelectronics: 800, drones: 300, metals: 3, filler: 8 }

/** Real HS2022 codes for the filler goods, none of them a code of the model (filler.ts). */
const FILLER = fillerCodes(new Set([...GROUPS.flatMap((g) => g.codes), ...METALS.codes]))

/** Countries that take the part of a share vector left unassigned, in equal parts. */
const OTHER_SUPPLIERS = ['ESP', 'SWE', 'AUT', 'BEL', 'DNK', 'HUN', 'SVK', 'ROU', 'SRB', 'EGY', 'ARG', 'MEX', 'CAN', 'AUS', 'IDN', 'PHL', 'PAK', 'SAU', 'ISR', 'ZAF']

/** Shares as given; what is left of 1 goes to other suppliers; over 1 is scaled down. */
const normalise = (s: Record<string, number>) => {
  const sum = Object.values(s).reduce((a, b) => a + b, 0)
  const entries = Object.entries(s).map(([k, v]) => [k, v / Math.max(1, sum)] as const)
  const others = OTHER_SUPPLIERS.filter((c) => !(c in s))
  const rest = Math.max(0, 1 - sum) / others.length
  return rest > 0 ? [...entries, ...others.map((c) => [c, rest] as const)] : entries
}

/**
 * Loads the model into temp tables: g_model (group, era, importer, supplier, USD mn a year,
 * USD per kg), g_code (group, code, order of filler codes) and g_place (ISO3, M49, name).
 * Filler codes `from` to `to` are loaded, so a large file is generated a slice at a time.
 */
export async function loadModel(store: Store, filler: { from: number; to: number } = { from: 0, to: 0 }): Promise<void> {
  await store.run(`CREATE OR REPLACE TEMP TABLE g_model (grp VARCHAR, era VARCHAR, importer VARCHAR, supplier VARCHAR, annual_mn DOUBLE, price DOUBLE)`)
  await store.run(`CREATE OR REPLACE TEMP TABLE g_code (grp VARCHAR, code VARCHAR, ord INTEGER)`)
  await store.run(`CREATE OR REPLACE TEMP TABLE g_place (iso VARCHAR, m49 INTEGER, descr VARCHAR)`)
  const model: (string | number)[] = []
  const add = (grp: string, era: Era, importer: string, shares: Record<string, number>, annual: number) => {
    for (const [supplier, share] of normalise(shares)) {
      if (supplier !== importer) model.push(grp, era, importer, supplier, annual * share, PRICE[grp] ?? 50)
    }
  }
  for (const era of ERAS) {
    for (const g of GROUPS) {
      add(g.id, era, 'RUS', g.shares[era], g.russia[era])
      for (const [iso, n] of Object.entries(NEIGHBOURS)) add(g.id, era, iso, NEIGHBOUR_SHARES, g.russia.pre * n.size * n.surge[era])
    }
    for (const [buyer, share] of normalise(METALS.shares[era])) model.push('metals', era, buyer, 'RUS', METALS.russia[era] * share, PRICE.metals)
    add('filler', era, 'RUS', TOTAL_GOODS.shares[era], 0)
    add('total', era, 'RUS', TOTAL_GOODS.shares[era], TOTAL_GOODS.russia[era])
  }
  await insertRows(store, 'g_model', 6, model)
  const named = [...GROUPS.flatMap((g) => g.codes.map((c) => [g.id, c])), ...METALS.codes.map((c) => ['metals', c]), ['total', 'TOTAL']]
  const codes: (string | number)[] = named.flatMap(([g, c]) => [g, c, 0])
  // Past the last HS2022 code (some 35M rows) the codes come round again; filler values are 0.
  for (let i = filler.from; i < filler.to; i++) codes.push('filler', FILLER[i % FILLER.length], i)
  await insertRows(store, 'g_code', 3, codes)
  const isos = new Set(model.filter((_, i) => i % 6 === 2 || i % 6 === 3) as string[])
  await insertRows(store, 'g_place', 3, [...isos].flatMap((iso) => [iso, m49(iso), placeName(iso)]))
}

function m49(iso: string): number {
  return COMTRADE_M49[iso] ?? Number(countries.alpha3ToNumeric(iso))
}
