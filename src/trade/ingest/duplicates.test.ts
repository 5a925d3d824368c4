import { describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { shares } from '../analytics/shares.js'
import { tempFile } from '../formats/test-support/load.js'
import { ingest } from './ingest.js'

const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n'
const ROWS = ['2023,643,156,M,TOTAL,70\n', '2023,643,276,M,TOTAL,20\n', '2023,643,792,M,TOTAL,10\n']

async function load(text: string) {
  const store = await openStore(':memory:')
  const report = await ingest(store, tempFile('dups.csv', text), { format: 'comtrade' })
  const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
  await store.close()
  return { report, rows: r.rows.map((x) => [x.partner, x.value, x.share]) }
}

describe('exact duplicate rows', () => {
  // Regression: a line repeated in a file was summed silently (China's share rose with each copy).
  test('are loaded once, counted and reported', async () => {
    const once = await load(HEADER + ROWS.join(''))
    const twice = await load(HEADER + ROWS.join('') + ROWS[0] + ROWS[0])
    expect(twice.rows).toEqual(once.rows)
    expect(twice.report).toMatchObject({ rows: 3, duplicates: 2 })
    expect(twice.report.warnings).toContain('2 exact duplicate rows (every field read equal) loaded once, not summed')
    expect(once.report.duplicates).toBe(0)
  })
  test('a whole download concatenated twice counts once', async () => {
    const doubled = await load(HEADER + ROWS.join('') + ROWS.join(''))
    expect(doubled.report.duplicates).toBe(3)
    expect(doubled.rows).toEqual((await load(HEADER + ROWS.join(''))).rows)
  })
  test('rows that differ in a field read are all kept; spelling alone (70 and 70.0) does not count', async () => {
    expect((await load(HEADER + ROWS.join('') + '2023,643,156,M,TOTAL,71\n')).report).toMatchObject({ rows: 4, duplicates: 0 })
    expect((await load(HEADER + ROWS.join('') + '2023,643,156,M,TOTAL,70.0\n')).report).toMatchObject({ rows: 3, duplicates: 1 })
  })
})

// Regression: a country's name came from the last file loaded, so loading a Comtrade file renamed
// Taiwan "Taiwan (Other Asia, nes)" in figures that did not use that file.
test('countries are named by the project, whatever the file calls them', async () => {
  const { rows } = await load(HEADER + '2023,643,490,M,TOTAL,5\n' + ROWS.join(''))
  expect(rows.find(([p]) => p === 'TWN')).toBeDefined()
  const store = await openStore(':memory:')
  await ingest(store, tempFile('twn.csv', HEADER + '2023,643,490,M,TOTAL,5\n'), { format: 'comtrade' })
  const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
  expect(r.rows[0]).toMatchObject({ partner: 'TWN', partner_name: 'Taiwan' })
  await store.close()
})
