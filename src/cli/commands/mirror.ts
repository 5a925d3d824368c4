import type { Command } from 'commander'
import type { MirrorResult } from '../../trade/analytics/mirror.js'
import { withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { DB_HELP } from './flags.js'

interface MirrorFlags extends GlobalFlags {
  reporter: string
  partner: string
  basket: string
  by: string
  from?: string
  to?: string
  currency?: string
  dataset?: string[]
}

export function registerMirror(program: Command): void {
  program
    .command('mirror')
    .description("mirror gaps: the partner's reported exports (FOB) vs the reporter's reported imports (CIF/1.06)")
    .requiredOption('--reporter <country>', 'the importing country, e.g. KGZ')
    .requiredOption('--partner <country|group>', 'the exporting country or group, e.g. EU27')
    .option('--basket <id>', 'product basket (see: chokepoint baskets)', 'total')
    .option('--by <grain>', 'year | quarter | month', 'year')
    .option('--from <period>', 'first period, e.g. 2021')
    .option('--to <period>', 'last period')
    .option('--currency <code>', 'answer in EUR, USD, ... (converted through the ECB averages table)')
    .option('--dataset <id...>', 'use only these datasets')
    .option('--db <path|url>', DB_HELP)
    .option('--json', 'print JSON')
    .action((f: MirrorFlags) =>
      withStore(f, async (store, config) => {
        // Loaded in the action: --help must not load DuckDB.
        const [{ mirror }, { mirrorProvenance }, { parseGrain }] = await Promise.all([
          import('../../trade/analytics/mirror.js'),
          import('../../trade/analytics/mirror-provenance.js'),
          import('../../trade/analytics/periods.js'),
        ])
        const result = await mirror(store, { ...f, by: parseGrain(f.by), datasets: f.dataset })
        emit(config.json, { ...result, provenance: mirrorProvenance(result) }, () => describe(result))
      })
    )
}

function describe(r: MirrorResult): string {
  const pct = (v: number | null) => (v == null ? '' : `${(100 * v).toFixed(1)}%`)
  const fx = (x: MirrorResult['rows'][number]['fx']['partner_reported_exports']) => (x ? `${x.from}->${x.to} ${x.rate} (${x.basis})` : '')
  const rows = r.rows.map((x) => ({
    period: x.period,
    'partner exports (FOB)': x.partner_reported_exports,
    'reporter imports (CIF)': x.reporter_reported_imports,
    'imports FOB': x.imports_fob,
    gap: x.gap,
    'gap ratio': pct(x.gap_ratio),
    'fx exports': fx(x.fx.partner_reported_exports),
    'fx imports': fx(x.fx.reporter_reported_imports),
  }))
  const q = r.query
  const named = (side: 'exports' | 'imports') => r.datasets.filter((d) => d.side === side).map((d) => `${d.file} [${d.id}] (${d.currency})`).join(', ') || 'none'
  return [
    r.synthetic ? '*** SYNTHETIC DEMO DATA: not real trade statistics ***' : '',
    `mirror: ${q.partner} (${r.partner_name}) -> ${q.reporter}, basket ${r.basket.id}, by ${q.by}, in ${q.currency}`,
    `exports: ${r.bases.exports}; ${r.sides.exports.sources.join(', ') || 'no data'}; datasets: ${named('exports')}`,
    `imports: ${r.bases.imports}; ${r.sides.imports.sources.join(', ') || 'no data'}; datasets: ${named('imports')}`,
    `imports FOB = ${r.bases.imports_fob}; gap = ${r.bases.gap}; gap ratio = ${r.bases.gap_ratio}`,
    r.fx.rates.length ? `fx: ${r.fx.source}` : '',
    ...r.warnings.map((w) => `warning: ${w}`),
    '',
    table(rows),
  ].filter((l, i) => l !== '' || i > 5).join('\n')
}
