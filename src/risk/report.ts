import { csvField } from '../csv.js'
import { lines, SYNTHETIC_NOTE, type Provenance } from '../provenance.js'
import type { RiskReport } from './assess.js'
import type { BadRow } from './model.js'

/** The provenance of a risk answer, one `# key: value` line each: weights, lists, corridors, references. */
export function riskProvenance(
  r: RiskReport,
  { file, synthetic = false }: { file: string; synthetic?: boolean }
): Provenance {
  const p = r.provenance
  return lines([
    [
      'title',
      `shipment risk of ${r.counts.shipments} shipments in ${file}: ${r.counts.review} at or above ${r.weights.review_at} points`,
    ],
    ['synthetic', synthetic ? SYNTHETIC_NOTE : undefined],
    ['weights', `${r.weights.name} (${r.weights.file}), version ${r.weights_version}`],
    [
      'lists',
      p.lists.length
        ? `${p.lists.map((l) => `${l.source} ${l.id} as of ${l.as_of}`).join('; ')} (${p.parties_screened} distinct parties screened)`
        : 'none loaded: parties not screened',
    ],
    ['corridors', p.corridors],
    [
      'corridor_datasets',
      p.corridor_datasets.length
        ? p.corridor_datasets
            .map((d) => `${d.file} (${d.id}${d.synthetic ? ', synthetic' : ''})`)
            .join('; ')
        : undefined,
    ],
    ['new_consignee', p.new_consignee],
    ['unit_value', p.unit_value.join('; ')],
    ['description', p.description],
    ['rejected', r.rejected.length ? `${r.rejected.length} bad rows set aside` : undefined],
    ['warnings', r.warnings.length ? r.warnings.join('; ') : undefined],
  ])
}

/** The quarantine file: line, reason, then the row's own columns (as `ingest --quarantine` writes). */
export function quarantineCsv(header: string[], rejected: BadRow[]): string {
  const out = [['line', 'reason', ...header].map(csvField).join(',')]
  for (const b of rejected)
    out.push([b.line, b.reason, ...header.map((h) => b.cells[h] ?? '')].map(csvField).join(','))
  return out.join('\n') + '\n'
}
