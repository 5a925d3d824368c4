import { readFile } from 'node:fs/promises'
import { badInput } from '../errors.js'
import { writeWhole } from './write-whole.js'
import { assessShipments, type RiskReport } from '../risk/assess.js'
import { loadCorridors } from '../risk/factors/corridor.js'
import { quarantineCsv } from '../risk/report.js'
import { poolScreener } from '../risk/screeners.js'
import { readShipmentsCsv } from '../risk/shipments.js'
import { loadWeights } from '../risk/weights.js'
import { loadPackedIndex } from '../screening/index/load.js'
import { createPool } from '../screening/pool.js'
import type { Store } from '../store/store.js'

// `risk SHIPMENTS.csv`: the file, the weights file and the store are read here, at the edge; the
// risk code gets records, weights, a party screener and the corridors.

export interface RiskFlags {
  weights?: string
  quarantine?: string
  workers?: number
  /** The screening index's file beside the database (config.indexFile), read when it fits. */
  indexFile?: string
}

/** Scores a shipments file; with `quarantine`, writes the bad rows there (whole, or not at all). */
export async function riskFile(
  store: Store,
  file: string,
  { weights: wfile, quarantine, workers, indexFile }: RiskFlags
): Promise<RiskReport & { seconds: number }> {
  const weights = loadWeights(wfile)
  const text = await readFile(file, 'utf8').catch(() => {
    throw badInput(`no such file: ${file}`)
  })
  const t0 = performance.now()
  const { header, columns, records, synthetic } = readShipmentsCsv(text, file)
  const { packed, versions, origin } = await loadPackedIndex(store, { file: indexFile })
  for (const w of origin.warnings) process.stderr.write(`warning: ${w}\n`)
  const pool = versions.length
    ? await createPool(packed, { cutoff: weights.settings.party_candidate_score, limit: 1 }, workers)
    : undefined
  try {
    const report = await assessShipments(records, columns, {
      weights,
      synthetic,
      screener: pool && poolScreener(pool, versions),
      corridors: await loadCorridors(store, weights),
      quarantine: !!quarantine,
      where: (line) => `${file}:${line}`,
      hint: '--quarantine BAD.csv',
    })
    if (quarantine) await writeWhole(quarantine, quarantineCsv(header, report.rejected))
    return { ...report, seconds: Math.round((performance.now() - t0) / 10) / 100 }
  } finally {
    await pool?.close()
  }
}
