import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { ingest } from '../ingest/ingest.js'
import { codesOverlap } from './overlap.js'
import { shares, type SharesQuery } from './shares.js'

// Tiny Comtrade+ files of Russia's imports (reporter 643): partners 156 China, 276 Germany, 0 World.
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'
const rows = (...lines: string[]) => [HEADER, ...lines.map((l) => l.replace(/^(\S+) (\S+) (\S+) (\S+)$/, '$1,643,$2,M,$3,C00,0,0,$4'))].join('\n') + '\n'
// Russian customs (HS10, monthly) lines: "CN 8457101000 30" is January 2021 imports from China.
const RU_HEADER = 'DIRECTION\tPERIOD\tCOUNTRY\tHS\tUM\tVALUE\tNETWEIGHT\tQUANTITY\tREGION\tREGION_S'
const ru = (...lines: string[]) => [RU_HEADER, ...lines.map((l) => `IMP\t01/2021\t${l.split(' ').join('\t').replace(/\t(\d+)$/, '\t796\t$1\t1\t1\t45000\tМосква')}`)].join('\n') + '\n'

let store: Store
let dir: string
beforeEach(async () => {
  store = await openStore(':memory:')
  dir = tempDir()
})
afterEach(() => store.close())

/** Loads files in order, a few ms apart so their load times differ. */
async function loadAll(files: [string, string][]) {
  for (const [name, text] of files) {
    await ingest(store, writeFixture(dir, name, text), { format: name.endsWith('.tsv') ? 'ru-customs' : 'comtrade' })
    await new Promise((r) => setTimeout(r, 5))
  }
}

const Q: SharesQuery = { importer: 'RUS', basket: 'total', by: 'year' }
const values = async (q: SharesQuery = Q) => {
  const r = await shares(store, q)
  return { by: Object.fromEntries(r.rows.map((x) => [`${x.period}:${x.partner}`, x.value])), r }
}
const named = (r: Awaited<ReturnType<typeof shares>>) => r.shadowed.map((s) => ({ ...s, dataset: file(r, s.dataset), by: file(r, s.by) }))
const file = (r: Awaited<ReturnType<typeof shares>>, id: string) => r.warnings.join(' ').match(new RegExp(`(\\S+) \\[${id}\\]`))?.[1] ?? id

describe('downloads combine per cell', () => {
  // Regression: one dataset was used per reporter, flow and year, so files split by partner answered from the last file only.
  test('files split by partner add up, in any order, with nothing shadowed', async () => {
    const chn = rows('2021 156 TOTAL 60')
    const deu = rows('2021 276 TOTAL 40')
    await loadAll([['chn.csv', chn], ['deu.csv', deu]])
    const { by, r } = await values()
    expect(by).toEqual({ '2021:CHN': 60, '2021:DEU': 40 })
    expect(r.shadowed).toEqual([])
    expect(r.datasets.map((d) => d.file).sort()).toEqual(['chn.csv', 'deu.csv'])
  })

  // Regression: files split by product (the Data Browser's way) answered from the last file only.
  test('files split by product add up; sibling codes such as 845710 and 845720 never overlap', async () => {
    await loadAll([['a.csv', rows('2021 156 845710 5', '2021 156 845811 7')], ['b.csv', rows('2021 156 845720 3', '2021 156 845891 2')]])
    const { by, r } = await values({ ...Q, basket: 'machine-tools' })
    expect(by).toEqual({ '2021:CHN': 17 })
    expect(r.shadowed).toEqual([])
  })

  test('a heading and a code under it overlap: the later load wins that cell, and says so', async () => {
    await loadAll([['heading.csv', rows('202101 156 8457 100', '202101 276 8457 50')], ['detail.tsv', ru('CN 8457101000 30', 'CN 8457109000 20')]])
    const { by, r } = await values({ ...Q, basket: 'machine-tools' })
    expect(by).toEqual({ '2021:CHN': 50, '2021:DEU': 50 })
    expect(named(r)).toEqual([{ dataset: 'heading.csv', by: 'detail.tsv', cells: 1 }])
    expect(r.warnings).toContainEqual(expect.stringMatching(/^1 cell of heading.csv \[\w+\] also held by the later load detail.tsv/))
  })

  test('only the cells two files share are taken from the later one (8457101000 and 8457109000 are apart)', async () => {
    await loadAll([['both.tsv', ru('CN 8457101000 30', 'CN 8457109000 20')], ['one.tsv', ru('CN 8457101000 33')]])
    const { by, r } = await values({ ...Q, basket: 'machine-tools' })
    expect(by).toEqual({ '2021:CHN': 53 })
    expect(named(r)).toEqual([{ dataset: 'both.tsv', by: 'one.tsv', cells: 1 }])
  })

  test.each([
    ['annual then monthly', ['annual.csv', 'monthly.csv'], 10],
    ['monthly then annual', ['monthly.csv', 'annual.csv'], 100],
  ])('an annual and a monthly file of one year overlap at year level (%s)', async (_, order, chn) => {
    const files: Record<string, string> = { 'annual.csv': rows('2021 156 TOTAL 100'), 'monthly.csv': rows('202103 156 TOTAL 4', '202104 156 TOTAL 6') }
    await loadAll(order.map((n) => [n, files[n]]))
    const { by, r } = await values()
    expect(by).toEqual({ '2021:CHN': chn })
    expect(named(r)).toEqual([{ dataset: order[0], by: order[1], cells: order[0] === 'annual.csv' ? 1 : 2 }])
  })

  test.each([
    [['heading.csv', 'detail.tsv'], 30],
    [['detail.tsv', 'heading.csv'], 100],
  ])('an annual heading and monthly codes under it overlap (%j)', async (order, chn) => {
    const files: Record<string, string> = { 'heading.csv': rows('2021 156 8457 100'), 'detail.tsv': ru('CN 8457101000 30') }
    await loadAll(order.map((n) => [n, files[n]]))
    const { by, r } = await values({ ...Q, basket: 'machine-tools' })
    expect(by).toEqual({ '2021:CHN': chn })
    expect(named(r)).toEqual([{ dataset: order[0], by: order[1], cells: 1 }])
  })

  test('months of two monthly files overlap only where both have them', async () => {
    await loadAll([['q1.csv', rows('202101 156 TOTAL 1', '202102 156 TOTAL 2')], ['feb-mar.csv', rows('202102 156 TOTAL 20', '202103 156 TOTAL 30')]])
    const { by, r } = await values()
    expect(by).toEqual({ '2021:CHN': 51 })
    expect(named(r)).toEqual([{ dataset: 'q1.csv', by: 'feb-mar.csv', cells: 1 }])
  })

  // Regression: a copy of a file with other bytes (rows reordered) was a new dataset and could be summed with the first.
  test('a byte-different copy of a file never counts twice', async () => {
    const lines = ['2021 156 TOTAL 60', '2021 276 TOTAL 40', '2021 0 TOTAL 100']
    await loadAll([['orig.csv', rows(...lines)], ['copy.csv', rows(...lines.reverse())]])
    const { by, r } = await values()
    expect(by).toEqual({ '2021:CHN': 60, '2021:DEU': 40 })
    expect(r.periods[0].total).toBe(100)
    expect(named(r)).toEqual([{ dataset: 'orig.csv', by: 'copy.csv', cells: 3 }])
    expect(r.datasets.map((d) => d.file)).toEqual(['copy.csv'])
  })
})

test('more copies than the one-pass form takes still count once (the general form)', async () => {
  const lines = ['2021 156 TOTAL 60', '2021 276 TOTAL 40']
  await loadAll(Array.from({ length: 10 }, (_, i) => [`copy${i}.csv`, rows(...lines) + '\n'.repeat(i)]))
  const { by, r } = await values()
  expect(by).toEqual({ '2021:CHN': 60, '2021:DEU': 40 })
  expect(r.datasets.map((d) => d.file)).toEqual(['copy9.csv'])
  expect(r.shadowed.map((s) => s.cells)).toEqual(Array(9).fill(2))
})

describe('codesOverlap', () => {
  test.each([
    [['8457'], ['84571010'], true],
    [['84571010'], ['8457'], true],
    [['84571010'], ['84571090'], false],
    [['845710'], ['845710'], true],
    [['TOTAL'], ['8457'], false],
    [['TOTAL'], ['TOTAL'], true],
  ])('%j and %j: %s', (a, b, expected) => expect(codesOverlap(a, b)).toBe(expected))
})
