import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { tempDir, writeFixture } from '../test-support/files.js'
import { ingest } from '../trade/ingest/ingest.js'
import { checkClaims } from './check.js'
import { parseClaims } from './load.js'

// Russia's own imports of machine tools (8456) and CNC lathes (845811), Q4 2023: China 70 of 100
// a month at 8456, 20 of 40 at 845811; Hong Kong 10 at 8456.
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'
const ROWS = ['202310', '202311', '202312'].flatMap((p) => [
  `${p},643,0,M,8456,C00,0,0,100`, `${p},643,156,M,8456,C00,0,0,70`, `${p},643,344,M,8456,C00,0,0,10`, `${p},643,276,M,8456,C00,0,0,20`,
  `${p},643,0,M,845811,C00,0,0,40`, `${p},643,156,M,845811,C00,0,0,20`, `${p},643,276,M,845811,C00,0,0,20`,
])
const claim = (fields: string) => `  - statement: s\n    importer: RUS\n    period: 2023-Q4\n${fields.replace(/^/gm, '    ')}\n`

let store: Store
beforeAll(async () => {
  store = await openStore(':memory:')
  await ingest(store, writeFixture(tempDir(), 'q4.csv', [HEADER, ...ROWS].join('\n') + '\n'), { format: 'comtrade' })
})
afterAll(() => store.close())

const check = async (...claims: string[]) => checkClaims(store, parseClaims(`claims:\n${claims.join('')}`))

const computed = (c: Awaited<ReturnType<typeof check>>[number]) => c.readings.filter((r) => r.value !== null).map((r) => [r.basket, r.basis, Math.round(r.value! * 1000) / 1000, r.supports])

describe('claims check', () => {
  test('basket unstated: every reading of "machine tools", the range, and which reading supports the claim', async () => {
    const [over60, over70] = await check(claim('partner: CHN\nbasket: machine-tools\ncomparator: over\nfigure: 0.6'), claim('partner: CHN\nbasket: machine-tools\ncomparator: over\nfigure: 0.7'))
    // 8456 and 845811: China (210 + 60) of (300 + 120); the CNC lathes alone (CHPL 4.B): 60 of 120.
    expect(computed(over60)).toEqual([['machine-tools', 'reported', 0.643, true], ['machine-tools-with-parts', 'reported', 0.643, true], ['chpl-tier-4b', 'reported', 0.5, false]])
    expect(over60.verdict).toBe('supported')
    expect(over60.supported_by).toEqual(['machine-tools, reported', 'machine-tools-with-parts, reported'])
    expect(over70.verdict).toBe('contradicted')
    expect(over70.summary).toBe('contradicted: computed 50.0% to 64.3% (3 of 6 readings computed); the claim allows 70.0% to any higher value')
    const reading = over60.readings[0]
    expect(reading.command).toBe('chokepoint trend --importer RUS --partner CHN --basket machine-tools --by quarter --from 2023-Q4 --to 2023-Q4 --basis reported')
    expect(reading.codes).toEqual(['8456', '8457', '8458', '8459', '8460', '8461', '8462', '8463'])
    expect(reading.datasets).toEqual([expect.stringMatching(/^[0-9a-f]{16} q4\.csv \(comtrade\)$/)])
    expect(over60.readings[1].missing).toBe("basket machine-tools (HS 8456 8457 8458 8459 8460 8461 ... (8 codes)) is not in the loaded data as partners' exports to RUS")
  })

  test('a group partner, a stated basket and basis, a value, a change against the period before', async () => {
    const [group, value, change] = await check(
      claim('partner: China incl. Hong Kong\nbasket: machine-tools\nbasket_stated: true\nbasis: reported\ncomparator: about\nfigure: 0.7'),
      claim('partner: CHN\nbasket: machine-tools\nbasket_stated: true\nmeasure: value\ncomparator: between\nfigure: [260, 280]'),
      claim('partner: CHN\nbasket: machine-tools\nbasket_stated: true\nmeasure: change\ncomparator: over\nfigure: 0.1')
    )
    expect(computed(group)).toEqual([['machine-tools', 'reported', 0.714, true]])
    expect(group.verdict).toBe('supported')
    expect(computed(value)).toEqual([['machine-tools', 'reported', 270, true]])
    expect(change.verdict).toBe('not enough data')
    expect(change.missing[0]).toBe("machine-tools, reported: no data for 2023-Q3 as RUS's own imports")
  })

  test('not enough data names what is missing: basket, period, reporter, or the claim\'s own gap', async () => {
    const checks = await check(
      claim('partner: CHN\nbasket: microelectronics\nbasket_stated: true\nbasis: reported\ncomparator: about\nfigure: 0.9'),
      claim('partner: CHN\nbasket: machine-tools\nbasket_stated: true\nbasis: reported\ncomparator: about\nfigure: 0.9').replace('2023-Q4', '"2021"'),
      claim('partner: CHN\nbasket: machine-tools\nbasket_stated: true\nbasis: reported\ncomparator: about\nfigure: 0.9').replace('RUS', 'KAZ'),
      claim('partner: null\nbasket: machine-tools\ncomparator: about\nfigure: 0.9\nunmapped: [{field: partner, reason: a share needs a partner and none is named}]')
    )
    expect(checks.map((c) => c.verdict)).toEqual(['not enough data', 'not enough data', 'not enough data', 'not enough data'])
    expect(checks.map((c) => c.summary)).toEqual([
      "not enough data: microelectronics, reported: basket microelectronics (HS 8541 8542) is not in the loaded data as RUS's own imports",
      'not enough data: machine-tools, reported: period out of range: to "2021" (loaded data covers 2023-10 to 2023-12)',
      "not enough data: machine-tools, reported: basket machine-tools (HS 8456 8457 8458 8459 8460 8461 ... (8 codes)) is not in the loaded data as KAZ's own imports",
      'not enough data: the claim names no partner (a share needs a partner and none is named)',
    ])
  })

  test('no claims: no checks', async () => {
    expect(await checkClaims(store, parseClaims('claims: []'))).toEqual([])
  })
})
