import type { Store } from '../../store/store.js'
import { resolvePartner } from '../countries/groups.js'
import { parseBound } from './periods.js'
import type { Provenance } from '../../provenance.js'
import { sharesProvenance, sharesTitle } from './provenance.js'
import { shares, type ShareRow, type SharesQuery, type SharesResult } from './shares.js'

export interface TrendRow extends ShareRow {
  /** True on the row of the baseline period, the one the chart marks. */
  is_baseline: boolean
}

export interface TrendResult extends Omit<SharesResult, 'rows'> {
  partner: string
  baseline: string | null
  /** One row per period of the answer, zero where the partner traded nothing, baseline included. */
  rows: TrendRow[]
}

type Shares = (store: Store, q: SharesQuery) => Promise<SharesResult>

const start = (p: string) => parseBound(p, false).year * 12 + parseBound(p, false).month
const end = (p: string) => parseBound(p, true).year * 12 + parseBound(p, true).month

/**
 * One partner over time: the table the trend chart draws, so the CLI, the JSON, the CSV and the
 * chart show the same rows. Every period has a row (a period without trade is a zero, not a
 * gap), and the baseline period is always one of them, even when it lies outside from..to.
 */
export async function trend(store: Store, q: SharesQuery & { partner: string }, run: Shares = shares): Promise<TrendResult> {
  // Named from the project's table, so a partner with no rows in the data still has its name.
  // Resolved as shares resolves it: "China", "CN" and "156" are CHN, or the baseline row is missed;
  // a group (CHN+HKG) is its members summed into one row.
  const { code: partner, name } = resolvePartner(q.partner)
  const b = q.baseline
  // Widen the range to reach the baseline; the periods between are dropped again below.
  const from = b && q.from && start(b) < start(q.from) ? b : q.from
  const to = b && q.to && end(b) > end(q.to) ? b : q.to
  const r = await run(store, { ...q, partner, from, to, top: undefined })
  const inRange = (p: string) => p === b || ((!q.from || start(p) >= start(q.from)) && (!q.to || end(p) <= end(q.to)))
  const base = b ? shareIn(r, b, partner) : undefined
  const rows = r.periods.filter((p) => inRange(p.period)).map((p): TrendRow => {
    const found = r.rows.find((x) => x.period === p.period)
    const share = found ? found.share : p.total > 0 ? 0 : null
    const row: TrendRow = { period: p.period, partner, partner_name: name, value: found?.value ?? 0, currency: r.currency ?? '', share, is_baseline: p.period === b }
    if (b) Object.assign(row, { baseline_share: base ?? null, change_pts: share == null || base == null ? null : 100 * (share - base) })
    return row
  })
  const periods = r.periods.filter((p) => inRange(p.period))
  return { ...r, query: { ...r.query, from: q.from ?? null, to: q.to ?? null }, partner, baseline: b ?? null, periods, rows }
}

/** The partner's share in the baseline period: 0 when it sold nothing, null when nobody did. */
function shareIn(r: SharesResult, baseline: string, partner: string): number | null {
  const total = r.periods.find((p) => p.period === baseline)?.total
  return r.rows.find((x) => x.period === baseline && x.partner === partner)?.share ?? (total ? 0 : null)
}

/** The trend's provenance: the shares lines, titled for the partner, with partner and baseline. */
export function trendProvenance(r: TrendResult): Provenance {
  const name = r.rows[0]?.partner_name ?? r.partner
  const title = `${name} (${r.partner}) in ${sharesTitle({ ...r, rows: [] }, { lead: false })}`
  const extra: [string, string | undefined][] = [['partner', r.partner], ['baseline', r.baseline ?? 'none']]
  return sharesProvenance({ ...r, rows: r.rows }, { title, extra })
}
