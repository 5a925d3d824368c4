import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openScreening } from '../screening/index.js'
import { loadList } from '../screening/lists/load.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { tempDir } from '../test-support/files.js'
import { ofacFiles } from '../test-support/lists.js'
import { loadDiversionFixture } from '../trade/analytics/diversion/fixtures.js'
import { loadCorridors } from './factors/corridor.js'
import { descriptionFit } from './factors/description.js'
import { robustZ, spread } from './factors/unit-value.js'
import { indexScreener } from './screeners.js'
import { assess, shipmentsCsv, weightsFile, WEIGHTS, type Cells } from './test-support/shipments.js'
import { loadWeights } from './weights.js'

const reasons = async (...rows: Cells[]) =>
  (await assess(shipmentsCsv(...rows))).rows.sort((a, b) => a.line - b.line).map((r) => r.reasons)
const factor = (rs: { factor: string; points: number; why: string }[], f: string) =>
  rs.find((r) => r.factor === f)

describe('CHPL tier', () => {
  test('tier 1 (integrated circuits) scores highest; a code off the list scores nothing', async () => {
    const [ic, bearing, pharma] = await reasons(
      { hs_code: '854231' },
      { hs_code: '848210', description: 'ball bearings' },
      { hs_code: '300490', description: 'medicaments in doses' }
    )
    expect(factor(ic, 'chpl_tier')).toEqual({
      factor: 'chpl_tier',
      points: 20,
      why: "HS 854231 is on the Common High Priority List, tier 1 (integrated circuits): goods Russia's weapons need, which exporters are asked to screen most closely for diversion (CHPL 2024-02-23)",
    })
    expect(factor(bearing, 'chpl_tier')?.points).toBe(12)
    expect(pharma).toEqual([])
  })
})

describe('description fit', () => {
  test.each([
    ['household goods', '8542.31', 'no_fit'],
    ['integrated circuits, processors', '8542.31', 'fits'],
    ['microchips STM32F4', '8542.31', 'fits'],
    ['CNC lathe', '8458.11', 'fits'],
    ['quadcopter drone', '8806.21', 'fits'],
    ['leather footwear', '8482.10', 'no_fit'],
    ['parts for radar and radio transmission apparatus', '8529.10', 'chapter_only'],
    ['товары народного потребления', '8542.31', 'not_judged'],
  ])('%s under %s: %s', (description, hs, verdict) => {
    expect(descriptionFit(description, hs.replace('.', '')).verdict).toBe(verdict)
  })

  test('the reason names the words, the heading and chapter, and the heading they fit best', async () => {
    const [r] = await reasons({ description: 'household goods' })
    expect(factor(r, 'description_fit')).toEqual({
      factor: 'description_fit',
      points: 30,
      why: 'description "household goods" does not fit HS 8542: only "goods", a small part of its words ("household", "goods"), is in heading 8542 (Electronic integrated circuits) or chapter 85 (Electrical machinery and equipment and parts thereof; sound recorders and reproducers; …); its words fit heading 3924 (Tableware, kitchenware, other household articles and hygienic or toilet articles, of …) best',
    })
  })
})

describe('unit value', () => {
  test('robust z on log unit values: median and MAD, not mean and sd', () => {
    const g = spread([1, 2, 3, 4, 100].map(Math.log))
    expect(g.median).toBeCloseTo(Math.log(3), 12)
    expect(robustZ(Math.log(100), g)).toBeCloseTo(Math.log(100 / 3) / (1.4826 * Math.log(3 / 2)), 9)
  })

  // Peers 900, 920 ... 1100 USD/kg: median 990 (geometric mean of 980 and 1000), MAD of logs 0.0601, so 40 USD/kg is log(40/990) / (1.4826 x 0.0601) = -36.0.
  test('a price 25 times below its peers is flagged with the median, the value and how far', async () => {
    const peers = Array.from({ length: 11 }, (_, i): Cells => ({
      value: String(9000 + 200 * i),
      net_kg: '10',
    }))
    const rows = await reasons(...peers, { value: '400', net_kg: '10' })
    expect(rows.slice(0, 11).every((r) => !factor(r, 'unit_value'))).toBe(true)
    expect(factor(rows[11], 'unit_value')?.why).toBe(
      'unit value 40.00 USD/kg is 24.7x below the median 990 USD/kg of 12 shipments of HS 854231 in this file (robust z -36.0; flagged beyond ±3.5)'
    )
  })

  test('fewer peers than min_rows: not judged, and the provenance says how many rows', async () => {
    const r = await assess(shipmentsCsv({}, { value: '10' }))
    expect(r.rows.every((x) => !factor(x.reasons, 'unit_value'))).toBe(true)
    expect(r.provenance.unit_value).toContain(
      '2 rows not judged: fewer than 10 shipments of the same HS6 and unit'
    )
  })
})

describe('new consignee', () => {
  test("first seen in the last 15% of the file's dates; an old buyer is not new", async () => {
    const rows = await reasons(
      { date: '2022-01-01' },
      { date: '2024-01-01', consignee_name: 'ООО "Вектор Плюс"' },
      { date: '2024-01-01' }
    )
    expect(factor(rows[1], 'new_consignee')?.why).toBe(
      'consignee "ООО \\"Вектор Плюс\\"" first appears on 2024-01-01, in the last 15% of the file\'s dates (2022-01-01 to 2024-01-01; from 2023-09-14): a new buyer, 1 shipment in all'
    )
    expect(factor(rows[2], 'new_consignee')).toBeUndefined()
  })

  test('a file spanning less than min_span_days is not judged, and says so', async () => {
    const r = await assess(
      shipmentsCsv({ date: '2024-01-01' }, { date: '2024-02-01', consignee_name: 'New LLC' })
    )
    expect(r.rows.every((x) => !factor(x.reasons, 'new_consignee'))).toBe(true)
    expect(r.provenance.new_consignee).toBe(
      "not used: the file's dates span 31 days (2024-01-01 to 2024-02-01), fewer than 180"
    )
  })
})

describe('corridors from the weights list', () => {
  test('coalition-made goods dispatched from a transit country into Russia; Chinese goods from the same place are not', async () => {
    const [de, cn] = await reasons(
      { origin_country: 'DE', dispatch_country: 'KG' },
      { origin_country: 'CN', dispatch_country: 'KG' }
    )
    expect(factor(de, 'corridor')?.why).toMatch(
      /^goods of DEU origin \(coalition\) dispatched from KGZ to RUS: a high-risk corridor \(list in the weights file: transit countries of the post-2022 diversion routes/
    )
    expect(factor(cn, 'corridor')).toBeUndefined()
  })
})

describe('with a store', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore(':memory:')
    await loadList(
      store,
      ofacFiles([
        [35348, 'RADIOAVTOMATIKA LLC', ''],
        [22407, 'OBORONLOGISTIKA OOO', ''],
      ]),
      'ofac-csv',
      { asOf: '2024-05-03' }
    )
    await loadDiversionFixture(store, tempDir())
  })
  afterAll(() => store.close())

  test("parties are screened once each, with the hit's list, score and explanation", async () => {
    const screening = await openScreening(store)
    const r = await assess(
      shipmentsCsv(
        { consignee_name: 'Radioavtomatika', consignee_country: 'RU' },
        { notify_party: 'OOO Oboronlogistika', notify_country: 'RU' },
        {}
      ),
      { screener: indexScreener(screening, { cutoff: 0.6 }) }
    )
    const byId = Object.fromEntries(r.rows.map((x) => [x.shipment_id, x.reasons]))
    expect(factor(byId.S1, 'listed_party')?.points).toBe(60)
    expect(factor(byId.S1, 'listed_party')?.why).toMatch(
      /^consignee "Radioavtomatika" \(RUS\) matches "RADIOAVTOMATIKA LLC", Organization on us_ofac_sdn \(list version us_ofac_sdn-[0-9a-f]+, entity ofac-35348\), score 1\.00: /
    )
    expect(factor(byId.S2, 'listed_party')?.why).toMatch(
      /^notify party "OOO Oboronlogistika" \(RUS\) matches "OBORONLOGISTIKA OOO"/
    )
    expect(factor(byId.S3, 'listed_party')).toBeUndefined()
    expect(r.provenance.parties_screened).toBe(4)
    expect(r.rows.map((x) => x.shipment_id)).toEqual(['S1', 'S2', 'S3'])
  })

  test('no screener: parties are not screened, and the answer warns', async () => {
    expect((await assess(shipmentsCsv({}))).warnings).toEqual([
      'no sanctions lists loaded: parties were not screened (load lists with chokepoint lists load)',
    ])
  })

  test('with flows loaded, corridors come from the diversion analytics, with the ratio that made them high-risk', async () => {
    const w = loadWeights(
      weightsFile((y) =>
        y.replace(
          /flows:\n(.*\n){7}/,
          'flows:\n      exporter: EU27\n      target: RUS\n      via: [KGZ, ARM, GEO]\n      baseline: 2021-Q1\n      period: 2023-Q1\n      basket: total\n      min_ratio: 2\n'
        )
      )
    )
    const corridors = await loadCorridors(store, w)
    expect(corridors.source).toBe('flows')
    expect(corridors.note).toBe(
      'the diversion analytics: EU27 -> {KGZ 5.0x, ARM 1.5x} -> RUS, 2021-Q1 vs 2023-Q1, basket total; high-risk at 2x or more: KGZ'
    )
    const r = await assess(
      shipmentsCsv(
        { origin_country: 'DE', dispatch_country: 'KG' },
        { origin_country: 'DE', dispatch_country: 'AM' }
      ),
      { weights: w, corridors }
    )
    const [kg, am] = r.rows
      .sort((a, b) => a.line - b.line)
      .map((x) => factor(x.reasons, 'corridor'))
    expect(kg?.why).toBe(
      'goods of DEU origin (EU27) dispatched from KGZ to RUS: a high-risk corridor (EU27 exports of total goods to KGZ were 5.0x their 2021-Q1 level in 2023-Q1 (diversion analytics on eu-exports.csv))'
    )
    expect(am).toBeUndefined()
  })

  test('without flows for the query, the list is used and the note says why', async () => {
    const c = await loadCorridors(store, WEIGHTS)
    expect(c.source).toBe('list')
    expect(c.note).toMatch(/^the list in .*weights\.yaml \(/)
  })
})
