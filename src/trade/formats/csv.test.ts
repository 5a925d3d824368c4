import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { shares } from '../analytics/shares.js'
import { fixture, load, loadError, tempFile } from './test-support/load.js'

const MAP = JSON.parse(readFileSync(fixture('csv-national.map.json'), 'utf8'))
const text = readFileSync(fixture('csv-national.csv'), 'utf8')
const withMap = (map: unknown) => ({
  format: 'csv',
  map: tempFile('map.json', JSON.stringify(map)),
})

describe('csv with a mapping', () => {
  test('maps columns, constants, flow values and the value scale', async () => {
    const { store, report } = await load(fixture('csv-national.csv'), {
      format: 'csv',
      map: fixture('csv-national.map.json'),
    })
    expect(report).toMatchObject({
      rows: 8,
      rejected: 0,
      unmapped: [],
      periodFrom: '2022',
      periodTo: '2023',
    })
    const r = await shares(store, { importer: 'KGZ', basket: 'total', by: 'year' })
    expect(r.periods.map((p) => [p.period, p.total, p.denominator])).toEqual([
      ['2022', 2_500_000, 'world row'],
      ['2023', 1_600_000, 'world row'],
    ])
    expect(r.rows.filter((x) => x.period === '2022').map((x) => [x.partner, x.value])).toEqual([
      ['RUS', 1_200_500],
      ['CHN', 800_000],
      ['X899', 499_500],
    ])
    const [ic] = await store.all(`SELECT hs, value, net_kg, currency FROM flow WHERE hs = '8542'`)
    expect(ic).toEqual({ hs: '8542', value: 40_000, net_kg: 12, currency: 'USD' })
    const [exp] = await store.all(`SELECT reporter, partner, flow FROM flow WHERE flow = 'export'`)
    expect(exp).toEqual({ reporter: 'KGZ', partner: 'RUS', flow: 'export' })
  })

  test('constants and column names are quoted, never spliced into SQL', async () => {
    const file = tempFile('odd.csv', `Per"iod,Partner';--,Value\n2023,CHN,5\n`)
    const map = {
      columns: { period: 'Per"iod', partner: "Partner';--", value: 'Value' },
      constants: {
        reporter: "x');DROP TABLE flow;--",
        flow: 'import',
        hs: 'TOTAL',
        currency: 'USD',
      },
      codes: 'alpha3',
    }
    const { store, report } = await load(file, withMap(map))
    expect(report.unmapped).toEqual([
      { column: 'reporter', code: "x');DROP TABLE flow;--", rows: 1 },
    ])
    expect(await store.all(`SELECT reporter, partner, value FROM flow`)).toEqual([
      { reporter: "?x');DROP TABLE flow;--", partner: 'CHN', value: 5 },
    ])
  })
})

describe('csv mapping errors name the bad key and value', () => {
  const file = () => fixture('csv-national.csv')
  test.each([
    ['no mapping', undefined, /format csv needs a mapping file: --map MAP\.json/],
    [
      'unknown code system',
      { ...MAP, codes: 'iso' },
      /invalid mapping \(--map\): key "codes": bad value "iso" \(expected one of m49, alpha2, alpha3, imf, label, auto\)/,
    ],
    ['misspelt key', { ...MAP, colums: {} }, /unknown key "colums"/],
    [
      'missing column key',
      { ...MAP, columns: { ...MAP.columns, value: undefined } },
      /missing key "columns\.value" \(expected a column name\)/,
    ],
    [
      'bad currency',
      { ...MAP, constants: { ...MAP.constants, currency: 'dollars' } },
      /key "constants\.currency": bad value "dollars" \(expected a currency code such as USD\)/,
    ],
    [
      'bad flow value',
      { ...MAP, flows: { I: 'imports' } },
      /key "flows\.I": bad value "imports" \(expected one of import, export, re-import, re-export\)/,
    ],
    [
      'negative scale',
      { ...MAP, value_scale: -1000 },
      /key "value_scale": bad value -1000 \(expected a number > 0/,
    ],
    [
      'bad constant HS',
      {
        ...MAP,
        columns: { ...MAP.columns, hs: undefined },
        constants: { ...MAP.constants, hs: '854' },
      },
      /key "constants\.hs": bad value "854" \(expected TOTAL or an HS code/,
    ],
    [
      'reporter twice',
      { ...MAP, columns: { ...MAP.columns, reporter: 'Year' } },
      /"reporter" is given twice, as columns\.reporter "Year" and constants\.reporter "KGZ"/,
    ],
    [
      'reporter nowhere',
      { ...MAP, constants: { currency: 'USD' } },
      /missing key "columns\.reporter" or "constants\.reporter"/,
    ],
    [
      'column not in the file',
      { ...MAP, columns: { ...MAP.columns, value: 'Value' } },
      /csv-national\.csv: missing column "Value" \(named by the mapping's columns\.value; header has: Year, Partner country/,
    ],
  ])('%s', async (_, map, message) => {
    const opts = map === undefined ? { format: 'csv' } : withMap(map)
    expect(await loadError(file(), opts)).toMatch(message)
  })
})

describe('csv bad input', () => {
  const [HEADER, ROW] = text.split('\n')
  const bad = (row: string) => tempFile('nat.csv', `${HEADER}\n${ROW}\n${row}\n`)
  const opts = { format: 'csv', map: fixture('csv-national.map.json') }
  test.each([
    [
      'bad period',
      ROW.replace('2022', '22'),
      /nat\.csv:3: column Year: bad value "22" \(expected a period/,
    ],
    [
      'bad HS code',
      ROW.replace('TOTAL', '854'),
      /nat\.csv:3: column Commodity: bad value "854" \(expected TOTAL or an HS code of 2, 4, 6, 8, 10 digits\)/,
    ],
    [
      'negative value',
      ROW.replace('1200.5', '-1200.5'),
      /nat\.csv:3: column Value, thousand USD: bad value "-1200\.5" \(expected a finite number >= 0\)/,
    ],
    [
      'non-numeric value',
      ROW.replace('1200.5', '1 200,5'),
      /nat\.csv:3: column Value, thousand USD: bad value "1 200,5" \(expected a finite number >= 0\)/,
    ],
    [
      'unmapped flow value',
      ROW.replace(';I;', ';X;'),
      /nat\.csv:3: column Trade flow: bad value "X" \(expected one of I, E\)/,
    ],
  ])('%s', async (_, row, message) => {
    expect(await loadError(bad(row), opts)).toMatch(message)
  })
})
