import { expect, test } from 'vitest'
import { shares } from './shares.js'
import { load, tempFile } from '../formats/test-support/load.js'

// Any format: a basket whose codes the loaded files only partly hold says which are missing.
const csv = `REPORTER,PARTNER,PRODUCT,FLOW,PERIOD,VALUE_IN_EUR
Germany,Georgia,85423190,EXPORT,2023,70
France,Georgia,854110,EXPORT,2023,30
`

test('a basket lists its codes no dataset used has rows for', async () => {
  const { store } = await load(tempFile('chips.csv', csv), { format: 'eurostat' })
  const micro = await shares(store, { importer: 'GEO', basis: 'mirror', basket: 'microelectronics', by: 'year' })
  expect(micro.warnings.filter((w) => w.startsWith('basket'))).toEqual([])
  const tier1 = await shares(store, { importer: 'GEO', basis: 'mirror', basket: 'chpl-tier-1', by: 'year' })
  expect(tier1.warnings).toContain('basket chpl-tier-1: no rows for 854232, 854233, 854239 in the datasets used')
  expect(tier1.periods.map((p) => p.total)).toEqual([70])
  await store.close()
})
