import type { Store } from '../../store/store.js'

/** HS codes (up to 6 digits: national digits beyond are not in the HS) missing from the nomenclature. */
export async function unknownCodes(tx: Store, target: string, id: string, known: Set<string>): Promise<string[]> {
  const rows = await tx.all<{ hs: string; n: number }>(
    `SELECT left(hs, 6) AS hs, count(*) AS n FROM ${target === 'flow' ? 'flow' : 'shipment'} WHERE dataset = $id AND hs <> 'TOTAL' GROUP BY 1`,
    { id }
  )
  const unknown = rows.filter((r) => !known.has(r.hs))
  if (!unknown.length) return []
  const n = unknown.reduce((s, r) => s + r.n, 0)
  const sample = unknown.slice(0, 5).map((r) => r.hs).join(', ')
  return [`${unknown.length} HS codes in ${n} rows are not in the HS2022 nomenclature (kept): ${sample}${unknown.length > 5 ? ', ...' : ''}`]
}

/** Reports the running statement's progress every 250 ms while `fn` runs. */
export async function withProgress<T>(store: Store, onProgress: ((f: number) => void) | undefined, fn: () => Promise<T>): Promise<T> {
  if (!onProgress) return fn()
  const timer = setInterval(() => {
    const p = store.progress()
    if (p >= 0) onProgress(p)
  }, 250)
  try {
    return await fn()
  } finally {
    clearInterval(timer)
    onProgress(1)
  }
}
