import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { maskPassword } from '../../store/clickhouse-connect.js'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { engines, freshStore } from '../../test-support/clickhouse.js'
import { tempDir } from '../../test-support/files.js'
import { SCENARIOS } from './test-support/scenarios.js'

// One suite for every engine: each scenario's files are loaded into a fresh database of the
// engine and every question is asked. The hand-checked figures must hold on any engine; on an
// engine other than DuckDB the whole answer must also equal DuckDB's, byte for byte as JSON
// (DuckDB is the reference: the embedded default, and the engine the figures were built on).
// ClickHouse servers: test-support/clickhouse.ts (CHOKEPOINT_TEST_CLICKHOUSE, or npm run ch:start).

/** The answer as JSON with its load times left out (they differ by the run, not by the engine). */
const canonical = (answer: unknown) => JSON.stringify(answer, (k, v) => (k === 'loaded_at' ? undefined : v))

const named = engines.map((location) => ({ location, name: location === ':memory:' ? 'duckdb' : maskPassword(location) }))

describe.each(named)('analytics on $name', ({ location }) => {
  describe.each(SCENARIOS)('$name', (scenario) => {
    let store: Store | undefined
    let drop: (() => Promise<void>) | undefined
    let reference: Store | undefined
    beforeAll(async () => {
      if (scenario.skip) return
      if (location === ':memory:') store = await openStore(location)
      else ({ store, drop } = await freshStore(location, 'conformance'))
      await scenario.load(store, tempDir())
      if (location === ':memory:') return
      reference = await openStore(':memory:')
      await scenario.load(reference, tempDir())
    })
    afterAll(async () => {
      await (drop ? drop() : store?.close())
      await reference?.close()
    })

    test.skipIf(!!scenario.skip).for(scenario.questions)('$name', async (question) => {
      const answer = await question.ask(store!)
      question.check(answer as never)
      if (reference) expect(canonical(answer)).toBe(canonical(await question.ask(reference)))
    })
  })
})
