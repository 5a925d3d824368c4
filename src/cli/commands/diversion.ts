import type { Command } from 'commander'
import type { DiversionResult } from '../../trade/analytics/diversion/diversion.js'
import { badInput } from '../../errors.js'
import { withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { number, DB_HELP } from './flags.js'

interface DiversionFlags extends GlobalFlags {
  exporter: string
  target: string
  via: string
  baseline: string
  period: string
  basket: string
  by: string
  break: string
  top?: string
}

export function registerDiversion(program: Command): void {
  program
    .command('diversion')
    .description('exports to a target and to transit countries: baseline vs period, ratio, change, excess; monthly breaks')
    .requiredOption('--exporter <who>', 'a country, a group (EU27, G7, coalition) or a comma list')
    .requiredOption('--target <iso3>', 'the country trade was diverted from, e.g. RUS')
    .requiredOption('--via <list>', 'transit countries, comma separated, e.g. ARM,GEO,KAZ,KGZ,UZB')
    .requiredOption('--baseline <period>', 'a year, quarter (2021-Q3) or month (2021-05)')
    .requiredOption('--period <period>', 'as long as the baseline, compared month for month')
    .option('--basket <id>', 'product basket (see: chokepoint baskets)', 'total')
    .option('--by <what>', 'corridor | product (the HS lines behind each corridor)', 'corridor')
    .option('--break <month>', 'month the monthly series are split at', '2022-03')
    .option('--top <n>', 'products shown per corridor with --by product', '10')
    .option('--db <path|url>', DB_HELP)
    .option('--json', 'print JSON')
    .action((f: DiversionFlags) =>
      withStore(f, async (store, config) => {
        // Loaded inside the action: --help must not load DuckDB.
        const [{ diversion }, { diversionProvenance, diversionTable }] = await Promise.all([
          import('../../trade/analytics/diversion/diversion.js'),
          import('../../trade/analytics/diversion/provenance.js'),
        ])
        if (f.by !== 'corridor' && f.by !== 'product') throw badInput(`invalid by: "${f.by}" (expected corridor or product)`)
        const top = number(f.top, 'top', 10, { min: 1, max: 200, int: true })
        const r = await diversion(store, { ...f, by: f.by, top })
        emit(config.json, { ...r, provenance: diversionProvenance(r) }, () => describe(r, diversionTable(r)))
      })
    )
}

function describe(r: DiversionResult, rows: Record<string, unknown>[]): string {
  const pct = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}x` : '')
  const shown = rows.map((x) => ({ ...x, ratio: pct(x.ratio), offset: typeof x.offset === 'number' ? `${(100 * x.offset).toFixed(1)}%` : '', months: `${x.months}/${x.of}`, of: undefined, name: undefined, note: undefined, level_before: undefined, level_after: undefined, anomalies: undefined }))
  const cols = ['role', 'country', 'baseline', 'period', 'ratio', 'change', 'excess', 'offset', 'fall', 'months', 'rise_start']
  const head = [
    r.synthetic ? '*** SYNTHETIC DEMO DATA: not real trade statistics ***' : '',
    `exports of ${r.basket.name} from ${r.query.exporter} (${r.currency}): ${r.query.period} against ${r.query.baseline}`,
    // Per corridor: a group may be its aggregate row for one partner and its members for another.
    `counted as: ${[r.target, ...r.rows].map((x) => `${x.country}: ${x.sources.join(', ') || 'no data'}`).join('; ')}`,
    `comparison: ${r.comparison}`,
    `excess: ${r.excess_method}`,
    `datasets: ${r.datasets.map((d) => `${d.file} [${d.id}]`).join(', ') || 'none'}`,
  ].filter(Boolean)
  const breaks = [r.target, ...r.rows].map((x) => ({ country: x.country, break: x.breaks.break, level_before: x.breaks.before, level_after: x.breaks.after, rise_start: x.breaks.rise_start ?? '', anomalies: listed(x.breaks.points.filter((p) => p.anomaly).map((p) => p.month)), seasonal: x.breaks.seasonal }))
  const products = [r.target, ...r.rows].filter((x) => x.products?.length).map((x) => `${x.country}:\n${table(x.products!.map((p) => ({ hs: p.hs, baseline: p.baseline, period: p.period, change: p.change, name: (p.name ?? '').slice(0, 70) })))}`)
  return [...head, ...r.warnings.map((w) => `warning: ${w}`), '', table(shown, cols), '', 'monthly series (medians of the 12 months before and from the break; robust z-scores, see docs/diversion.md):', table(breaks), ...(products.length ? ['', 'products behind each corridor (largest change first):', ...products] : [])].join('\n')
}

/** Long month lists cut for the terminal; the JSON keeps every point. */
function listed(months: string[], max = 6): string {
  return months.length > max ? `${months.slice(0, max).join(' ')} and ${months.length - max} more` : months.join(' ')
}
