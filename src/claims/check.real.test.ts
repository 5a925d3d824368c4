import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { sharedData } from '../test-support/files.js'
import { ingest } from '../trade/ingest/ingest.js'
import { checkClaims } from './check.js'
import { extractClaims } from './extract.js'
import { parseClaims } from './load.js'
import { claimsYaml } from './yaml.js'

const imf = sharedData('imf-imts-russia-by-partner/RU_trade_IMF_IMTS_2016_2024.csv')
const seed = sharedData('articles/china-russia-military-expansion-2024-07.txt')

describe.skipIf(!imf.present)('claims check on the real IMF IMTS file', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore(':memory:')
    await ingest(store, imf.path, { format: 'imf' })
  })
  afterAll(() => store?.close())

  const checkArticle = async (text: string) => {
    const claims = extractClaims(text)
    return checkClaims(store, parseClaims(claimsYaml(claims, { source: 'a.txt', date: null })))
  }

  test('"rose from about 25% in 2021 to 45% in 2023" is supported: 24.8% and 45.2% of Russia\'s own imports', async () => {
    const checks = await checkArticle("China's share of Russia's imports rose from about 25% in 2021 to 45% in 2023.")
    expect(checks.map((c) => [c.claim.period, c.verdict, c.range!.map((v) => +(100 * v).toFixed(1))])).toEqual([
      ['2021', 'supported', [24.8, 24.8]],
      ['2023', 'supported', [45.2, 45.2]],
    ])
    const reported = checks[1].readings.find((r) => r.basis === 'reported')!
    expect(reported.command).toBe('chokepoint trend --importer RUS --partner CHN --basket total --by year --from 2023 --to 2023 --basis reported')
    expect(reported.datasets).toEqual([expect.stringMatching(/ RU_trade_IMF_IMTS_2016_2024\.csv \(imf\)$/)])
    // The file holds Russia's own figures only: the partners' side is named as missing.
    expect(checks[1].readings.find((r) => r.basis === 'mirror')!.missing).toBe("basket total (HS TOTAL) is not in the loaded data as partners' exports to RUS")
  })

  test('a wrong variant is contradicted, with the figures', async () => {
    const checks = await checkArticle("China's share of Russia's imports rose from about 15% in 2021 to over 60% in 2023.")
    expect(checks.map((c) => c.verdict)).toEqual(['contradicted', 'contradicted'])
    expect(checks[1].summary).toBe('contradicted: computed 45.2% (1 of 2 readings computed); the claim allows 60.0% to any higher value')
  })

  test.skipIf(!seed.present)('the seed article through the pipeline: not enough data, naming the baskets the IMF file lacks', async () => {
    const text = readFileSync(seed.path, 'utf8')
    const checks = await checkClaims(store, parseClaims(claimsYaml(extractClaims(text, { date: { year: 2024, month: 7, day: 6 } }), { source: 'seed', date: '2024-07-06' })))
    expect(checks.map((c) => c.verdict)).toEqual(['not enough data', 'not enough data'])
    expect(checks[0].missing[0]).toBe("machine-tools, reported: basket machine-tools (HS 8456 8457 8458 8459 8460 8461 ... (8 codes)) is not in the loaded data as RUS's own imports")
  })
})
