import { lines, queryText, type Provenance } from '../provenance.js'
import type { ListVersion } from './lists/versions.js'
import { DEFAULT_THRESHOLD } from './match/threshold.js'

/** The list versions a screening answer was given against, as every answer states them. */
export function screenedAgainst(versions: ListVersion[]) {
  return versions.map((v) => ({ id: v.id, source: v.source, as_of: v.as_of, as_of_basis: v.as_of_basis, current: !!v.current, pinned: !!v.pinned_at && !!v.current, warnings: v.warnings }))
}

/** One line per version for human output: source, date and how the date is known. */
export function describeVersions(versions: ListVersion[]): string {
  // A version loaded with --force (cut short, older than it says) says so on every answer it gives.
  const warned = (v: ListVersion) => (v.warnings.length ? `; loaded with ${v.warnings.length} warning${v.warnings.length > 1 ? 's' : ''}: ${v.warnings[0]}` : '')
  return versions.map((v) => `${v.source} ${v.id} as of ${v.as_of} (${v.as_of_basis}${v.pinned_at && v.current ? '; chosen with lists use' : ''}${v.current ? '' : '; not current'}${warned(v)})`).join(', ')
}

/**
 * The lists a screening answer was made against (source, as-of date, version, entities), the
 * query and the threshold: the provenance of every screening CSV (API `format=csv`, `screen
 * --batch`), so a file, a clean one too, says what it was screened against. No clock: the same
 * question on the same lists gives the same bytes.
 */
export function screeningProvenance(title: string, versions: ListVersion[], how: Record<string, string | number | undefined>): Provenance {
  return lines([
    ['title', title],
    // A version's load warnings (no alt.csv: OFAC's aliases not screened) travel with it, as in the JSON.
    ['lists', versions.map((v) => `${v.source} as of ${v.as_of} (version ${v.id}, ${v.entities} entities${v.warnings.map((w) => `; warning: ${w}`).join('')})`).join('; ') || 'none loaded'],
    ['query', queryText(how) || undefined],
    ['threshold', String(how.threshold ?? DEFAULT_THRESHOLD)],
    ['explanation', 'each hit names the features that matched, with their scores'],
  ])
}
