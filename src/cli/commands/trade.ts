import type { Command } from 'commander'
import { BASKETS, HS_FILE, getBasket, loadHsDescriptions } from '../../trade/baskets/baskets.js'
import { parseGrain } from '../../trade/analytics/periods.js'
import { figureSubject, shares, type Basis, type SharesResult } from '../../trade/analytics/shares.js'
import { listDatasets } from '../../trade/datasets.js'
import { badInput } from '../../errors.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'


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
    .option('--db <path>', 'database file')
    .option('--json', 'print JSON')
}

function toQuery(f: ShareFlags) {
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
        const result = await shares(store, toQuery(f))
        emit(config.json, { ...result }, () => describe(result))
      })
    )
  shareOptions(program.command('trend').description("one partner's value and share over time"))
    .requiredOption('--partner <iso3>', 'the partner to follow')
    .option('--baseline <period>', 'mark this period as the baseline')
    .action((f: ShareFlags) =>
      withStore(f, async (store, config) => {
        const result = await shares(store, toQuery(f))
        emit(config.json, { ...result }, () => describe(result))
      })
    )
  program
    .command('datasets')
    .description('loaded datasets: file, rows, rejects, periods, synthetic or real')
    .option('--db <path>', 'database file')
    .option('--json', 'print JSON')
    .action((f: GlobalFlags) =>
      withStore(f, async (store, config) => {
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

function describe(r: SharesResult): string {
  const pct = (v: number | null | undefined) => (v == null ? '' : `${(100 * v).toFixed(1)}%`)
  const rows = r.rows.map((x) => ({
    period: x.period,
    partner: x.partner,
    name: x.partner_name,
    value: x.value,
    share: pct(x.share),
    ...(x.change_pts !== undefined ? { 'change (pts)': x.change_pts == null ? '' : x.change_pts.toFixed(1) } : {}),
  }))
  const head = [
    r.synthetic ? '*** SYNTHETIC DEMO DATA: not real trade statistics ***' : '',
    `${figureSubject(r)}, basket ${r.basket.id} (${r.basket.name}), by ${r.query.by}`,
    `basis: ${r.basis_note}`,
    `currency: ${r.rows[0]?.currency ?? ''}; datasets: ${r.datasets.map((d) => `${d.file} [${d.id}]`).join(', ') || 'none'}`,
    `denominator: ${[...new Set(r.periods.map((p) => p.denominator))].join(', ')}`,
  ].filter(Boolean)
  const periods = r.periods.map((p) => ({ period: p.period, total: p.total, denominator: p.denominator, months: p.months, HHI: p.hhi }))
  return [...head, ...r.warnings.map((w) => `warning: ${w}`), '', table(rows), '', 'totals and concentration (HHI, 0-10000):', table(periods)].join('\n')
}
