import type { Store } from '../../store/store.js'

/**
 * Removes a dataset: first the row that lists it, so no figure reads it while its rows go (on
 * ClickHouse, which has no transactions, the statements land one by one), then its rows.
 */
export async function dropDataset(tx: Store, id: string): Promise<void> {
  await tx.run(`DELETE FROM dataset WHERE id = $id`, { id })
  for (const table of ['flow', 'shipment', 'coverage', 'hs_code']) await tx.run(`DELETE FROM ${table} WHERE dataset = $id`, { id })
}
