import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { entries, ofacFiles, unXml } from '../../test-support/lists.js'
import { loadList } from '../lists/load.js'
import { loadUnXml } from './un.js'
import { loadOfacCsv } from './ofac.js'

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

// Regression: `lists load sdn_2022-02-23.csv sdn_2024-05-03.csv` made one version dated 2022-02-23
// holding the union of both (names delisted since 2022 screened as current), without a word.
test('two main files of one OFAC list in one load are refused, naming both', () => {
  const [older] = ofacFiles(entries([1, 2]), { name: 'sdn_2022-02-23.csv' })
  const [newer] = ofacFiles(entries([2, 3]), { name: 'sdn_2024-05-03.csv' })
  expect(() => loadOfacCsv([older, newer])).toThrow(
    'ofac-csv: sdn_2022-02-23.csv and sdn_2024-05-03.csv are both the main file of us_ofac_sdn: one load is one publication (sdn.csv with its add.csv, alt.csv, sdn_comments.csv); load each on its own'
  )
})

test('two UN list files in one load are refused, naming both', () => {
  const older = unXml(['INDIVIDUALS', 'ENTITIES'], '2025-01-02')
  const newer = unXml(['INDIVIDUALS', 'ENTITIES'], '2026-02-27')
  expect(() => loadUnXml([older, newer])).toThrow('un-xml: consolidated.xml and consolidated.xml in one load: the UN list is one file a publication; load each on its own')
})
