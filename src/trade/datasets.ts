import type { Store } from '../store/store.js'

export interface Dataset {
  id: string
  format: string
  file: string
  target: string
  rows: number
  rejected: number
  skipped: number
  period_from: string | null
  period_to: string | null
  grain: string
  currency: string
  hs_levels: string | null
  synthetic: boolean
  warnings: string[]
  loaded_at: string
}

/** Every loaded dataset, oldest first, with what it holds and how it loaded. */
export async function listDatasets(store: Store): Promise<Dataset[]> {
  const rows = await store.all<Omit<Dataset, 'warnings' | 'loaded_at'> & { warnings: string; loaded_at: unknown }>(
    `SELECT id, format, file, target, rows, rejected, skipped, period_from, period_to, grain, currency, hs_levels,
       synthetic, warnings, loaded_at FROM dataset ORDER BY loaded_at, id`
  )
  return rows.map((r) => ({ ...r, warnings: JSON.parse(r.warnings) as string[], loaded_at: toSecond(r.loaded_at) }))
}

/**
 * `2024-05-01 12:00:00` from a timestamp as either engine sends it: DuckDB a Date, ClickHouse the
 * text `2024-05-01 12:00:00.123456` (it has no timestamp type fine enough; see clickhouse-schema.ts).
 */
function toSecond(t: unknown): string {
  return (t instanceof Date ? t.toISOString().replace('T', ' ') : String(t)).slice(0, 19)
}
