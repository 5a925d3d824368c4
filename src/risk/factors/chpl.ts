import { BASKETS } from '../../trade/baskets/baskets.js'
import type { Reason, Shipment } from '../model.js'
import type { Weights } from '../weights.js'

// The CHPL tiers as the project's baskets hold them (trade/baskets/baskets.json), each to the
// row of the weights table that prices it: tiers 3.A/3.B and 4.A/4.B share a row.
const TIERS: [
  basket: string,
  key: 'chpl_tier_1' | 'chpl_tier_2' | 'chpl_tier_3' | 'chpl_tier_4',
  tier: string,
][] = [
  ['chpl-tier-1', 'chpl_tier_1', '1'],
  ['chpl-tier-2', 'chpl_tier_2', '2'],
  ['chpl-tier-3a', 'chpl_tier_3', '3.A'],
  ['chpl-tier-3b', 'chpl_tier_3', '3.B'],
  ['chpl-tier-4a', 'chpl_tier_4', '4.A'],
  ['chpl-tier-4b', 'chpl_tier_4', '4.B'],
]

const byCode = new Map<
  string,
  { key: (typeof TIERS)[number][1]; tier: string; name: string; source: string }
>()
for (const [id, key, tier] of TIERS) {
  const b = BASKETS.find((x) => x.id === id)!
  for (const c of b.codes)
    byCode.set(c, { key, tier, name: b.name.replace(/^CHPL tier [^:]+: /, ''), source: b.source })
}

/** The shipment's HS6 is on the Common High Priority List: points by tier (tier 1 highest). */
export function chplFactor(w: Weights): (s: Shipment) => Reason | undefined {
  return (s) => {
    const hit = s.hs.length >= 6 ? byCode.get(s.hs.slice(0, 6)) : undefined
    if (!hit) return undefined
    return {
      factor: 'chpl_tier',
      points: w.points[hit.key],
      why: `HS ${s.hs.slice(0, 6)} is on the Common High Priority List, tier ${hit.tier} (${hit.name}): goods Russia's weapons need, which exporters are asked to screen most closely for diversion (${hit.source})`,
    }
  }
}
