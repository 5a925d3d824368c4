import type { PartnerSet } from '../countries/groups.js'
import type { ShareRow } from './shares.js'

/**
 * The rows of one partner; for a group (CHN+HKG), its members' rows summed into one row per
 * period, named by the group. Shares of one period share a denominator, so they add up. Aggregate
 * rows are never partners (shares.ts leaves them out), so a group is always the sum of its members.
 */
export function partnerRows(rows: ShareRow[], partner: PartnerSet): ShareRow[] {
  if (partner.members.length === 1) return rows.filter((r) => r.partner === partner.code)
  const byPeriod = new Map<string, ShareRow>()
  for (const r of rows) {
    if (!partner.members.includes(r.partner)) continue
    const sum = byPeriod.get(r.period)
    if (!sum) byPeriod.set(r.period, { ...r, partner: partner.code, partner_name: partner.name })
    else byPeriod.set(r.period, { ...sum, value: sum.value + r.value, share: sum.share == null || r.share == null ? null : sum.share + r.share })
  }
  return [...byPeriod.values()]
}
