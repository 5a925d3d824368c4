import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { clickhouseCases, freshStore, noClickHouse } from '../../test-support/clickhouse.js'
import { openScreening } from '../index.js'
import { coverageGaps } from './coverage.js'
import { loadList } from './load.js'
import { listVersions, removeVersion, useVersion, versionEntities } from './versions.js'

// List versions and entities kept in ClickHouse (a single node and a two-shard cluster when
// reachable): loaded, listed, pinned, removed and screened against as on DuckDB.

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname

/** What `lists` shows of the versions, without the times of this run. */
const summary = async (store: Store) =>
  (await listVersions(store)).map(({ loaded_at: _l, pinned_at: _p, ...v }) => v)

async function loadAll(store: Store) {
  await loadList(store, [`${FIXTURES}/ofac-sdn.csv`], 'ofac-csv', { asOf: '2025-01-15' })
  await loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf')
  await loadList(store, [`${FIXTURES}/uk-conlist.csv`], 'uk-csv')
}

describe.skipIf(noClickHouse).each(clickhouseCases)('sanctions lists in clickhouse ($name)', ({ url: server }) => {
  let store: Store
  let url: string
  let drop: () => Promise<void>
  let duck: Store
  beforeAll(async () => {
    ;({ store, url, drop } = await freshStore(server, 'lists'))
    duck = await openStore(':memory:')
    await loadAll(store)
    await loadAll(duck)
  })
  afterAll(async () => {
    await duck?.close()
    await drop?.()
  })

  test('the versions and their entities are the ones DuckDB holds', async () => {
    expect(await summary(store)).toEqual(await summary(duck))
    // In the same order too (by id): a cluster hands rows over shard by shard.
    for (const v of await listVersions(store)) expect(await versionEntities(store, v.id)).toEqual(await versionEntities(duck, v.id))
  })

  // Regression: `lists coverage` (and `lists diff`) listed entities in the order the engine read
  // them, so the gaps shown, and which near-miss was best among ties, differed by engine.
  test('coverage of one list by another: the same gaps, in the same order, with the same near-misses', async () => {
    const gaps = async (s: Store) => {
      const version = async (source: string) => (await listVersions(s)).find((v) => v.source === source)!.id
      const [eu, uk, ofac] = await Promise.all(['eu_fsf', 'gb_hmt_sanctions', 'us_ofac_sdn'].map(version))
      const on = (id: string) => openScreening(s, { lists: [id] })
      return [
        ...coverageGaps(await versionEntities(s, eu), await on(uk), 0.7).gaps,
        ...coverageGaps(await versionEntities(s, uk), await on(ofac), 0.7).gaps,
      ]
    }
    const onDuckDb = await gaps(duck)
    expect(onDuckDb.length).toBeGreaterThan(0)
    expect(await gaps(store)).toEqual(onDuckDb)
  })

  test('loading the same files again is a no-op; a given --as-of corrects the stored date', async () => {
    const again = await loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf')
    expect(again.existed).toBe(true)
    const corrected = await loadList(store, [`${FIXTURES}/ofac-sdn.csv`], 'ofac-csv', { asOf: '2025-01-20' })
    expect(corrected.version.as_of).toBe('2025-01-20')
    expect((await listVersions(store)).filter((v) => v.source === 'us_ofac_sdn').map((v) => v.as_of)).toEqual(['2025-01-20'])
  })

  test('screening reads the entities from clickhouse: the same cards as on DuckDB', async () => {
    const onClickHouse = (await openScreening(store)).screen({ name: 'Vladimir Putin', schema: 'Person' })
    const onDuckDb = (await openScreening(duck)).screen({ name: 'Vladimir Putin', schema: 'Person' })
    const ids = (r: typeof onClickHouse) => r.cards.map((c) => [c.id, c.score])
    expect(ids(onClickHouse)).toEqual(ids(onDuckDb))
    expect(onClickHouse.cards[0].id).toBe('eu-fsf-7201+gb-hmt-14200+ofac-35096')
  })

  test('a pinned older version is current until removed; removing it takes its entities', async () => {
    const edited = `${FIXTURES}/uk-conlist.csv`
    const older = await loadList(store, [edited], 'uk-csv', { source: 'gb_hmt_test', asOf: '2024-12-01' })
    const newer = await loadList(store, [`${FIXTURES}/eu-fsf.csv`], 'eu-fsf', { source: 'gb_hmt_test', asOf: '2025-02-01', force: true })
    expect((await listVersions(store)).find((v) => v.current && v.source === 'gb_hmt_test')?.id).toBe(newer.version.id)
    await useVersion(store, older.version.id)
    expect((await listVersions(store)).filter((v) => v.source === 'gb_hmt_test').map((v) => [v.id, v.current, v.pinned_at !== null])).toEqual([
      [newer.version.id, false, false],
      [older.version.id, true, true],
    ])
    await removeVersion(store, older.version.id)
    expect((await listVersions(store)).find((v) => v.source === 'gb_hmt_test' && v.current)?.id).toBe(newer.version.id)
    expect(await versionEntities(store, older.version.id)).toEqual([])
    const other = await openStore(url)
    expect((await listVersions(other)).some((v) => v.id === older.version.id)).toBe(false)
    await other.close()
  })
})
