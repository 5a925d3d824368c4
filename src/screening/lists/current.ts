/** What the current version of a source is, from the versions' dates and `lists use` choices. */
export interface Candidate {
  id: string
  source: string
  as_of: string
  loaded_at: string
  pinned_at?: string | null
}

const newest = <T extends Candidate>(a: T, b: T) => (b.as_of > a.as_of || (b.as_of === a.as_of && b.loaded_at > a.loaded_at) ? b : a)

/**
 * The current version of each source: the one with the latest as-of date (never just the latest
 * loaded; the load time only breaks a tie), unless `lists use` pinned another. A pin holds until
 * a version with a later as-of date than the pinned one is loaded after the pin.
 */
export function currentIds(versions: Candidate[]): Set<string> {
  const bySource = new Map<string, Candidate[]>()
  for (const v of versions) bySource.set(v.source, [...(bySource.get(v.source) ?? []), v])
  const out = new Set<string>()
  for (const group of bySource.values()) {
    const latest = group.reduce(newest)
    const pinned = group.filter((v) => v.pinned_at).sort((a, b) => String(b.pinned_at).localeCompare(String(a.pinned_at)))[0]
    const superseded = pinned && group.some((v) => v.as_of > pinned.as_of && v.loaded_at > String(pinned.pinned_at))
    out.add(pinned && !superseded ? pinned.id : latest.id)
  }
  return out
}
