import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { loadList } from '../screening/lists/load.js'
import { openStore } from '../store/open.js'
import { StaleSchema } from '../store/schema.js'
import type { Store } from '../store/store.js'
import { generateComtrade } from '../trade/generate/comtrade.js'
import { generateShipments } from '../trade/generate/shipments.js'
import { ingest } from '../trade/ingest/ingest.js'

/**
 * Rows of the demo's Comtrade+ file: the calibrated model (every group, reporter and month of
 * 2019-2024, with breakdown rows) and no filler goods. Filler rows carry no value and only give
 * benchmark files volume; leaving them out makes `npm start` about a quarter faster.
 * serve.test.ts checks that this is the whole model: fewer rows would cut off the last months.
 */
export const DEMO_ROWS = 1_014_648

/**
 * The demo database is the tool's own derived data: when an older chokepoint wrote it, it is
 * rebuilt rather than refused (a user's own database is never deleted: openStore refuses it).
 */
export async function dropStaleDemo(path: string): Promise<void> {
  if (!existsSync(path)) return
  try {
    await (await openStore(path)).close()
  } catch (err) {
    if (!(err instanceof StaleSchema)) return
    process.stderr.write(`demo: ${path} was built by an older chokepoint; rebuilding it\n`)
    rmSync(path, { force: true })
    rmSync(`${path}.wal`, { force: true })
  }
}

/**
 * Generates and loads the demo data once; a database that already has it is reused. The lists
 * (JS parsing) load while DuckDB generates and ingests the trade data (its own threads).
 */
export async function buildDemo(store: Store, dir: string, { rows = DEMO_ROWS } = {}): Promise<void> {
  const [{ n }] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM dataset WHERE synthetic`)
  await Promise.all([loadDemoLists(store), n > 0 ? undefined : buildDemoTrade(store, dir, rows)])
}

async function buildDemoTrade(store: Store, dir: string, rows: number): Promise<void> {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  const comtrade = join(dir, 'demo-comtrade.csv')
  const shipments = join(dir, 'demo-shipments.csv')
  await generateComtrade(store, { rows, out: comtrade, seed: 2024 })
  await ingest(store, comtrade, { format: 'comtrade', synthetic: true })
  await generateShipments(store, { rows: 20_000, out: shipments, seed: 2024 })
  await ingest(store, shipments, { format: 'shipments', synthetic: true })
}

// Lists for the demo's screening page: the small EU and UK samples (a few real designations typed
// into the published layouts for the tests, flagged as samples wherever lists are shown) always,
// and two OFAC SDN versions (before and after the 2022 invasion, for the diff) when
// ../shared/data has them.
const FIXTURES = new URL('../../src/screening/fixtures/', import.meta.url).pathname
const SDN = new URL('../../../shared/data/ofac-sdn-2024-05/', import.meta.url).pathname

async function loadDemoLists(store: Store): Promise<void> {
  const [{ n }] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM list_version`)
  if (n > 0) return
  const sample = ['sample: a few entries typed into the published layout for tests, not the full list']
  await loadList(store, [join(FIXTURES, 'eu-fsf.csv')], 'eu-fsf', { notes: sample })
  await loadList(store, [join(FIXTURES, 'uk-conlist.csv')], 'uk-csv', { notes: sample })
  for (const [file, asOf] of [['sdn_2022-02-23.csv', '2022-02-23'], ['sdn_2024-05-03.csv', '2024-05-03']]) {
    if (existsSync(join(SDN, file))) await loadList(store, [join(SDN, file)], 'ofac-csv', { asOf })
  }
}
