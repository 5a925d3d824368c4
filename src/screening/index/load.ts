import { rmSync } from 'node:fs'
import type { Store } from '../../store/store.js'
import { listVersions, resolveVersion, versionEntities, type ListVersion } from '../lists/versions.js'
import type { Entity } from '../model.js'
import type { CandidateIndex, PackedIndex } from './candidates.js'
import { indexKey } from './fingerprint.js'
import { buildRelations, type Relation } from './relations.js'
import { readSidecar, writeSidecar } from './sidecar.js'

/** Where a process got its index, as the edges report it (`--json`: `index`). */
export interface IndexOrigin {
  /** The sidecar file beside the database, when there is one (not for `:memory:`). */
  file?: string
  /** True when this process analysed the entities; false when it read the sidecar. */
  built: boolean
  ms: number
  /** A sidecar found damaged and rebuilt, or one that could not be written. */
  warnings: string[]
}

export interface LoadedPacked {
  versions: ListVersion[]
  /** The tables in shared memory, for worker threads (batch) or openIndex. */
  packed: PackedIndex
  relations: Map<string, Relation[]>
  origin: IndexOrigin
}

export interface LoadedIndex extends LoadedPacked {
  index: CandidateIndex
}

/** The versions to screen against: the current version of each source, or those named. */
export async function screeningVersions(store: Store, lists?: string[]): Promise<ListVersion[]> {
  return lists?.length ? Promise.all(lists.map((l) => resolveVersion(store, l))) : (await listVersions(store)).filter((v) => v.current)
}

/** The entities of those versions, each with the version it comes from, in version order. */
export async function versionItems(store: Store, versions: ListVersion[]): Promise<{ entity: Entity; version: string }[]> {
  const items: { entity: Entity; version: string }[] = []
  for (const v of versions) for (const entity of await versionEntities(store, v.id)) items.push({ entity, version: v.id })
  return items
}

/**
 * The one way every edge (screen, screen --batch, serve, the API's list uploads) gets its
 * index. With a sidecar file: read it when it was made for these list versions by this code
 * (index/fingerprint.ts), else analyse the entities and write it for the next process. Only the
 * index of the current versions is written: a run against chosen versions (`--list`) reads a
 * matching file but never replaces it. A damaged file is rebuilt, with a warning, never used.
 */
export async function loadIndex(store: Store, options: { lists?: string[]; file?: string } = {}): Promise<LoadedIndex> {
  const loaded = await loadPackedIndex(store, options)
  const { openIndex } = await import('./candidates.js')
  return { ...loaded, index: openIndex(loaded.packed, loaded.origin.built ? loaded.origin.ms : 0) }
}

/**
 * loadIndex without opening the index in this thread: what `screen --batch` hands its worker
 * threads. Loads none of the analysis modules unless it has to build.
 */
export async function loadPackedIndex(store: Store, { lists, file }: { lists?: string[]; file?: string } = {}): Promise<LoadedPacked> {
  const t0 = performance.now()
  const versions = await screeningVersions(store, lists)
  const key = indexKey(versions.map((v) => v.id))
  const warnings: string[] = []
  const origin = (built: boolean): IndexOrigin => ({ ...(file ? { file } : {}), built, ms: Math.round(performance.now() - t0), warnings })
  if (file && versions.length) {
    const found = readSidecar(file, key)
    if ('packed' in found) {
      const relations = new Map(JSON.parse(found.extra) as [string, Relation[]][])
      return { versions, packed: found.packed, relations, origin: origin(false) }
    }
    if (found.reason === 'damaged') warnings.push(`screening index ${file} not used: ${found.detail}; rebuilt it`)
  }
  const items = await versionItems(store, versions)
  const relations = buildRelations(items.map((i) => i.entity))
  const { buildSharedIndex } = await import('./build.js')
  const { packed } = await buildSharedIndex(items)
  if (file && !lists?.length) persist(file, versions.length ? key : undefined, packed, relations, warnings)
  return { versions, packed, relations, origin: origin(true) }
}

// Screening works without the file: a failure to write it costs the next start a rebuild only.
function persist(file: string, key: string | undefined, packed: PackedIndex, relations: Map<string, Relation[]>, warnings: string[]): void {
  try {
    if (key) writeSidecar(file, key, packed, JSON.stringify([...relations]))
    else rmSync(file, { force: true })
  } catch (err) {
    warnings.push(`cannot write screening index ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): the next start builds it again`)
  }
}
