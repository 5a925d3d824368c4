import { describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { ingest } from '../ingest/ingest.js'
import { cachedShares } from './cache.js'

const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue'

describe('cachedShares', () => {
  test('answers again from memory until the store is written to, then sees the new data', async () => {
    const store = await openStore(':memory:')
    const dir = tempDir()
    await ingest(store, writeFixture(dir, 'a.csv', `${HEADER}\n2021,643,0,M,TOTAL,10\n2021,643,156,M,TOTAL,5\n`), { format: 'comtrade' })
    const q = { importer: 'RUS', basket: 'total', by: 'year' as const }
    const first = await cachedShares(store, q)
    expect(await cachedShares(store, { ...q })).toBe(first)
    expect(first.rows[0].share).toBe(0.5)
    await ingest(store, writeFixture(dir, 'b.csv', `${HEADER}\n2021,643,0,M,TOTAL,10\n2021,643,156,M,TOTAL,8\n`), { format: 'comtrade' })
    const after = await cachedShares(store, q)
    expect(after).not.toBe(first)
    expect(after.rows[0].share).toBe(0.8)
    await store.close()
  })

  test('a failed question is not remembered', async () => {
    const store = await openStore(':memory:')
    await expect(cachedShares(store, { importer: 'RUS', basket: 'nope', by: 'year' })).rejects.toThrow(/unknown basket/)
    await expect(cachedShares(store, { importer: 'RUS', basket: 'nope', by: 'year' })).rejects.toThrow(/unknown basket/)
    await store.close()
  })
})
