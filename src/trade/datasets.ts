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
  const rows = await store.all<Omit<Dataset, 'warnings'> & { warnings: string }>(
    `SELECT id, format, file, target, rows, rejected, skipped, period_from, period_to, grain, currency, hs_levels,
       synthetic, warnings, strftime(loaded_at, '%Y-%m-%d %H:%M:%S') AS loaded_at FROM dataset ORDER BY loaded_at`
  )
  return rows.map((r) => ({ ...r, warnings: JSON.parse(r.warnings) as string[] }))
}
