import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openScreening } from '../screening/index.js'
import { loadList } from '../screening/lists/load.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { tempDir } from '../test-support/files.js'
import { ofacFiles } from '../test-support/lists.js'
import { LISTED } from '../trade/generate/shipment-parties.js'
import { generateShipments, PLANTED_KINDS } from '../trade/generate/shipments.js'
import { describeFigures, plantedFigures } from './evaluate.js'
import { indexScreener } from './screeners.js'
import { assess, WEIGHTS } from './test-support/shipments.js'

// The generator plants risky shipments of each kind among clean ones (seed 2024); the scorer
// must find them without knowing which. The figures are printed (the same as `npm run
// bench:risk` gives on 100,000 rows) and held to floors, not to exact values.
describe('planted risky shipments among 20,000 generated ones', () => {
  let store: Store
  const dir = tempDir()
  beforeAll(async () => {
    store = await openStore(':memory:')
    // The generator's listed parties as OFAC writes them (sdn.csv 2024-05-03).
    await loadList(
      store,
      ofacFiles(LISTED.map(([, listed, num]) => [num, listed, ''])),
      'ofac-csv',
      { asOf: '2024-05-03' }
    )
  })
  afterAll(() => store.close())

  test('recall of the planted ones and false positives on the clean ones', async () => {
    const file = join(dir, 'shipments.csv')
    const truthFile = join(dir, 'truth.csv')
    await generateShipments(store, { rows: 20_000, out: file, seed: 2024, truth: truthFile })
    const truth = new Map(
      readFileSync(truthFile, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',') as [string, string])
    )
    const report = await assess(readFileSync(file, 'utf8'), {
      screener: indexScreener(await openScreening(store), { cutoff: 0.6 }),
    })
    const f = plantedFigures(report.rows, truth)
    console.log(describeFigures(f, WEIGHTS.review_at).join('\n'))
    expect(Object.keys(f.kinds).sort()).toEqual([...PLANTED_KINDS].sort())
    for (const [kind, c] of Object.entries(f.kinds))
      expect(c.flagged / c.planted, kind).toBeGreaterThanOrEqual(0.95)
    expect(f.false_positive_rate).toBeLessThan(0.05)
    // A listed party outranks every other kind of reason.
    expect(f.kinds.listed_party.top_k).toBe(f.kinds.listed_party.planted)
  }, 60_000)
})
