import { lines, queryText, SYNTHETIC_NOTE, type Provenance } from '../../provenance.js'
import type { MirrorResult } from './mirror.js'

/** The heading a mirror table or chart carries wherever it goes. */
export function mirrorTitle(r: MirrorResult): string {
  const q = r.query
  return `Mirror gap: ${q.partner}'s reported exports to ${q.reporter} vs ${q.reporter}'s reported imports from ${q.partner}, ${r.basket.name}, by ${q.by}, ${q.currency}`
}

/** What a reader of an exported mirror table needs to trust it: one entry a line. */
export function mirrorProvenance(r: MirrorResult): Provenance {
  const q = r.query
  const sets = (side: 'exports' | 'imports') =>
    r.datasets.filter((d) => d.side === side).map((d) => `${d.id} ${d.file} (${d.format}, ${d.currency}${d.synthetic ? ', synthetic' : ''})`).join('; ') || 'none'
  const rates = [...new Map(r.fx.rates.map((x) => [`${x.pair} ${x.period}`, x])).values()]
  return lines([
    ['title', mirrorTitle(r)],
    ['synthetic', r.synthetic ? `true (${SYNTHETIC_NOTE})` : 'false'],
    ['query', queryText({ reporter: q.reporter, partner: q.partner, basket: q.basket, by: q.by, from: q.from, to: q.to, currency: q.currency })],
    ['group', r.group ? `${r.group.id}: ${r.group.members.join(' ')} (source: ${r.group.source}); its aggregate row where the data has one, else the sum of its members, never both` : undefined],
    ['basis_exports', `${r.bases.exports}; ${r.sides.exports.sources.join(', ') || 'no data'}`],
    ['basis_imports', `${r.bases.imports}; ${r.sides.imports.sources.join(', ') || 'no data'}`],
    ['imports_fob', r.bases.imports_fob],
    ['gap', r.bases.gap],
    ['gap_ratio', r.bases.gap_ratio],
    ['basket', `${r.basket.id}: ${r.basket.name} (source: ${r.basket.source})`],
    ['basket_codes', r.basket.codes.join(' ')],
    ['currency', q.currency],
    ['fx_source', rates.length ? r.fx.source : undefined],
    ['fx_derivation', rates.length ? r.fx.derivation : undefined],
    ['fx_rates', rates.length ? rates.map((x) => `${x.pair} ${x.period} ${x.rate}`).join('; ') : undefined],
    ['datasets_exports', sets('exports')],
    ['datasets_imports', sets('imports')],
    ...r.warnings.map((w): [string, string] => ['warning', w]),
  ])
}
