import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ownedDir, removeStale } from '../../scratch.js'
import { copyTable } from '../../store/copy.js'
import { openStore } from '../../store/open.js'
import type { Param, Store } from '../../store/store.js'
import { dropDataset } from './drop.js'
import { insertRows } from './places.js'

/** Scratch folders of ingests into ClickHouse, named after their process (../../scratch.ts). */
const SCRATCH = 'chokepoint-ingest-'

/** Per-dataset tables, in the order they are published (flow or shipment rows first). */
const ROWS_TABLES = ['flow', 'shipment', 'coverage', 'hs_code']

/** A dataset as a scratch load left it: its row (minus loaded_at) and its target table. */
type DatasetRow = Record<string, Param> & { id: string; target: string }

/**
 * Loads a file into a store that is not DuckDB (ClickHouse) by way of a scratch DuckDB database:
 * `load` runs the one load pipeline there (read, checks, rejects, places, summaries), then the
 * dataset is published: its rows, coverage and codes first, under its id, where no figure reads
 * them (figures read only listed datasets); then its places; last the one `dataset` row that
 * lists it. A process killed before that row leaves no dataset behind, only unlisted rows the
 * next load of the same file removes before writing. `replaced` datasets are unlisted after the
 * new one is listed and their rows dropped (between the two, both are listed: where they share a
 * cell the later load wins, as for any two loads).
 */
export async function throughScratch<R extends { dataset: string }>(
  target: Store,
  load: (scratch: Store) => Promise<R>,
  { replaced, replace = false, onProgress }: { replaced: string[]; replace?: boolean; onProgress?: (f: number) => void }
): Promise<R | { unchanged: { id: string; rows: number } }> {
  // A scratch database left by an ingest that was killed holds a copy of its data: removed here.
  await removeStale(SCRATCH)
  const dir = await ownedDir(SCRATCH)
  try {
    const scratch = await openStore(join(dir, 'scratch.duckdb'))
    try {
      const report = await load(scratch)
      const id = report.dataset
      const [row] = await scratch.all<DatasetRow>(`SELECT * EXCLUDE (loaded_at) FROM dataset WHERE id = $id`, { id })
      // Another process may have published the same bytes meanwhile.
      const [listed] = await target.all<{ rows: number }>(`SELECT rows FROM dataset WHERE id = $id`, { id })
      if (listed && !replace) return { unchanged: { id, rows: listed.rows } }
      await publish(scratch, target, row, replaced.filter((r) => r !== id), onProgress)
      return report
    } finally {
      await scratch.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function publish(scratch: Store, target: Store, row: DatasetRow, replaced: string[], onProgress?: (f: number) => void): Promise<void> {
  const tables = ROWS_TABLES.filter((t) => t !== (row.target === 'flow' ? 'shipment' : 'flow'))
  await dropDataset(target, row.id)
  for (const [i, table] of tables.entries()) {
    const timer = onProgress && i === 0 ? setInterval(() => target.progress() >= 0 && onProgress(target.progress()), 250) : undefined
    try {
      await copyTable(scratch, target, table)
    } finally {
      clearInterval(timer)
    }
  }
  const places = await scratch.all<{ code: string; name: string; kind: string }>(`SELECT code, name, kind FROM place`)
  await insertRows(target, 'place', 3, places.flatMap((p) => [p.code, p.name, p.kind]))
  const columns = Object.keys(row)
  await target.run(
    `INSERT INTO dataset (${columns.join(', ')}, loaded_at) VALUES (${columns.map((c) => `$${c}`).join(', ')}, $loaded_at)`,
    { ...row, loaded_at: timestampText(new Date()) }
  )
  for (const old of replaced) await dropDataset(target, old)
  onProgress?.(1)
}

/**
 * A time as DuckDB writes a TIMESTAMP as text, `2024-05-01 12:00:00.123000` (UTC): how ClickHouse
 * keeps dataset.loaded_at, so analytics read and order it alike on both engines.
 */
export function timestampText(t: Date): string {
  const iso = t.toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`
}
