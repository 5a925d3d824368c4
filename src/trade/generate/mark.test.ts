import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { sharedData, tempDir, writeFixture } from '../../test-support/files.js'
import { shares } from '../analytics/shares.js'
import { listDatasets } from '../datasets.js'
import { ingest } from '../ingest/ingest.js'
import { generateComtrade } from './comtrade.js'
import { SYNTHETIC_COLUMN } from './mark.js'
import { generateShipments } from './shipments.js'

const IMF = sharedData('imf-imts-russia-by-partner/RU_trade_IMF_IMTS_2016_2024.csv')
const dir = tempDir()
let store: Store
beforeEach(async () => (store = await openStore(':memory:')))
afterEach(() => store.close())

const chinaShare = async (year: string) => {
  const r = await shares(store, { importer: 'RUS', basket: 'total', by: 'year' })
  return { share: r.rows.find((x) => x.period === year && x.partner === 'CHN')?.share, r }
}
const wait = () => new Promise((r) => setTimeout(r, 5))

describe('generated files are marked and never pass for real data', () => {
  // Regression: a generated file ingested without --synthetic was recorded as real and replaced real figures.
  test('a generated Comtrade+ file is synthetic without the flag, and real data wins where both exist', async () => {
    const real = writeFixture(dir, 'real.csv', 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue\n2019,643,0,M,TOTAL,C00,0,0,400\n2019,643,156,M,TOTAL,C00,0,0,100\n')
    await ingest(store, real, { format: 'comtrade' })
    await wait()
    const generated = join(dir, 'comtrade.csv')
    await generateComtrade(store, { rows: 20_000, out: generated, seed: 5 })
    expect(readFileSync(generated, 'utf8').split('\n', 1)[0]).toMatch(new RegExp(`,${SYNTHETIC_COLUMN}$`))
    const report = await ingest(store, generated, { format: 'comtrade' })
    expect(report.warnings).toContainEqual(expect.stringMatching(/written by chokepoint generate .* recorded as synthetic/))
    expect((await listDatasets(store)).map((d) => [d.file, d.synthetic])).toEqual([['real.csv', false], ['comtrade.csv', true]])
    const { share, r } = await chinaShare('2019')
    expect(share).toBe(0.25)
    expect(r.synthetic).toBe(false)
    expect(r.datasets.map((d) => d.file)).toEqual(['real.csv'])
    expect(r.warnings).toContainEqual(expect.stringMatching(/^synthetic data left out because real data covers this figure: comtrade.csv \[\w+\]/))
    // Where no real dataset qualifies, the figure is synthetic and labelled so.
    const mirror = await shares(store, { importer: 'RUS', basket: 'total', by: 'year', basis: 'mirror' })
    expect(mirror.synthetic).toBe(true)
  }, 60_000)

  test('a generated shipment file is synthetic without the flag', async () => {
    const file = join(dir, 'shipments.csv')
    await generateShipments(store, { rows: 50, out: file, seed: 1 })
    await ingest(store, file, { format: 'shipments' })
    expect((await listDatasets(store))[0]).toMatchObject({ file: 'shipments.csv', synthetic: true })
  })

  // Regression: generated data loaded without --synthetic replaced the IMF figures for 2019-2021 (China 2021: 24.8% became 25.4%).
  test.skipIf(!IMF.present)("the IMF's China 2021 share of Russia's imports (24.75%) is unchanged by a generated file", async () => {
    await ingest(store, IMF.path, { format: 'imf' })
    expect((await chinaShare('2021')).share).toBeCloseTo(0.2475, 4)
    await wait()
    const generated = join(dir, 'comtrade-3y.csv')
    await generateComtrade(store, { rows: 650_000, out: generated, seed: 7 })
    await ingest(store, generated, { format: 'comtrade' })
    const loaded = (await listDatasets(store)).find((d) => d.file === 'comtrade-3y.csv')
    expect(loaded).toMatchObject({ synthetic: true, period_from: '2019-01' })
    expect(loaded!.period_to! >= '2021-12').toBe(true)
    const { share, r } = await chinaShare('2021')
    expect(share).toBeCloseTo(0.2475, 4)
    expect(r.synthetic).toBe(false)
  }, 180_000)
})
