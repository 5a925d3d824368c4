/**
 * What makes a new list version unfit to replace the current one: it loses a large share of the
 * current version's entities, lacks files or sections the current one has, or comes from another
 * publisher. Pure: the caller gathers the ids from the store and decides about --force.
 */

/**
 * Largest share of the current version's entities a new version may drop. Real lists change by
 * a few percent between publications (OFAC SDN 2022-02 -> 2024-05, over two years: 5.4% of
 * entries removed; 2021-07 -> 2024-05: 9.8%); a cut download drops far more (the first 7,000
 * lines of sdn.csv: 53%).
 */
export const MAX_LOSS = 0.2

/** Least overlap (Jaccard) of two loads' dataset names to count as one publisher's list. */
export const MIN_SAME_PUBLISHER = 0.5

export interface Side {
  id: string
  as_of: string
  ids: string[]
  parts: string[]
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`

/** Reasons a version that would become current should not, compared with the current one. */
export function shrinkProblems(next: Pick<Side, 'ids' | 'parts'>, current: Side): string[] {
  const have = new Set(next.ids)
  const lost = current.ids.filter((id) => !have.has(id)).length
  const out: string[] = []
  if (current.ids.length && lost / current.ids.length > MAX_LOSS) {
    out.push(`it lacks ${lost.toLocaleString('en-US')} of the ${current.ids.length.toLocaleString('en-US')} entities (${pct(lost / current.ids.length)}) of the current version ${current.id} (${current.as_of}); more than ${pct(MAX_LOSS)} at once means a cut or partial list`)
  }
  const missing = current.parts.filter((p) => !next.parts.includes(p))
  if (missing.length) out.push(`it lacks ${missing.join(', ')}, which the current version ${current.id} has`)
  return out
}

/**
 * What `lists use` says of the version chosen when it has far fewer entities than the newest of
 * its list (more than MAX_LOSS fewer): a list of an earlier date may be what the user wants, a
 * cut file loaded as an older version never is, and both screen fewer names without a word.
 */
export function useWarning(chosen: { id: string; entities: number }, newest: { id: string; as_of: string; entities: number }): string | undefined {
  if (chosen.id === newest.id || !newest.entities || chosen.entities >= newest.entities * (1 - MAX_LOSS)) return undefined
  const fewer = 1 - chosen.entities / newest.entities
  return `${chosen.id} has ${chosen.entities.toLocaleString('en-US')} entities, ${pct(fewer)} fewer than the newest version ${newest.id} (${newest.as_of}, ${newest.entities.toLocaleString('en-US')}): screening now misses every name only the newer one lists; a list of an earlier date, or a cut file`
}

/** The share of names two sets have in common (1 when both are empty). */
export function overlap(a: string[], b: string[]): number {
  const sa = new Set(a)
  const sb = new Set(b)
  const both = [...sa].filter((x) => sb.has(x)).length
  const either = new Set([...sa, ...sb]).size
  return either ? both / either : 1
}

const names = (xs: string[]) => (xs.length > 6 ? `${xs.slice(0, 6).join(', ')}, ... ${xs.length} in all` : xs.join(', ') || 'none named')

/** Refusal text when a file's datasets say it is another publisher's list than the source's. */
export function publisherProblem(source: string, datasets: string[], current: { id: string; datasets: string[] }): string | undefined {
  if (overlap(datasets, current.datasets) >= MIN_SAME_PUBLISHER) return undefined
  return `its datasets (${names(datasets)}) differ from those of source "${source}" (${names(current.datasets)}; version ${current.id}): not a new version of the same list, load it as a source of its own with --source NAME`
}
