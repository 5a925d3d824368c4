import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { sharedData, tempDir } from '../../test-support/files.js'
import { HS_FILE, loadHsDescriptions } from '../baskets/baskets.js'
import { ingest } from '../ingest/ingest.js'
import { generateComtrade } from './comtrade.js'
import { HS2022_CHAPTERS, fillerCodes, shippedNomenclature } from './filler.js'
import { GROUPS, METALS } from './model.js'
import { loadModel } from './tables.js'

const shipped = new Set(Object.values(HS2022_CHAPTERS).flat())
const nomenclature = sharedData('hs-nomenclature-hs2022/harmonized-system.csv')

let store: Store
beforeAll(async () => (store = await openStore(':memory:')))
afterAll(() => store.close())

describe('the generator writes real HS2022 codes', () => {
  test('the shipped table is every six-digit code of the nomenclature', () => {
    expect(shipped.size).toBe(5613)
    if (!nomenclature.present) return
    const six = [...loadHsDescriptions(HS_FILE).keys()].filter((c) => c.length === 6)
    expect([...shipped].sort()).toEqual(six.sort())
  })

  // Regression: without the nomenclature file (a user's clone) every ingest warned that HS codes
  // went unchecked; the shipped table stands in, with the same headings and chapters.
  test('the shipped nomenclature: chapters, headings and subheadings, as the file has them', () => {
    const codes = shippedNomenclature()
    expect(['85', '8542', '854231', '7601'].every((c) => codes.has(c))).toBe(true)
    expect(['77', '7701', '854299'].some((c) => codes.has(c))).toBe(false)
    if (!nomenclature.present) return
    const file = [...loadHsDescriptions(HS_FILE).keys()].filter((c) => /^(\d{2}|\d{4}|\d{6})$/.test(c))
    expect([...codes].sort()).toEqual(file.sort())
  })

  // Regression: the generator wrote made-up and HS2017 codes (73% of rows warned at ingest) labelled H6.
  test('the model and the filler goods draw only from it', async () => {
    const model = [...GROUPS.flatMap((g) => g.codes), ...METALS.codes]
    expect(model.filter((c) => !shipped.has(c))).toEqual([])
    const filler = fillerCodes(new Set(model))
    expect(new Set(filler).size).toBe(shipped.size - model.length)
    // Temp tables live on the transaction's connection.
    const rows = await store.transaction(async (tx) => {
      await loadModel(tx, { from: 0, to: 3000 })
      return tx.all<{ code: string }>(`SELECT code FROM g_code WHERE code <> 'TOTAL'`)
    })
    const codes = rows.map((r) => r.code)
    expect(codes.length).toBeGreaterThan(3000)
    expect(codes.filter((c) => !shipped.has(c))).toEqual([])
  })

  test.skipIf(!nomenclature.present)('ingest of a generated file warns on no row', async () => {
    // 1.2M rows: the calibrated model (about 1M) and filler goods after it.
    const file = join(tempDir(), 'generated.csv')
    await generateComtrade(store, { rows: 1_200_000, out: file, seed: 3 })
    const r = await ingest(store, file, { format: 'comtrade', synthetic: true, nomenclature: new Set(loadHsDescriptions(HS_FILE).keys()) })
    expect(r.warnings.filter((w) => /nomenclature/.test(w))).toEqual([])
    const [{ codes }] = await store.all<{ codes: number }>(`SELECT count(DISTINCT hs) AS codes FROM flow`)
    expect(codes).toBeGreaterThan(100)
  }, 180_000)
})
