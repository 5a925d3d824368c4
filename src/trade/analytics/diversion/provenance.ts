import { lines, queryText, SYNTHETIC_NOTE, type Provenance } from '../../../provenance.js'
import type { DiversionResult } from './diversion.js'

/** The heading of a diversion table or chart wherever it goes. */
export function diversionTitle(r: DiversionResult): string {
  const q = r.query
  return `Exports of ${r.basket.name} from ${q.exporter} to ${q.target} and ${q.via.join(', ')}: ${q.period} against ${q.baseline}, as the exporters report them`
}

/** One line a field: the question, exporters and how each was counted, the method, datasets, warnings. */
export function diversionProvenance(r: DiversionResult): Provenance {
  const q = r.query
  const sources = [...new Set([r.target, ...r.rows].flatMap((x) => x.sources))]
  return lines([
    ['title', diversionTitle(r)],
    ['synthetic', r.synthetic ? `true (${SYNTHETIC_NOTE})` : 'false'],
    ['query', queryText({ exporter: q.exporter, target: q.target, via: q.via.join(','), baseline: q.baseline, period: q.period, basket: q.basket, by: q.by, break: q.break })],
    ['exporters', r.exporters.map((e) => (e.kind === 'group' ? `${e.id} (group of ${e.members!.length}: ${e.source})` : `${e.id} ${e.name}`)).join('; ')],
    ['counted_as', sources.join('; ')],
    ['basis', "the exporters' own reported exports (FOB), by country of destination"],
    ['basket', `${r.basket.id}: ${r.basket.name} (source: ${r.basket.source})`],
    ['basket_codes', r.basket.codes.join(' ')],
    ['comparison', r.comparison],
    ['excess', r.excess_method],
    ['currency', r.currency],
    ['datasets', r.datasets.map((d) => `${d.id} ${d.file} (${d.format}${d.synthetic ? ', synthetic' : ''})`).join('; ') || 'none'],
    ...r.warnings.map((w): [string, string] => ['warning', w]),
  ])
}

/** The ranked table as flat rows (CSV, CLI): the target first, then the corridors by ratio. */
export function diversionTable(r: DiversionResult): Record<string, unknown>[] {
  const flat = (role: string, x: DiversionResult['rows'][number] | DiversionResult['target']) => ({
    role,
    country: x.country,
    name: x.name,
    baseline: x.baseline,
    period: x.period,
    ratio: x.ratio,
    change: x.change,
    excess: 'excess' in x ? x.excess : null,
    offset: 'offset' in x ? x.offset : null,
    fall: 'fall' in x ? x.fall : null,
    months: x.months,
    of: x.of,
    level_before: x.breaks.before,
    level_after: x.breaks.after,
    rise_start: x.breaks.rise_start,
    anomalies: x.breaks.points.filter((p) => p.anomaly).map((p) => p.month).join(' '),
    note: x.note,
  })
  return [flat('target', r.target), ...r.rows.map((x) => flat('via', x))]
}

export const DIVERSION_COLUMNS = ['role', 'country', 'name', 'baseline', 'period', 'ratio', 'change', 'excess', 'offset', 'fall', 'months', 'of', 'level_before', 'level_after', 'rise_start', 'anomalies', 'note']
