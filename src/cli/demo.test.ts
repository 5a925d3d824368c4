import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import { literal } from '../store/sql.js'
import type { Store } from '../store/store.js'
import { tempDir } from '../test-support/files.js'
import { generateComtrade } from '../trade/generate/comtrade.js'
import { GROUPS, METALS } from '../trade/generate/model.js'
import { DEMO_ROWS } from './demo.js'

let store: Store
beforeAll(async () => (store = await openStore(':memory:')))
afterAll(() => store.close())

// Regression: npm start generated and loaded 1.4M rows, 400k of them valueless filler goods, on the way to serving.
test('the demo file is the whole calibrated model and nothing else', async () => {
  const file = join(tempDir(), 'demo.csv')
  await generateComtrade(store, { rows: DEMO_ROWS + 100, out: file, seed: 2024 })
  const codes = [...GROUPS.flatMap((g) => g.codes), ...METALS.codes, 'TOTAL'].map(literal).join(', ')
  const [r] = await store.all<{ inside: number; after: number; last: string }>(
    `SELECT count(*) FILTER (WHERE cmdCode IN (${codes})) AS inside, count(*) FILTER (WHERE cmdCode NOT IN (${codes})) AS after,
       max(period) FILTER (WHERE cmdCode IN (${codes})) AS last
     FROM read_csv(${literal(file)}, all_varchar = true)`
  )
  // The model ends exactly at DEMO_ROWS: the 100 rows after it are filler goods.
  expect(r).toEqual({ inside: DEMO_ROWS, after: 100, last: '202412' })
}, 120_000)
