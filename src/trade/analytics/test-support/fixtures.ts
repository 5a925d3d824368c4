import type { Store } from '../../../store/store.js'
import { sharedData, writeFixture } from '../../../test-support/files.js'
import { writeSupplyFixture } from '../../../test-support/supply.js'
import { ingest } from '../../ingest/ingest.js'
import { loadDiversionFixture } from '../diversion/fixtures.js'

// The files the conformance suite loads into every engine, each small enough to check by hand.
// A scenario's files go into one fresh database, in order, a few ms apart (load order decides
// which download wins a shared cell).

export type Format = 'comtrade' | 'eurostat' | 'ru-customs'
export interface FixtureFile {
  name: string
  format: Format
  text: string
}

const COMTRADE = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'
/** Comtrade+ lines "PERIOD REPORTER PARTNER FLOW HS VALUE" (M49 codes, flow M or X). */
export const comtrade = (...lines: string[]) => [COMTRADE, ...lines.map((l) => l.split(' ').join(',').replace(/^([^,]+,[^,]+,[^,]+,[^,]+,[^,]+),/, '$1,C00,0,0,'))].join('\n') + '\n'

const RU = 'DIRECTION\tPERIOD\tCOUNTRY\tHS\tUM\tVALUE\tNETWEIGHT\tQUANTITY\tREGION\tREGION_S'
/** Russian customs HS10 lines "COUNTRY HS10 VALUE": imports of January 2021. */
export const ruCustoms = (...lines: string[]) =>
  [RU, ...lines.map((l) => `IMP\t01/2021\t${l.split(' ').join('\t').replace(/\t(\d+)$/, '\t796\t$1\t1\t1\t45000\tМосква')}`)].join('\n') + '\n'

export const EU27_LABEL = 'European Union - 27 countries (from 2020)'
/** Comext relational-view lines "REPORTER|PARTNER|FLOW|PERIOD|VALUE" (EUR). */
export const comext = (...lines: string[]) =>
  ['REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR', ...lines.map((l) => {
    const [rep, par, flow, period, value] = l.split('|')
    return `"${rep}","${par}",TOTAL,${flow},Total,"${period}",${value}`
  })].join('\n') + '\n'

/**
 * Russia's machine-tool imports by month in 2023 (China, Germany, Turkey, the World row; the
 * heading 8456 beside two of its subheadings), and buyers' imports of Russian aluminium.
 */
export const MONTHLY = comtrade(
  ...['202310', '202311', '202312'].flatMap((p) => [`${p} 643 0 M 8456 100`, `${p} 643 156 M 8456 70`, `${p} 643 276 M 8456 20`, `${p} 643 792 M 8456 10`, `${p} 643 156 M 845611 60`, `${p} 643 156 M 845620 10`]),
  '202301 643 0 M 8456 100',
  '202301 643 156 M 8456 40',
  '202301 643 276 M 8456 60',
  '202301 156 643 M 7601 300',
  '202301 792 643 M 7601 100',
  '202301 97 643 M 7601 50'
)

/** Loads a scenario's files in order; `dir` is a fresh temp folder. */
export async function loadFiles(store: Store, dir: string, files: FixtureFile[]): Promise<void> {
  for (const f of files) {
    await ingest(store, writeFixture(dir, f.name, f.text), { format: f.format })
    await new Promise((r) => setTimeout(r, 5))
  }
}

export const loadSupply = (store: Store, dir: string) => ingest(store, writeSupplyFixture(dir), { format: 'comtrade' })
export const loadDiversion = (store: Store, dir: string) => loadDiversionFixture(store, dir, { products: true })

const REAL_DIR = 'eurostat-eu-exports-ru-neighbours'
/** The real Comext download of EU exports to Georgia and Uzbekistan, and Uzbekistan's own yearly imports. */
export const REAL = { eu: sharedData(`${REAL_DIR}/eurostat_exports_to_GE_UZ_2019_2024.csv`), uzb: sharedData(`${REAL_DIR}/national_uzbek_import_yearly.csv`) }

export async function loadReal(store: Store): Promise<void> {
  await ingest(store, REAL.uzb.path, { format: 'eurostat' })
  await new Promise((r) => setTimeout(r, 5))
  await ingest(store, REAL.eu.path, { format: 'eurostat' })
}
