import type { ListVersion } from './lists/versions.js'

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
