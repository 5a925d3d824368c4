import type { Reason, Shipment } from '../model.js'
import { isoDay } from '../shipments.js'
import type { Weights } from '../weights.js'

/** A consignee's name compared without case, quotes, punctuation or spacing: `ООО "Техноком"` = `ооо техноком`. */
export function consigneeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The consignee's first shipment in the file falls in the file's last `recent_share` of days: a
 * buyer that appeared late (shell companies set up to take over a listed buyer's orders do).
 * Judged against the file's own date range; a file spanning fewer than `min_span_days` is not
 * judged (`note` says so).
 */
export function newConsigneeFactor(
  rows: Shipment[],
  w: Weights
): { reasons: (s: Shipment) => Reason | undefined; note: string } {
  const { recent_share, min_span_days } = w.settings.new_consignee
  const first = new Map<string, number>()
  const count = new Map<string, number>()
  const keys = new Map<string, string>()
  const keyOf = (name: string) =>
    keys.get(name) ?? (keys.set(name, consigneeKey(name)), keys.get(name)!)
  let lo = Infinity
  let hi = -Infinity
  for (const s of rows) {
    lo = Math.min(lo, s.day)
    hi = Math.max(hi, s.day)
    if (!s.consignee) continue
    const k = keyOf(s.consignee)
    first.set(k, Math.min(first.get(k) ?? Infinity, s.day))
    count.set(k, (count.get(k) ?? 0) + 1)
  }
  const span = hi - lo
  const range = rows.length ? `${isoDay(lo)} to ${isoDay(hi)}` : 'none'
  if (span < min_span_days)
    return {
      reasons: () => undefined,
      note: `not used: the file's dates span ${span} days (${range}), fewer than ${min_span_days}`,
    }
  const since = Math.ceil(hi - recent_share * span)
  const share = `${Math.round(recent_share * 100)}%`
  const reasons = (s: Shipment): Reason | undefined => {
    if (!s.consignee) return undefined
    const k = keyOf(s.consignee)
    const day = first.get(k)!
    if (day < since) return undefined
    return {
      factor: 'new_consignee',
      points: w.points.new_consignee,
      why: `consignee ${JSON.stringify(s.consignee)} first appears on ${isoDay(day)}, in the last ${share} of the file's dates (${range}; from ${isoDay(since)}): a new buyer, ${count.get(k)} shipment${count.get(k) === 1 ? '' : 's'} in all`,
    }
  }
  return {
    reasons,
    note: `a consignee is new when its first shipment is on or after ${isoDay(since)} (the last ${share} of ${range})`,
  }
}
