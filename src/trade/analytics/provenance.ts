import { lines, queryText, SYNTHETIC_NOTE, type Provenance } from '../../provenance.js'
import { figureSubject, type SharesResult } from './shares.js'

/** Mirror coverage as the selection may state it: which reporters a mirror figure rests on. */
interface Coverage {
  coverage?: { reporters: string[]; count?: number; of?: number }
}

/** The heading a shares table or chart carries wherever it goes. */
export function sharesTitle(r: SharesResult, { lead = true } = {}): string {
  const q = r.query
  // A mirror figure is the loaded reporters' view, named as such: "exports to GEO reported by
  // 27 reporters (of 250)", never "GEO imports" (with only EU reporters loaded, that was wrong).
  if (q.basis === 'mirror') return `${lead ? capitalise(figureSubject(r)) : figureSubject(r)}: ${r.basket.name}, by ${q.by} (mirror)`
  return `${q.country} ${q.direction} of ${r.basket.name}, by ${q.by}, as it reports them`
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * What a reader of an exported shares (or trend) table or chart needs to trust it: the question,
 * basis, basket and its HS codes, denominator, datasets, reporters and the synthetic flag. One
 * entry a line: a new field of the result is one line here.
 */
export function sharesProvenance(r: SharesResult & Coverage, { title = sharesTitle(r), extra = [] as [string, string | undefined][] } = {}): Provenance {
  const q = r.query
  return lines([
    ['title', title],
    ['synthetic', r.synthetic ? `true (${SYNTHETIC_NOTE})` : 'false'],
    ['query', queryText({ [q.direction === 'imports' ? 'importer' : 'exporter']: q.country, basket: q.basket, by: q.by, basis: q.basis, from: q.from, to: q.to, top: q.top })],
    ...extra,
    ['basis', q.basis],
    ['basis_note', r.basis_note],
    ['basket', `${r.basket.id}: ${r.basket.name} (source: ${r.basket.source})`],
    ['basket_codes', r.basket.codes.join(' ')],
    ['denominator', [...new Set(r.periods.map((p) => p.denominator))].join(', ') || 'none (no data)'],
    ['top', q.top ? `the ${q.top} largest partners of each period; the rest as OTHERS` : undefined],
    ['currency', r.currency ?? 'none (no data)'],
    ['datasets', r.datasets.map((d) => `${d.id} ${d.file} (${d.format}${d.synthetic ? ', synthetic' : ''})`).join('; ') || 'none'],
    ['reporters', reporters(r)],
    ...r.warnings.map((w): [string, string] => ['warning', w]),
  ])
}

function reporters(r: SharesResult & Coverage): string {
  const c = r.coverage
  if (c) return `${c.reporters.join(' ')}${c.of ? ` (${c.count ?? c.reporters.length} of ${c.of})` : ''}`
  if (r.query.basis === 'reported') return `${r.query.country} (its own statistics)`
  return `the partners that report trade with ${r.query.country} (each row's partner is its reporter)`
}
