import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFixture } from './files.js'

// A small Comtrade+ file with the shape of the dual-use story: coalition suppliers collapse
// after 2022, China and Hong Kong take over, a corridor (Kazakhstan, Turkey) grows. Values in
// USD million a month by era; partners report their exports to Russia (the mirror view) for
// 2019-2024 and Russia reports its own imports only until 2021, as in the real data.
const M49: Record<string, number> = { CHN: 156, HKG: 344, DEU: 276, USA: 842, TUR: 792, KAZ: 398, RUS: 643 }
const ERA: Record<string, Record<string, number>> = {
  pre: { CHN: 30, DEU: 25, USA: 20, HKG: 5, TUR: 2, KAZ: 1 },
  war: { CHN: 45, DEU: 8, USA: 3, HKG: 15, TUR: 5, KAZ: 4 },
  post: { CHN: 60, DEU: 1, USA: 0.5, HKG: 20, TUR: 6, KAZ: 5 },
}
/** HS codes and how much of a supplier's trade each carries: a CHPL tier 1 and a tier 4.B code. */
const CODES: Record<string, number> = { '854231': 1, '845710': 0.5 }
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue,netWgt'

export const SUPPLIERS = Object.keys(ERA.pre)
export const PERIODS = { from: '2019-01', to: '2024-12' }

/** The monthly export value (USD) of one supplier and code: the era's level with a small seasonal swing. */
export function supplyValue(supplier: string, code: string, year: number, month: number): number {
  const era = year <= 2021 ? 'pre' : year === 2022 ? 'war' : 'post'
  return Math.round(ERA[era][supplier] * CODES[code] * 1e6 * (1 + 0.1 * Math.sin(month)))
}

/** Writes the fixture file into `dir` and returns its path. */
export function writeSupplyFixture(dir: string): string {
  const rows = [HEADER]
  for (let year = 2019; year <= 2024; year++) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}${String(month).padStart(2, '0')}`
      for (const code of Object.keys(CODES)) {
        let world = 0
        for (const s of SUPPLIERS) {
          const v = supplyValue(s, code, year, month)
          world += v
          rows.push(`${period},${M49[s]},${M49.RUS},X,${code},C00,0,0,${v},${Math.round(v / 50)}`)
        }
        if (year <= 2021) {
          for (const s of SUPPLIERS) rows.push(`${period},${M49.RUS},${M49[s]},M,${code},C00,0,0,${Math.round(supplyValue(s, code, year, month) * 1.06)},1`)
          rows.push(`${period},${M49.RUS},0,M,${code},C00,0,0,${Math.round(world * 1.06)},1`)
        }
      }
    }
  }
  return writeFixture(dir, 'supply-fixture.csv', rows.join('\n') + '\n')
}

const LISTS = new URL('../screening/fixtures/', import.meta.url).pathname

/**
 * Two versions of the UK list for diff tests: the fixture as published, and a later one where
 * Zala Aero lost its weak alias and a (made-up) entity was added.
 */
export function writeUkVersions(dir: string): { v1: string; v2: string } {
  const text = readFileSync(join(LISTS, 'uk-conlist.csv'), 'utf8')
  const lines = text.split(/\r?\n/).filter((l) => l && !/^ZALA,/.test(l))
  lines[0] = 'Last Updated,20/02/2025'
  lines.push('TEST DIFF ENTITY LLC,,,,,,,,,,,,,,,,,,,,Moscow,,,,,,Russia,,Entity,Primary name,,Russia,19/02/2025,19/02/2025,19/02/2025,99001')
  return { v1: join(LISTS, 'uk-conlist.csv'), v2: writeFixture(dir, 'uk-conlist-2025-02-20.csv', lines.join('\n') + '\n') }
}

export const EU_LIST = join(LISTS, 'eu-fsf.csv')
