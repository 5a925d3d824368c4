import { AppError } from '../errors.js'
import type { Store } from './store.js'

/**
 * The tables of DESIGN.md's data model. `coverage` records, per dataset, which reporter,
 * partner, flow and year it holds (and which months, as bits: January = 1), so analytics can tell
 * from metadata alone whether two downloads may hold the same cell (see analytics/combine.ts); `hs_code` lists each dataset's distinct HS codes, so a
 * basket code is read at the level the file has it. `place` names every code a dataset used.
 */
export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS dataset (
    id VARCHAR PRIMARY KEY, format VARCHAR NOT NULL, file VARCHAR NOT NULL, target VARCHAR NOT NULL,
    rows BIGINT NOT NULL, rejected BIGINT NOT NULL, skipped BIGINT NOT NULL,
    period_from VARCHAR, period_to VARCHAR, grain VARCHAR, currency VARCHAR, hs_levels VARCHAR,
    synthetic BOOLEAN NOT NULL, warnings VARCHAR NOT NULL, loaded_at TIMESTAMP NOT NULL, max_value DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS flow (
    dataset VARCHAR NOT NULL, period VARCHAR NOT NULL, year SMALLINT NOT NULL, month TINYINT,
    reporter VARCHAR NOT NULL, partner VARCHAR NOT NULL, partner_aggregate BOOLEAN NOT NULL,
    flow VARCHAR NOT NULL, hs VARCHAR NOT NULL, value DOUBLE NOT NULL, currency VARCHAR NOT NULL,
    net_kg DOUBLE, quantity DOUBLE, quantity_unit VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS shipment (
    dataset VARCHAR NOT NULL, date DATE NOT NULL, declaration_id VARCHAR, hs VARCHAR NOT NULL,
    description VARCHAR, shipper_name VARCHAR, shipper_country VARCHAR, consignee_name VARCHAR,
    consignee_country VARCHAR, origin_country VARCHAR, dispatch_country VARCHAR,
    value DOUBLE NOT NULL, currency VARCHAR NOT NULL, net_kg DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS hs_code (dataset VARCHAR NOT NULL, hs VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS coverage (
    dataset VARCHAR NOT NULL, reporter VARCHAR NOT NULL, partner VARCHAR NOT NULL, flow VARCHAR NOT NULL,
    year SMALLINT NOT NULL, month_mask INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS place (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL)`,
  // Sanctions lists: one row per load (a list version), its entities as FtM JSON so the
  // screening index can be rebuilt from the store alone. `as_of_basis` says how the date was
  // decided (given, from the file, inferred from entries), `parts` which files or sections the
  // load held, `datasets` the publishers' dataset names in it, `pinned_at` when `lists use` chose it.
  `CREATE TABLE IF NOT EXISTS list_version (
    id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, format VARCHAR NOT NULL, files VARCHAR NOT NULL,
    as_of VARCHAR NOT NULL, as_of_basis VARCHAR NOT NULL, parts VARCHAR NOT NULL, datasets VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL, entities BIGINT NOT NULL, matchable BIGINT NOT NULL,
    warnings VARCHAR NOT NULL, loaded_at TIMESTAMP NOT NULL, pinned_at TIMESTAMP)`,
  `CREATE TABLE IF NOT EXISTS list_entity (
    version VARCHAR NOT NULL, id VARCHAR NOT NULL, schema VARCHAR NOT NULL, caption VARCHAR NOT NULL,
    data VARCHAR NOT NULL)`,
]

const TABLES = [...SCHEMA.map((sql) => /CREATE TABLE IF NOT EXISTS (\w+)/.exec(sql)![1]), 'meta']

/** Bump when a table of SCHEMA changes shape: older databases are then refused by name. */
export const SCHEMA_VERSION = 7

/**
 * Creates the tables when missing. A database written under another schema version is refused
 * with a message, rather than failing later on a missing column.
 */
export async function migrate(store: Store, location = 'database'): Promise<void> {
  const tables = await store.all<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'`)
  const names = new Set(tables.map((t) => t.name))
  if (names.has('dataset')) {
    const found = names.has('meta')
      ? (await store.all<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`))[0]?.value
      : undefined
    if (found !== String(SCHEMA_VERSION)) throw new StaleSchema(location, found)
    // Up to date: nothing to create and nothing written, so a command that only reads leaves
    // the file (and its write-ahead log) as it found it, and closes without a checkpoint.
    if (TABLES.every((t) => names.has(t))) return
  }
  for (const sql of SCHEMA) await store.run(sql)
  await store.run(`CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`)
  await store.run(`INSERT OR REPLACE INTO meta VALUES ('schema_version', $v)`, { v: String(SCHEMA_VERSION) })
}

export class StaleSchema extends AppError {
  constructor(location: string, found: string | undefined) {
    super(409, `${location} was written by another version of chokepoint (schema ${found ?? 'before 3'}, this one reads ${SCHEMA_VERSION}): load the data into a new database`)
  }
}
