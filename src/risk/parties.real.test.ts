import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_THRESHOLD, openScreening, type Screening } from '../screening/index.js'
import { loadList } from '../screening/lists/load.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { sharedData } from '../test-support/files.js'
import {
  CONSIGNEES,
  CORRIDOR_SHIPPERS,
  FORWARDERS,
  LATE_CONSIGNEES,
  LISTED,
  SHELLS,
  SHIPPERS,
} from '../trade/generate/shipment-parties.js'

const sdn = sharedData('ofac-sdn-2024-05/sdn_2024-05-03.csv')
const un = sharedData('un-consolidated-xml/UN_consolidated.xml')

// The generator's clean parties must be clean against the real lists, and its listed ones
// listed: otherwise the planted-recall and false-positive figures of bench:risk measure the
// generator's names, not the scorer.
describe.skipIf(!sdn.present || !un.present)(
  "the generator's parties against OFAC SDN 2024-05-03 and the UN list",
  () => {
    let store: Store
    let screening: Screening
    beforeAll(async () => {
      store = await openStore(':memory:')
      await loadList(store, [sdn.path], 'ofac-csv', { asOf: '2024-05-03' })
      await loadList(store, [un.path], 'un-xml')
      screening = await openScreening(store)
    }, 60_000)
    afterAll(() => store.close())

    test('no invented party reaches the alert threshold', () => {
      const invented = [
        ...SHIPPERS.map((s) => s[0]),
        ...CONSIGNEES,
        ...LATE_CONSIGNEES,
        ...FORWARDERS.map((f) => f[0]),
        ...SHELLS,
        ...CORRIDOR_SHIPPERS.map((c) => c[0]),
      ]
      const hits = invented.flatMap((name) =>
        screening
          .screen({ name }, { threshold: DEFAULT_THRESHOLD })
          .hits.map((h) => `${name} -> ${h.entity.caption} ${h.score}`)
      )
      expect(hits).toEqual([])
    })

    test('every listed party, as the declarations write it, matches its SDN entry', () => {
      for (const [written, , num] of LISTED) {
        const top = screening.screen({ name: written, country: 'RU' }).hits[0]
        expect(top?.entity.id, written).toBe(`ofac-${num}`)
        expect(top?.match, written).toBe(true)
      }
    })
  }
)
