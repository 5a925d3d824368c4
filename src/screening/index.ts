import type { Store } from '../store/store.js'
import { buildSharedIndex } from './index/build.js'
import type { CandidateIndex } from './index/candidates.js'
import { buildRelations, type Relation } from './index/relations.js'
import { diffEntities, type ListDiff } from './lists/diff.js'
import { listVersions, loadList, resolveVersion, versionEntities, type ListVersion } from './lists/versions.js'
import type { ListFormat } from './loaders/index.js'
import type { Query } from './match/analyse.js'
import type { Entity } from './model.js'
import { screenIndex, type ScreenOptions, type ScreenResult } from './screen.js'

export { DEFAULT_THRESHOLD, ALGORITHM } from './match/algorithm.js'
export type { Query } from './match/analyse.js'
export type { Entity } from './model.js'
export type { Hit, ScreenOptions, ScreenResult } from './screen.js'
export type { ListVersion } from './lists/versions.js'
export { FORMATS, parseFormat, type ListFormat } from './loaders/index.js'
export { scorePair } from './pairs.js'
export { checkUserQuery, explain } from './screen.js'

/** The screening surface the CLI and the HTTP API (a yente-style /match) are built on. */
export interface Screening {
  /** Ranked hits, each with its FtM entity, score, match flag and explained features. */
  screen(query: Query, options?: ScreenOptions): ScreenResult
  lists(): Promise<ListVersion[]>
  diff(a: string, b: string): Promise<ListDiff & { a: ListVersion; b: ListVersion }>
  /** Loads a list version, then rebuilds the index so the next screen sees it. */
  loadList(files: string[], format: ListFormat, asOf?: string): Promise<{ version: ListVersion; existed: boolean }>
  versions: ListVersion[]
  index: CandidateIndex
  entities: () => Entity[]
}

/** Entities of the versions to screen against: the current version of each source, or those named. */
export async function screeningEntities(store: Store, lists?: string[]): Promise<{ versions: ListVersion[]; items: { entity: Entity; version: string }[] }> {
  const versions = lists?.length ? await Promise.all(lists.map((l) => resolveVersion(store, l))) : (await listVersions(store)).filter((v) => v.current)
  const items: { entity: Entity; version: string }[] = []
  for (const v of versions) for (const entity of await versionEntities(store, v.id)) items.push({ entity, version: v.id })
  return { versions, items }
}

export async function openScreening(store: Store, { lists }: { lists?: string[] } = {}): Promise<Screening> {
  let state = await build(store, lists)
  return {
    screen: (query, options) => screenIndex(state.index, state.relations, query, options),
    lists: () => listVersions(store),
    diff: (a, b) => diffVersions(store, a, b),
    async loadList(files, format, asOf) {
      const out = await loadList(store, files, format, asOf)
      state = await build(store, lists)
      return out
    },
    get versions() {
      return state.versions
    },
    get index() {
      return state.index
    },
    entities: () => state.items.map((i) => i.entity),
  }
}

async function build(store: Store, lists?: string[]) {
  const { versions, items } = await screeningEntities(store, lists)
  const relations: Map<string, Relation[]> = buildRelations(items.map((i) => i.entity))
  return { versions, items, relations, index: await buildSharedIndex(items) }
}

export async function diffVersions(store: Store, a: string, b: string): Promise<ListDiff & { a: ListVersion; b: ListVersion }> {
  const va = await resolveVersion(store, a)
  const vb = await resolveVersion(store, b)
  return { a: va, b: vb, ...diffEntities(await versionEntities(store, va.id), await versionEntities(store, vb.id)) }
}
