import { describe, expect, test } from 'vitest'
import type { AppError } from '../errors.js'
import { quarantineCsv } from './report.js'
import { readShipmentsCsv } from './shipments.js'
import { assess, HEADER, shipmentsCsv, type Cells } from './test-support/shipments.js'

async function rowError(...rows: Cells[]): Promise<AppError> {
  try {
    await assess(shipmentsCsv(...rows))
  } catch (err) {
    return err as AppError
  }
  throw new Error('no error')
}

describe('a bad row names the column and the value', () => {
  test.each([
    [
      'an impossible date',
      { date: '2024-02-30' },
      'column date: bad value "2024-02-30" (no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024)',
    ],
    [
      'a date in another form',
      { date: '03/31/2024' },
      'column date: bad value "03/31/2024" (expected a date such as 2024-03-31 or 31.03.2024)',
    ],
    [
      'an HS code with letters',
      { hs_code: '85x231' },
      'column hs_code: bad value "85x231" (expected an HS code of 4 to 10 digits, dots allowed, such as 8542.31)',
    ],
    [
      'a value written with a comma',
      { value: '1,250.00' },
      'column value: bad value "1,250.00" (expected a number above 0 such as 1250.50)',
    ],
    [
      'a zero value',
      { value: '0' },
      'column value: bad value "0" (expected a number above 0 such as 1250.50)',
    ],
    ['an empty value', { value: '' }, 'column value: empty (expected a number)'],
    [
      'a negative weight',
      { net_kg: '-5' },
      'column net_kg: bad value "-5" (expected a number such as 1250.50)',
    ],
    [
      'a currency name',
      { currency: 'dollars' },
      'column currency: bad value "dollars" (expected a currency code such as USD)',
    ],
    [
      'an unknown country',
      { dispatch_country: 'Kirgizia' },
      'column dispatch_country: bad value "Kirgizia" (unknown country; expected an ISO code such as RU or RUS, or a country name)',
    ],
  ] as [string, Cells, string][])('%s', async (_label, cells, message) => {
    const err = await rowError(cells)
    expect(err.message).toBe(
      `shipments.csv:2: ${message}; nothing was scored (use --quarantine BAD.csv to score the good rows)`
    )
  })

  test('every bad row is listed, each with all its bad columns', async () => {
    const err = await rowError({}, { date: '2024-13-01', value: 'abc' }, {}, { currency: '' })
    expect(err.message).toMatch(
      /^shipments.csv:3: column date: bad value "2024-13-01" .*; column value: bad value "abc" .* \(2 bad rows in all\); nothing was scored/
    )
    expect(err.details).toEqual([
      'shipments.csv:3: column date: bad value "2024-13-01" (no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024); column value: bad value "abc" (expected a number above 0 such as 1250.50)',
      'shipments.csv:5: column currency: empty (expected a currency code such as USD)',
    ])
  })

  test('a missing column is named with the names it may have', () => {
    expect(() => readShipmentsCsv('date,hs_code,value\n2024-01-01,854231,100\n', 'x.csv')).toThrow(
      'x.csv: missing column currency (found: date, hs_code, value)'
    )
    expect(() => readShipmentsCsv('date,value,currency\n', 'x.csv')).toThrow(
      'x.csv: missing column hs_code or hs (found: date, value, currency)'
    )
    expect(() => readShipmentsCsv('', 'x.csv')).toThrow(
      'x.csv: empty file (expected a header line with date, hs_code, value, currency)'
    )
    expect(() => readShipmentsCsv(`${HEADER}\n`, 'x.csv')).toThrow(
      'x.csv: no shipments after the header'
    )
  })

  test('with quarantine the good rows are scored and the bad ones returned, written whole as CSV', async () => {
    const r = await assess(shipmentsCsv({}, { shipment_id: 'B1', date: '31.02.2024' }, {}), {
      quarantine: true,
    })
    expect(r.rows.map((x) => x.shipment_id)).toEqual(['S1', 'S3'])
    expect(r.rejected.map((b) => [b.line, b.shipment_id, b.reason])).toEqual([
      [
        3,
        'B1',
        'column date: bad value "31.02.2024" (no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024)',
      ],
    ])
    expect(quarantineCsv(HEADER.split(','), r.rejected).split('\n')[1]).toMatch(
      /^3,"column date: bad value ""31\.02\.2024"" .*",B1,31\.02\.2024,8542\.31,/
    )
  })

  test('a line break inside a quoted cell moves later rows down a line; a BOM and blank lines are skipped', async () => {
    const text =
      '\ufeff' +
      shipmentsCsv({ description: 'integrated\ncircuits' }, {}, { value: 'x' }).replace(
        '\nS2',
        '\n\nS2'
      )
    const err = await assess(text).catch((e) => e as AppError)
    expect((err as AppError).message).toMatch(/^shipments.csv:6: column value: bad value "x"/)
  })

  test("the trade core's other column names and dates read the same: declaration_id as the id, DD.MM.YYYY", async () => {
    const text =
      'declaration_id,shipment_date,hs,goods_description,shipper,consignee,country_of_origin,country_of_dispatch,consignee_country,value,currency,net_weight_kg\n' +
      '10702010/150523/0001,15.05.2023,8542.31.0000,processors,Acme HK Ltd,OOO Vektor,DE,KG,RU,5000,usd,2\n'
    const [row] = (await assess(text)).rows
    expect(row).toMatchObject({
      shipment_id: '10702010/150523/0001',
      date: '2023-05-15',
      hs_code: '8542310000',
      shipper: 'Acme HK Ltd',
      consignee: 'OOO Vektor',
    })
    expect(row.reasons.map((x) => x.factor)).toEqual(['corridor', 'chpl_tier'])
  })
})
