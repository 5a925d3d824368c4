import { expect, test, vi } from 'vitest'
import { buildIndex } from './index/candidates.js'
import { packedBytes } from './index/shared.js'
import { loadUkCsv } from './loaders/uk.js'
import { BYTES_PER_EAGER_WORKER, createPool, eagerWorkers } from './pool.js'

const items = () => loadUkCsv([new URL('./fixtures/uk-conlist.csv', import.meta.url).pathname]).entities.map((entity) => ({ entity, version: 'v1' }))
const putin = { name: 'Vladimir Putin', schema: 'Person' }

test('pool: started before its index arrives, it answers once the index is handed over', async () => {
  const { packed } = buildIndex(items())
  let give!: (p: typeof packed) => void
  const pool = await createPool({ bytes: 1, packed: new Promise((ok) => (give = ok)) }, {}, 2)
  try {
    const answer = pool.screen([putin])
    setTimeout(() => give(packed), 50)
    const [a] = await answer
    expect(a.records[0]).toMatchObject({ card: 1, rank: 1, id: 'gb-hmt-14200', match: true })
    expect(a.records[0].explanation).toMatch(/^name_literal 1\.00: identical name|^name /)
  } finally {
    await pool.close()
  }
})

test('pool: a long batch starts every worker at once, before a chunk waits; a short one starts one', async () => {
  const { packed } = buildIndex(items())
  expect(eagerWorkers(0)).toBe(1)
  expect(eagerWorkers(BYTES_PER_EAGER_WORKER)).toBe(1)
  expect(eagerWorkers(BYTES_PER_EAGER_WORKER * 2 + 1)).toBe(3)
  for (const [eager, size, started] of [[5, 2, 2], [1, 2, 1]]) {
    // Sized for the index that comes (a larger one restarts them, with one worker).
    const pool = await createPool({ bytes: packedBytes(packed), packed: Promise.resolve(packed), eager }, {}, size)
    try {
      // No chunk asked for: the workers that opened the index are those started at once.
      await vi.waitFor(() => expect(pool.startMs).toHaveLength(started), { timeout: 20_000 })
      await new Promise((ok) => setTimeout(ok, 300))
      expect(pool.startMs).toHaveLength(started)
      const [a] = await pool.screen([putin])
      expect(a.records[0]).toMatchObject({ id: 'gb-hmt-14200', match: true })
    } finally {
      await pool.close()
    }
  }
})

test('pool: workers start as chunks wait for them, up to its size', async () => {
  const pool = await createPool(items(), {}, 2)
  try {
    await pool.screen([putin])
    // One chunk at a time: the first worker takes each.
    expect(pool.startMs).toHaveLength(1)
    await Promise.all([pool.screen([putin]), pool.screen([putin]), pool.screen([putin])])
    // Chunks waited: a second worker was started (the first may have answered them all meanwhile).
    await vi.waitFor(() => expect(pool.startMs).toHaveLength(2), { timeout: 20_000 })
    await Promise.all([pool.screen([putin]), pool.screen([putin]), pool.screen([putin])])
    expect(pool.startMs).toHaveLength(2)
  } finally {
    await pool.close()
  }
})

test('pool: an index that never comes fails the chunks waiting, and the pool closes', async () => {
  let fail!: (e: Error) => void
  const pool = await createPool({ bytes: 1, packed: new Promise((_, no) => (fail = no)) }, {}, 1)
  const answer = pool.screen([putin])
  fail(new Error('index file unreadable'))
  await expect(answer).rejects.toThrow('index file unreadable')
  await pool.close()
})
