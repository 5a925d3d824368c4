import type { Command } from 'commander'
import type { Basis, SharesQuery, SharesResult } from '../../trade/analytics/shares.js'
import type { TrendResult } from '../../trade/analytics/trend.js'
import { badInput } from '../../errors.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { DB_HELP } from './flags.js'


interface ShareFlags extends GlobalFlags {
  importer?: string
  exporter?: string
  basket: string
  by: string
  from?: string
  to?: string
  basis: string
  top?: string
  baseline?: string
  partner?: string
  dataset?: string[]
}

function shareOptions(cmd: Command): Command {
  return cmd
    .option('--importer <iso3>', 'importing country (its suppliers)')
    .option('--exporter <iso3>', 'exporting country (its buyers)')
    .option('--basket <id>', 'product basket (see: chokepoint baskets)', 'total')
    .option('--by <grain>', 'year | quarter | month', 'year')
    .option('--from <period>', 'first period, e.g. 2021 or 2021-Q1')
    .option('--to <period>', 'last period')
    .option('--basis <basis>', 'reported | mirror', 'reported')
    .option('--dataset <id...>', 'use only these datasets')
    .option('--db <path|url>', DB_HELP)
    .option('--json', 'print JSON')
}

// Domain modules are imported inside the actions (lazily): --help must not load DuckDB.
async function toQuery(f: ShareFlags): Promise<SharesQuery> {
  const { parseGrain } = await import('../../trade/analytics/periods.js')
  if (f.basis !== 'reported' && f.basis !== 'mirror') throw badInput(`invalid basis: "${f.basis}" (expected reported or mirror)`)
  const top = f.top === undefined ? undefined : Number(f.top)
  if (top !== undefined && !(Number.isInteger(top) && top > 0)) throw badInput(`invalid top: "${f.top}" (expected a whole number > 0)`)
  return { ...f, by: parseGrain(f.by), basis: f.basis as Basis, top, datasets: f.dataset }
}

export function registerTrade(program: Command): void {
  shareOptions(program.command('shares').description('supplier (or buyer) shares by period'))
    .option('--top <n>', 'show the top N partners and "others"')
    .option('--baseline <period>', 'compare each share with this period (points)')
    .action((f: ShareFlags) =>
      withStore(f, async (store, config) => {
        const [{ figureSubject, shares }, { sharesProvenance }] = await Promise.all([import('../../trade/analytics/shares.js'), import('../../trade/analytics/provenance.js')])
        const result = await shares(store, await toQuery(f))
        emit(config.json, { ...result, provenance: sharesProvenance(result) }, () => describe(result, figureSubject(result)))
      })
    )
  shareOptions(program.command('trend').description("one partner's value and share over time"))
    .requiredOption('--partner <country|group>', 'the partner to follow: a country, or a group summed (CHN+HKG: China incl. Hong Kong)')
    .option('--baseline <period>', 'mark this period as the baseline')
    .action((f: ShareFlags) =>
      withStore(f, async (store, config) => {
        // The same rows as the dashboard's trend chart and /trend: every period, baseline included.
        const [{ trend, trendProvenance }, { figureSubject }] = await Promise.all([import('../../trade/analytics/trend.js'), import('../../trade/analytics/shares.js')])
        const result = await trend(store, { ...(await toQuery(f)), partner: f.partner! })
        emit(config.json, { ...result, provenance: trendProvenance(result) }, () => describe(result, figureSubject(result)))
      })
    )
  program
    .command('datasets')
    .description('loaded datasets: file, rows, rejects, periods, synthetic or real')
    .option('--db <path|url>', DB_HELP)
    .option('--json', 'print JSON')
    .action((f: GlobalFlags) =>
      withStore(f, async (store, config) => {
        const { listDatasets } = await import('../../trade/datasets.js')
        const datasets = await listDatasets(store)
        emit(config.json, { datasets }, () =>
          table(datasets.map((d) => ({ ...d, synthetic: d.synthetic ? 'SYNTHETIC' : 'real', warnings: d.warnings.length })))
        )
      })
    )
  program
    .command('baskets')
    .description('product baskets and their HS codes')
    .argument('[basket]', 'show one basket with code descriptions')
    .option('--json', 'print JSON')
    .action((id: string | undefined, f: GlobalFlags) =>
      withConfig(f, async (config) => {
        const { BASKETS, HS_FILE, getBasket, loadHsDescriptions } = await import('../../trade/baskets/baskets.js')
        if (!id) {
          emit(config.json, { baskets: BASKETS }, () => table(BASKETS.map((b) => ({ id: b.id, name: b.name, codes: b.codes.join(' ') }))))
          return
        }
        const basket = getBasket(id)
        const desc = loadHsDescriptions(HS_FILE)
        const codes = basket.codes.map((code) => ({ code, description: desc.get(code) ?? '' }))
        emit(config.json, { basket: { ...basket, codes } }, () => `${basket.name}\nsource: ${basket.source}\n\n${table(codes)}`)
      })
    )
}

/** A share or trend answer as text; `subject` says whose figure it is (a mirror figure names its reporters). */
function describe(r: SharesResult | TrendResult, subject: string): string {
  const pct = (v: number | null | undefined) => (v == null ? '' : `${(100 * v).toFixed(1)}%`)
  const rows = r.rows.map((x) => ({
    period: 'is_baseline' in x && x.is_baseline ? `${x.period} (baseline)` : x.period,
    partner: x.partner,
    name: x.partner_name,
    value: x.value,
    share: pct(x.share),
    ...(x.change_pts !== undefined ? { 'change (pts)': x.change_pts == null ? '' : x.change_pts.toFixed(1) } : {}),
  }))
  const head = [
    r.synthetic ? '*** SYNTHETIC DEMO DATA: not real trade statistics ***' : '',
    `${subject}, basket ${r.basket.id} (${r.basket.name}), by ${r.query.by}`,
    `basis: ${r.basis_note}`,
    `currency: ${r.currency ?? 'none (no data)'}; datasets: ${r.datasets.map((d) => `${d.file} [${d.id}]`).join(', ') || 'none'}`,
    `denominator: ${[...new Set(r.periods.map((p) => p.denominator))].join(', ') || 'none (no data)'}`,
  ].filter(Boolean)
  const periods = r.periods.map((p) => ({ period: p.period, total: p.total, denominator: p.denominator, months: p.months, HHI: p.hhi }))
  return [...head, ...r.warnings.map((w) => `warning: ${w}`), '', table(rows), '', 'totals and concentration (HHI, 0-10000):', table(periods)].join('\n')
}
