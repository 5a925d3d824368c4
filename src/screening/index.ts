import type { Store } from '../store/store.js'
import type { CandidateIndex } from './index/candidates.js'
import { loadIndex, versionItems, type IndexOrigin } from './index/load.js'
import { badInput } from '../errors.js'
import { comparison, diffEntities, type ListDiff } from './lists/diff.js'
import type { LoadOptions, Loaded } from './lists/load.js'
import { listVersions, resolveVersion, versionEntities, type ListVersion } from './lists/versions.js'
import type { ListFormat } from './loaders/formats.js'
import type { Query } from './match/analyse.js'
import type { Entity } from './model.js'
import { screenIndex, type ScreenOptions, type ScreenResult } from './screen.js'

export { DEFAULT_THRESHOLD, ALGORITHM } from './match/algorithm.js'
export type { Query } from './match/analyse.js'
export type { Entity } from './model.js'
export { programsOf } from './model.js'
export type { Hit, ScreenOptions, ScreenResult } from './screen.js'
export type { Card, CardRecord, CardTie } from './cards.js'
export { TIE_BASES } from './match/same-entity.js'
export type { ListVersion } from './lists/versions.js'
export type { IndexOrigin } from './index/load.js'
export { loadIndex } from './index/load.js'
export type { LoadOptions, Loaded } from './lists/load.js'
export { LIST_SOURCES, parseFormat, type ListFormat } from './loaders/formats.js'
export { scorePair, scorePairOf } from './pairs.js'
export { cardBirthDates, cardSources, explainRecord, type CardSource } from './card-facts.js'
export { checkUserQuery, explain } from './screen.js'
export { lenientUserQuery } from './user-query.js'
export { describeVersions, screenedAgainst, screeningProvenance } from './against.js'
export { describeChanges, type FieldChange } from './lists/diff.js'
export { checkAsOf } from './lists/dating.js'

/** The screening surface the CLI and the HTTP API (a yente-style /match) are built on. */
export interface Screening {
  /** Cards (one per real entity, its records of every list grouped) and the flat ranked hits, each with its FtM entity, score, match flag and explained features. */
  screen(query: Query, options?: ScreenOptions): ScreenResult
  lists(): Promise<ListVersion[]>
  diff(a: string, b: string, options?: { force?: boolean }): Promise<VersionDiff>
  /** Loads a list version, then rebuilds the index so the next screen sees it. */
  loadList(files: string[], format: ListFormat, options?: LoadOptions): Promise<Loaded>
  versions: ListVersion[]
  index: CandidateIndex
  /** Whether the index was read from its sidecar file or built, and any warning about the file. */
  origin: IndexOrigin
  /** The entities screened against, read from the store (the index keeps the screenable ones only). */
  entities: () => Promise<Entity[]>
}

export interface OpenOptions {
  /** Screen against these versions only (ids, prefixes or sources); default: the current ones. */
  lists?: string[]
  /** The sidecar file of the packed index (index/load.ts); none: built in memory each time. */
  indexFile?: string
}

export async function openScreening(store: Store, { lists, indexFile }: OpenOptions = {}): Promise<Screening> {
  let state = await loadIndex(store, { lists, file: indexFile })
  return {
    screen: (query, options) => screenIndex(state.index, state.relations, query, options),
    lists: () => listVersions(store),
    diff: (a, b, options) => diffVersions(store, a, b, options),
    async loadList(files, format, options) {
      // The parsers are loaded when a list is, not on every start.
      const { loadList } = await import('./lists/load.js')
      const out = await loadList(store, files, format, options)
      state = await loadIndex(store, { lists, file: indexFile })
      return out
    },
    get versions() {
      return state.versions
    },
    get index() {
      return state.index
    },
    get origin() {
      return state.origin
    },
    entities: async () => (await versionItems(store, state.versions)).map((i) => i.entity),
  }
}

/** A diff with what it compared and the warnings that qualify it. */
export type VersionDiff = ListDiff & { a: ListVersion; b: ListVersion; compared: string; omitted: string[]; warnings: string[] }

/** Two versions of one list compared; across sources only with `force`, and then with a warning. */
export async function diffVersions(store: Store, a: string, b: string, { force = false } = {}): Promise<VersionDiff> {
  const va = await resolveVersion(store, a)
  const vb = await resolveVersion(store, b)
  const { crossSource, omit, warnings, compared } = comparison(va, vb)
  if (crossSource && !force) throw badInput(`cannot diff across sources: ${crossSource} (give --force to compare anyway)`)
  if (crossSource) warnings.unshift(`compared across sources (--force): ${crossSource}`)
  const d = diffEntities(await versionEntities(store, va.id), await versionEntities(store, vb.id), { omit })
  return { a: va, b: vb, compared, omitted: omit, warnings, ...d }
}
