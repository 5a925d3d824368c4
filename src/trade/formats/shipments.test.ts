import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fixture, load, loadError, tempFile } from './test-support/load.js'

const opts = { format: 'shipments' }
const text = readFileSync(fixture('shipments.csv'), 'utf8')
const [HEADER, ROW] = text.split('\n')

describe('shipments', () => {
  test('loads dates in both forms, dotted HS codes, countries as codes or names', async () => {
    const { store, report } = await load(fixture('shipments.csv'), opts)
    expect(report).toMatchObject({
      rows: 4,
      rejected: 0,
      periodFrom: '2023-11-02',
      periodTo: '2024-01-15',
    })
    expect(report.unmapped).toEqual([{ column: 'shipper_country', code: 'Atlantis', rows: 1 }])
    const rows = await store.all(
      `SELECT strftime(date, '%Y-%m-%d') AS date, hs, shipper_name, shipper_country, consignee_country, origin_country,
         dispatch_country, value, currency, net_kg FROM shipment ORDER BY date, hs`
    )
    expect(rows).toEqual([
      {
        date: '2023-11-02',
        hs: '0101210000',
        shipper_name: 'Example GmbH',
        shipper_country: 'DEU',
        consignee_country: 'RUS',
        origin_country: 'DEU',
        dispatch_country: 'DEU',
        value: 3000,
        currency: 'EUR',
        net_kg: null,
      },
      {
        date: '2023-11-02',
        hs: '8542310000',
        shipper_name: 'Shenzhen Example Electronics Co Ltd',
        shipper_country: 'CHN',
        consignee_country: 'RUS',
        origin_country: 'CHN',
        dispatch_country: 'HKG',
        value: 125000.5,
        currency: 'USD',
        net_kg: 12.5,
      },
      {
        date: '2023-12-31',
        hs: '854231',
        shipper_name: 'Trading "Star" LLC',
        shipper_country: 'TUR',
        consignee_country: 'RUS',
        origin_country: 'USA',
        dispatch_country: 'TUR',
        value: 0,
        currency: 'USD',
        net_kg: 1.5,
      },
      {
        date: '2024-01-15',
        hs: '85423',
        shipper_name: 'Unknown Trader',
        shipper_country: '?Atlantis',
        consignee_country: 'RUS',
        origin_country: null,
        dispatch_country: null,
        value: 10,
        currency: 'USD',
        net_kg: null,
      },
    ])
    const [d] = await store.all(`SELECT target, grain, period_from, period_to FROM dataset`)
    expect(d).toEqual({
      target: 'shipment',
      grain: 'day',
      period_from: '2023-11-02',
      period_to: '2024-01-15',
    })
  })
})

describe('shipments bad input', () => {
  const bad = (row: string) => tempFile('ship.csv', `${HEADER}\n${ROW}\n${row}\n`)
  test.each([
    [
      'bad date',
      ROW.replace('2023-11-02', '2023-02-30'),
      /ship\.csv:3: column date: bad value "2023-02-30" \(expected a date such as 2024-03-31 or 31\.03\.2024\)/,
    ],
    [
      'US date order',
      ROW.replace('2023-11-02', '11/02/2023'),
      /ship\.csv:3: column date: bad value "11\/02\/2023"/,
    ],
    [
      'bad HS code',
      ROW.replace('8542.31.0000', '8542-31'),
      /ship\.csv:3: column hs_code: bad value "8542-31" \(expected an HS code of 2, 3, 4, 5, 6, 7, 8, 9, 10 digits\)/,
    ],
    [
      'HS code too long',
      ROW.replace('8542.31.0000', '85423100001'),
      /ship\.csv:3: column hs_code: bad value "85423100001"/,
    ],
    [
      'negative value',
      ROW.replace('125000.50', '-1'),
      /ship\.csv:3: column value: bad value "-1" \(expected a finite number >= 0\)/,
    ],
    [
      'non-numeric value',
      ROW.replace('125000.50', 'USD 100'),
      /ship\.csv:3: column value: bad value "USD 100" \(expected a finite number >= 0\)/,
    ],
    [
      'missing value',
      ROW.replace('125000.50', ''),
      /ship\.csv:3: column value: bad value "" \(expected a finite number >= 0\)/,
    ],
    [
      'missing currency',
      ROW.replace(',usd,', ',,'),
      /ship\.csv:3: column currency: bad value "" \(expected a currency code such as USD\)/,
    ],
    [
      'negative weight',
      ROW.replace(',12.5', ',-12.5'),
      /ship\.csv:3: column net_kg: bad value "-12\.5" \(expected a finite number >= 0 or empty\)/,
    ],
  ])('%s', async (_, row, message) => {
    expect(await loadError(bad(row), opts)).toMatch(message)
  })

  test('missing column', async () => {
    expect(
      await loadError(tempFile('ship.csv', text.replace(',currency,', ',curr,')), opts)
    ).toMatch(/ship\.csv: missing column currency \(header has: date, declaration_id/)
  })
})
