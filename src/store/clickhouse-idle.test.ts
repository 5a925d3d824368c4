import { describe, expect, test } from 'vitest'
import { clickhouseCases, noClickHouse } from '../test-support/clickhouse.js'

// A statement the server works on without sending anything (18.16 sends no progress during an
// INSERT ... SELECT) outlasts the client's idle limit: the error names the server and says the
// statement may still run there, rather than the client's bare "Timeout error.". The limit is
// set low for this file (its own module context) before the store is loaded.
process.env.CHOKEPOINT_CLICKHOUSE_IDLE_MS = '1000'

describe.skipIf(noClickHouse)('a clickhouse server silent past the idle limit', () => {
  test('is an error naming the server and the limit', async () => {
    const { openStore } = await import('./open.js')
    const { freshUrl } = await import('../test-support/clickhouse.js')
    const location = freshUrl(clickhouseCases[0].url, 'idle')
    const store = await openStore(location)
    try {
      // sleep(3): three seconds of silence (ClickHouse caps one sleep at 3 s).
      await expect(store.all('SELECT sleep(3) AS s')).rejects.toThrow(
        /^clickhouse at 127\.0\.0\.1:\d+ \(clickhouse:\/\/127\.0\.0\.1:\d+\/cp_idle_\w+.*\) sent nothing for 1 s: the request was given up \(the statement may still run on the server; see system\.processes\)$/
      )
    } finally {
      const { ClickHouseStore } = await import('./clickhouse.js')
      if (store instanceof ClickHouseStore) await store.dropDatabase()
      await store.close()
    }
  })
})
