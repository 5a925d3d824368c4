import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { shares } from '../analytics/shares.js'
import { fixture, load, loadError, tempFile } from './test-support/load.js'

const opts = { format: 'ru-customs' }
const HEADER = 'DIRECTION,PERIOD,COUNTRY,HS,UM,VALUE,NETWEIGHT,QUANTITY,REGION,REGION_S'
const ROW = 'IMP,01/2021,CN,8542310001,796,1500.5,2.5,1000,45000,Москва'

describe('ru-customs', () => {
  test('tab-separated: Latin and Cyrillic directions, leading zeros, regions summed', async () => {
    const { store, report } = await load(fixture('ru-customs.tsv'), opts)
    expect(report).toMatchObject({
      rows: 6,
      rejected: 0,
      unmapped: [],
      periodFrom: '2021-01',
      periodTo: '2021-02',
    })
    const rows = await store.all(
      `SELECT period, reporter, partner, flow, hs, value, net_kg, quantity, quantity_unit FROM flow ORDER BY period, flow, hs, value`
    )
    expect(rows).toEqual([
      {
        period: '2021-01',
        reporter: 'RUS',
        partner: 'DEU',
        flow: 'import',
        hs: '8457101000',
        value: 2000,
        net_kg: 3000,
        quantity: 1,
        quantity_unit: '796',
      },
      {
        period: '2021-01',
        reporter: 'RUS',
        partner: 'CHN',
        flow: 'import',
        hs: '8542310001',
        value: 500,
        net_kg: 1,
        quantity: 300,
        quantity_unit: '796',
      },
      {
        period: '2021-01',
        reporter: 'RUS',
        partner: 'CHN',
        flow: 'import',
        hs: '8542310001',
        value: 1500.5,
        net_kg: 2.5,
        quantity: 1000,
        quantity_unit: '796',
      },
      {
        period: '2021-02',
        reporter: 'RUS',
        partner: 'KAZ',
        flow: 'export',
        hs: '2709000000',
        value: 300,
        net_kg: 10000,
        quantity: null,
        quantity_unit: null,
      },
      {
        period: '2021-02',
        reporter: 'RUS',
        partner: 'CHN',
        flow: 'export',
        hs: '2710121000',
        value: 700,
        net_kg: 20000,
        quantity: null,
        quantity_unit: null,
      },
      {
        period: '2021-02',
        reporter: 'RUS',
        partner: 'CHN',
        flow: 'import',
        hs: '0101210000',
        value: 100,
        net_kg: 50,
        quantity: null,
        quantity_unit: null,
      },
    ])
    const r = await shares(store, { importer: 'RUS', basket: 'integrated-circuits', by: 'month' })
    expect(r.rows.map((x) => [x.period, x.partner, x.value, x.share])).toEqual([
      ['2021-01', 'CHN', 2000.5, 1],
    ])
  })

  test('semicolon-separated; an unknown alpha-2 code is reported with its count', async () => {
    const { report } = await load(fixture('ru-customs-semicolon.csv'), opts)
    expect(report).toMatchObject({
      rows: 2,
      unmapped: [{ column: 'partner', code: 'XX', rows: 1 }],
    })
  })

  test('comma-separated, lower-case header, HS codes of 2 to 10 digits (even lengths)', async () => {
    const rows = ['85', '8542', '854231', '85423100', '8542310001'].map((hs) =>
      ROW.replace('8542310001', hs)
    )
    const { store, report } = await load(
      tempFile('fcs.csv', `${HEADER.toLowerCase()}\n${rows.join('\n')}\n`),
      opts
    )
    expect(report).toMatchObject({ rows: 5, periodFrom: '2021-01' })
    const [{ levels }] = await store.all<{ levels: string }>(
      `SELECT hs_levels AS levels FROM dataset`
    )
    expect(levels).toBe('10,2,4,6,8')
  })
})

describe('ru-customs bad input', () => {
  const bad = (row: string) => tempFile('fcs.csv', `${HEADER}\n${ROW}\n${row}\n`)
  test.each([
    [
      'bad period',
      ROW.replace('01/2021', '13/2021'),
      /fcs\.csv:3: column PERIOD: bad value "13\/2021" \(expected a period/,
    ],
    [
      'annual period',
      ROW.replace('01/2021', '2021'),
      /fcs\.csv:3: column PERIOD: bad value "2021" \(expected a month such as 08\/2023\)/,
    ],
    [
      'bad HS code (lost leading zero)',
      ROW.replace('8542310001', '101210000'),
      /fcs\.csv:3: column HS: bad value "101210000" \(expected an HS code of 2, 4, 6, 8, 10 digits\)/,
    ],
    ['HS TOTAL', ROW.replace('8542310001', 'TOTAL'), /fcs\.csv:3: column HS: bad value "TOTAL"/],
    [
      'negative value',
      ROW.replace('1500.5', '-1'),
      /fcs\.csv:3: column VALUE: bad value "-1" \(expected a finite number >= 0\)/,
    ],
    [
      'non-numeric value',
      ROW.replace('1500.5', 'n/a'),
      /fcs\.csv:3: column VALUE: bad value "n\/a" \(expected a finite number >= 0\)/,
    ],
    [
      'decimal comma',
      ROW.replace('1500.5', '"1500,5"'),
      /fcs\.csv:3: column VALUE: bad value "1500,5" \(expected a finite number >= 0\)/,
    ],
    // Regression: a row with a field too many was taken by DuckDB's sniffer for the header.
    [
      'unquoted decimal comma (a field too many)',
      ROW.replace('1500.5', '1500,5'),
      /fcs\.csv:3: malformed CSV row: Expected Number of Columns: 10 Found: 11/,
    ],
    [
      'bad direction',
      ROW.replace('IMP', 'TRANSIT'),
      /fcs\.csv:3: column DIRECTION: bad value "TRANSIT" \(expected one of IMP, ИМ, EXP, ЭК\)/,
    ],
    [
      'country not alpha-2',
      ROW.replace(',CN,', ',CHN,'),
      /fcs\.csv:3: column COUNTRY: bad value "CHN" \(expected an ISO alpha-2 country code\)/,
    ],
  ])('%s', async (_, row, message) => {
    expect(await loadError(bad(row), opts)).toMatch(message)
  })

  test('missing column', async () => {
    const text = readFileSync(fixture('ru-customs.tsv'), 'utf8').replace('\tVALUE\t', '\tPRICE\t')
    expect(await loadError(tempFile('fcs.tsv', text), opts)).toMatch(
      /fcs\.tsv: missing column VALUE or STOIM/
    )
  })
})
