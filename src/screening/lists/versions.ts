import { badInput, notFound } from '../../errors.js'
import type { Store } from '../../store/store.js'
import type { Entity } from '../model.js'
import { useWarning } from './checks.js'
import { currentIds } from './current.js'

/** One load of one list: what `chokepoint lists` shows. */
export interface ListVersion {
  id: string
  source: string
  format: string
  files: string[]
  as_of: string
  /** How the as-of date was decided: given, from the file, or inferred from entries (and against which version). */
  as_of_basis: string
  /** The files or sections the load held (OFAC: sdn, add, alt, comments; UN: INDIVIDUALS, ENTITIES). */
  parts: string[]
  /** The publishers' dataset names its entities carry. */
  datasets: string[]
  sha256: string
  entities: number
  matchable: number
  warnings: string[]
  loaded_at: string
  /** When `lists use` made it current, if it did. */
  pinned_at: string | null
  current?: boolean
}

// The store hands TIMESTAMPs back as Dates: ISO text keeps them sortable and millisecond-exact.
const iso = (t: unknown) => (t instanceof Date ? t.toISOString() : String(t))

/** All list versions, by source and newest first; `current` marks the version each source screens against. */
export async function listVersions(store: Store): Promise<ListVersion[]> {
  const rows = await store.all<Record<string, unknown>>(`SELECT * FROM list_version ORDER BY source, as_of DESC, loaded_at DESC`)
  const versions = rows.map((r) => ({
    ...(r as unknown as ListVersion),
    entities: Number(r.entities),
    matchable: Number(r.matchable),
    files: JSON.parse(String(r.files)) as string[],
    parts: JSON.parse(String(r.parts)) as string[],
    datasets: JSON.parse(String(r.datasets)) as string[],
    warnings: JSON.parse(String(r.warnings)) as string[],
    loaded_at: iso(r.loaded_at),
    pinned_at: r.pinned_at === null || r.pinned_at === undefined ? null : iso(r.pinned_at),
  }))
  const current = currentIds(versions)
  return versions.map((v) => ({ ...v, current: current.has(v.id) }))
}

/** Finds a version by id, unique id prefix, or source name (its current version). */
export async function resolveVersion(store: Store, ref: string, { bySource = true } = {}): Promise<ListVersion> {
  const all = await listVersions(store)
  const exact = all.find((v) => v.id === ref) ?? (bySource ? all.find((v) => v.source === ref && v.current) : undefined)
  if (exact) return exact
  const hits = all.filter((v) => v.id.startsWith(ref))
  if (hits.length === 1) return hits[0]
  if (hits.length > 1) throw badInput(`ambiguous list version: "${ref}" (matches ${hits.map((h) => h.id).join(', ')})`)
  throw notFound(`no such list version: "${ref}" (see: chokepoint lists)`)
}

/**
 * The entities of one version, parsed from their stored JSON, in id order: every engine hands them
 * over alike (ClickHouse reads parts in any order), so diffs, coverage and the index built from
 * them, ties included, are the same on DuckDB and ClickHouse.
 */
export async function versionEntities(store: Store, version: string): Promise<Entity[]> {
  const out: Entity[] = []
  for await (const chunk of store.stream('SELECT data FROM list_entity WHERE version = $version ORDER BY id', { version }, 5000)) {
    for (const r of chunk) out.push(JSON.parse(String(r.data)) as Entity)
  }
  return out
}

/** The entity ids of one version (for dating and size checks, without parsing the entities). */
export async function versionIds(store: Store, version: string): Promise<string[]> {
  return (await store.all<{ id: string }>('SELECT id FROM list_entity WHERE version = $version ORDER BY id', { version })).map((r) => r.id)
}

/**
 * `lists use`: makes a version the current one of its source, persisted, until a newer one is
 * loaded. `warning`: the version has far fewer entities than the newest of its list (checks.ts).
 */
export async function useVersion(store: Store, ref: string, now = new Date()): Promise<ListVersion & { warning?: string }> {
  const v = await resolveVersion(store, ref)
  // One statement: on ClickHouse, without transactions, no reader sees the source with no pin.
  await store.run('UPDATE list_version SET pinned_at = CASE WHEN id = $id THEN $now ELSE NULL END WHERE source = $source', { source: v.source, id: v.id, now })
  const all = await listVersions(store)
  // listVersions orders a source's versions newest first.
  const warning = useWarning(v, all.find((x) => x.source === v.source)!)
  return { ...all.find((x) => x.id === v.id)!, ...(warning ? { warning } : {}) }
}

/** `lists remove`: deletes a version and its entities; a source name alone is not enough. */
export async function removeVersion(store: Store, ref: string): Promise<{ removed: ListVersion; current?: ListVersion }> {
  if ((await listVersions(store)).some((v) => v.source === ref)) throw badInput(`lists remove needs a version id, not a source name: "${ref}" (see: chokepoint lists)`)
  const v = await resolveVersion(store, ref, { bySource: false })
  // The version row first: no reader meets a listed version whose entities are going.
  await store.transaction(async (tx) => {
    await tx.run('DELETE FROM list_version WHERE id = $id', { id: v.id })
    await tx.run('DELETE FROM list_entity WHERE version = $id', { id: v.id })
  })
  return { removed: v, current: (await listVersions(store)).find((x) => x.source === v.source && x.current) }
}
