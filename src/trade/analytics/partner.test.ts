import { describe, expect, test } from 'vitest'
import { partnerRows } from './partner.js'
import type { ShareRow } from './shares.js'

const row = (period: string, partner: string, value: number, share: number | null): ShareRow => ({ period, partner, partner_name: partner, value, currency: 'USD', share })

describe('partnerRows', () => {
  const rows = [row('2023', 'CHN', 563, 0.563), row('2023', 'HKG', 193, 0.193), row('2023', 'TUR', 57, 0.057), row('2022', 'CHN', 400, 0.5)]
  test('a group sums its members per period (KSE 2023 CHPL: mainland 56.3% + Hong Kong 19.3%)', () => {
    const out = partnerRows(rows, { code: 'CHN+HKG', name: 'China incl. Hong Kong', members: ['CHN', 'HKG'] })
    expect(out.map((r) => [r.period, r.partner, r.partner_name, r.value])).toEqual([
      ['2023', 'CHN+HKG', 'China incl. Hong Kong', 756],
      ['2022', 'CHN+HKG', 'China incl. Hong Kong', 400],
    ])
    expect(out[0].share).toBeCloseTo(0.756, 12)
  })
  test('one country is a filter', () => {
    expect(partnerRows(rows, { code: 'TUR', name: 'Türkiye', members: ['TUR'] })).toEqual([row('2023', 'TUR', 57, 0.057)])
  })
})
