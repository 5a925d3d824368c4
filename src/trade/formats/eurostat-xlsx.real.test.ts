import { describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { shares } from '../analytics/shares.js'
import { ingest } from '../ingest/ingest.js'
import { sharedData } from '../../test-support/files.js'

// The two Data Browser downloads of ../shared/data/eurostat-databrowser-xlsx; the expected
// figures are those SOURCE.txt there gives (EU27 members summed, HS 8542, EUR).
const machines = sharedData('eurostat-databrowser-xlsx/17_4606328_spreadsheet.xlsx')
const chips = sharedData('eurostat-databrowser-xlsx/19_4623968_spreadsheet.xlsx')

describe.skipIf(!machines.present || !chips.present)('real Eurostat Data Browser xlsx', () => {
  test('row counts, ":" cells counted, HS 8542 exports as published', async () => {
    const store = await openStore(':memory:')
    const a = await ingest(store, machines.path, { format: 'eurostat' })
    const b = await ingest(store, chips.path, { format: 'eurostat' })
    const notAvailable = 'not available (":" in the spreadsheet)'
    expect([a.rows, a.skipped[notAvailable], a.unmapped, a.periodFrom, a.periodTo]).toEqual([49322, 699118, [], '2020-01', '2022-11'])
    expect([b.rows, b.skipped[notAvailable], b.unmapped]).toEqual([36667, 711773, []])
    const [{ n }] = await store.all<{ n: number }>(`SELECT count(DISTINCT reporter)::INT AS n FROM flow`)
    expect(n).toBe(27)
    const m = await store.all<{ partner: string; y2021: number; y2022: number }>(
      `SELECT partner, round(sum(value) FILTER (WHERE year = 2021) / 1e6, 1) AS y2021,
        round(sum(value) FILTER (WHERE year = 2022) / 1e6, 1) AS y2022
       FROM flow WHERE hs LIKE '8542%' AND partner IN ('RUS', 'KGZ', 'ARM', 'KAZ') GROUP BY 1 ORDER BY 1`
    )
    expect(m).toEqual([
      { partner: 'ARM', y2021: 0.4, y2022: 4.5 },
      { partner: 'KAZ', y2021: 6.1, y2022: 14.7 },
      { partner: 'KGZ', y2021: 0.1, y2022: 1.7 },
      { partner: 'RUS', y2021: 622.2, y2022: 119.4 },
    ])
    // The same through the analytics: Russia's IC imports as its EU suppliers report them.
    const r = await shares(store, { importer: 'RUS', basket: 'integrated-circuits', by: 'year', basis: 'mirror', from: '2021' })
    expect(r.periods.map((p) => [p.period, Math.round(p.total / 1e5) / 10, p.months])).toEqual([
      ['2021', 622.2, 12],
      ['2022', 119.4, 11],
    ])
    // Only the sanctioned CN8 lines are in these files: a basket says which of its codes are absent.
    const tools = await shares(store, { importer: 'RUS', basket: 'machine-tools', by: 'year', basis: 'mirror' })
    expect(tools.warnings.find((w) => w.startsWith('basket machine-tools: no rows for'))).toMatch(/no rows for 8456, 8457, .* in the datasets used/)
    await store.close()
  }, 120_000)
})
