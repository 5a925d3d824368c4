import { expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { tempFile } from '../formats/test-support/load.js'
import { ingest } from '../ingest/ingest.js'
import { shares } from './shares.js'

// Regression: shares --json on one database differed between runs: a total's last digit moved
// with the order DuckDB's threads added the rows in. Floating-point addition is not associative,
// so the same rows in another order must give the same bits: here the order is forced by the file.
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n'
// China's CHPL imports spread over five codes: one huge line and four small ones (in a currency
// of large units, and in dollars: the two widths of exact sum).
const CODES = ['854231', '854232', '854233', '854239', '851762']
const rowsOf = (big: string, small: string) => CODES.map((hs, i) => [hs, i === 0 ? big : small])

async function answer(rows: string[][]): Promise<string> {
  const file = tempFile('order.csv', HEADER + rows.map(([hs, v]) => `2023,643,156,M,${hs},${v}\n`).join(''))
  const store = await openStore(':memory:')
  try {
    await ingest(store, file, { format: 'comtrade' })
    const r = await shares(store, { importer: 'RUS', basket: 'chpl', by: 'year' })
    const { datasets: _d, ...rest } = r
    return JSON.stringify(rest)
  } finally {
    await store.close()
  }
}

test.each([
  ['1e16', '1', 1e16 + 4],
  ['1e13', '0.001', 1e13 + 0.004],
])('the same rows in any order give byte-identical shares (%s and %s)', async (big, small, sum) => {
  const rows = rowsOf(big, small)
  const forward = await answer(rows)
  expect(await answer([...rows].reverse())).toBe(forward)
  expect(JSON.parse(forward).rows[0].value).toBe(sum)
})
