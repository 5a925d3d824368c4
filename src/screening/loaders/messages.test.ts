import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { unXml } from '../../test-support/lists.js'
import { loadList } from '../lists/load.js'
import { loadUnXml } from './un.js'

// Regression: `lists load` of a missing file printed a Node stack trace (exit 2) where ingest says "no such file".
test('a missing list file is named, as ingest names one', async () => {
  const store = await openStore(':memory:')
  await expect(loadList(store, ['/no/such/sdn.csv'], 'ofac-csv')).rejects.toThrow('no such file: /no/such/sdn.csv')
  await store.close()
})

// Regression: a truncated UN XML was reported at line 1 with the parser's internals.
test('a UN list cut short says so, at its last line, with the open elements', () => {
  const file = unXml(['INDIVIDUALS', 'ENTITIES'])
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.slice(0, text.indexOf('<SECOND_NAME>')) + '\n\n')
  expect(() => loadUnXml([file])).toThrow(/^consolidated\.xml:3: the xml ends with 3 elements still open \(CONSOLIDATED_LIST > INDIVIDUALS > INDIVIDUAL\): the file looks cut short$/)
})
