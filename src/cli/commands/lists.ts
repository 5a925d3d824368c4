import type { Command } from 'commander'
import { checkAsOf } from '../../screening/lists/dating.js'
import type { ListVersion } from '../../screening/lists/versions.js'
import type { Store } from '../../store/store.js'
import type { Config } from '../config.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { common, number } from './flags.js'

// The list modules are imported inside each action (lazily): --help must not load them.
const versions = () => import('../../screening/lists/versions.js')
const screening = () => import('../../screening/index.js')

/**
 * After a change to which versions are current (load, use, remove, update): the screening
 * index's sidecar is brought up to date now, so the next screen or serve starts from it.
 */
async function refreshIndex(store: Store, config: Config): Promise<{ built: boolean; ms: number } | undefined> {
  if (!config.indexFile) return undefined
  const { loadIndex } = await screening()
  const { origin } = await loadIndex(store, { file: config.indexFile })
  for (const w of origin.warnings) process.stderr.write(`warning: ${w}\n`)
  return { built: origin.built, ms: origin.ms }
}

const row = (v: ListVersion) => ({ current: v.current ? (v.pinned_at ? '* (use)' : '*') : '', id: v.id, source: v.source, as_of: v.as_of, date_from: v.as_of_basis, entities: v.entities, matchable: v.matchable, files: v.files.join(' '), warnings: v.warnings.length })

export function registerLists(program: Command): void {
  const lists = program.command('lists').description('sanctions list versions: load, use, remove, update, diff, coverage')
  common(lists.command('show', { isDefault: true }).description('list versions loaded (current = latest as-of date of each list, or chosen with lists use)')).action((f: GlobalFlags) =>
    withStore(f, async (store, config) => {
      const { listVersions } = await versions()
      const all = await listVersions(store)
      emit(config.json, { versions: all }, () => table(all.map(row)))
    })
  )
  common(lists.command('load').description('load list files as a new version').argument('<files...>'))
    .requiredOption('--format <format>', 'ofac-csv | un-xml | bis-dpl | csl | ftm | eu-fsf | uk-csv')
    .option('--as-of <date>', "the list's publication date, YYYY-MM-DD, not after today (default: from the file, or inferred from its entries; reloading with --as-of corrects it)")
    .option('--source <name>', 'the list this is a version of (default: by format; give one per publisher for ftm files)')
    .option('--force', 'load even a version that looks cut or partial, or is another publisher\'s')
    .option('--api <url>', 'load through a running chokepoint serve (its --token needed) instead of opening the database')
    .option('--token <token>', 'the server\'s bearer token for --api (or CHOKEPOINT_TOKEN)')
    .action((files: string[], f: GlobalFlags & { format: string; asOf?: string; source?: string; force?: boolean; api?: string }) => {
      // Before the database is opened or the server called: a typo in the year stops here.
      if (f.asOf !== undefined) checkAsOf(f.asOf)
      if (f.api) return withConfig(f, async (config) => {
        const { remoteListLoad } = await import('../remote.js')
        const out = (await remoteListLoad({ api: f.api!, token: config.token }, files, f)) as { version: ListVersion; existed: boolean }
        emit(config.json, out, () => `${out.existed ? 'already loaded' : 'loaded'} ${out.version.id}: ${out.version.entities} entities, as of ${out.version.as_of} (${out.version.as_of_basis}) through ${f.api}`)
      })
      return withStore(f, async (store, config) => {
        const [{ loadList }, { listVersions }, { parseFormat }] = await Promise.all([import('../../screening/lists/load.js'), versions(), screening()])
        const { version, existed, corrected } = await loadList(store, files, parseFormat(f.format), { asOf: f.asOf, source: f.source, force: !!f.force })
        const head = corrected ? `already loaded: ${version.id}; ${corrected}` : existed ? `already loaded: ${version.id} (nothing to do)` : `loaded ${version.id}: ${version.entities} entities (${version.matchable} screenable), as of ${version.as_of} (${version.as_of_basis})`
        const current = (await listVersions(store)).find((v) => v.source === version.source && v.current)
        const index = await refreshIndex(store, config)
        const status = current?.id === version.id ? `current version of ${version.source}` : `not current: ${version.source} screens against ${current?.id} (as of ${current?.as_of}); make this one current with: chokepoint lists use ${version.id}`
        emit(config.json, { version: { ...version, current: current?.id === version.id }, existed, corrected: corrected ?? null, index: index ?? null }, () => [head, status, ...version.warnings.map((w) => `warning: ${w}`)].join('\n'))
      })
    })
  common(lists.command('use').description('make a version the current one of its list (kept until a newer version is loaded)').argument('<version>')).action((ref: string, f: GlobalFlags) =>
    withStore(f, async (store, config) => {
      const { useVersion } = await versions()
      const v = await useVersion(store, ref)
      if (v.warning) process.stderr.write(`warning: ${v.warning}\n`)
      const index = await refreshIndex(store, config)
      emit(config.json, { version: v, index: index ?? null }, () => `${v.source} now screens against ${v.id} (as of ${v.as_of}, ${v.as_of_basis})`)
    })
  )
  common(lists.command('remove').description('delete a list version and its entities').argument('<version>', 'version id or unique prefix')).action((ref: string, f: GlobalFlags) =>
    withStore(f, async (store, config) => {
      const { removeVersion } = await versions()
      const { removed, current } = await removeVersion(store, ref)
      const index = await refreshIndex(store, config)
      emit(config.json, { removed: removed.id, current: current ?? null, index: index ?? null }, () => `removed ${removed.id}; ${removed.source} ${current ? `now screens against ${current.id} (as of ${current.as_of})` : 'has no version left'}`)
    })
  )
  /** A change's values cut for a terminal table (the JSON has them all). */
  const clip = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s)
  common(lists.command('diff').description('entities added, removed and changed between two versions of one list').argument('<a>').argument('<b>'))
    .option('--limit <n>', 'rows shown per section', '20')
    .option('--force', 'compare versions of two different lists anyway')
    .action((a: string, b: string, f: GlobalFlags & { limit: string; force?: boolean }) =>
      withStore(f, async (store, config) => {
        const { describeChanges, diffVersions } = await screening()
        const d = await diffVersions(store, a, b, { force: !!f.force })
        const n = number(f.limit, 'limit', 20, { min: 1, int: true })
        const counts = { added: d.added.length, removed: d.removed.length, changed: d.changed.length }
        emit(config.json, { a: d.a.id, b: d.b.id, compared: d.compared, omitted: d.omitted, warnings: d.warnings, counts, added: d.added, removed: d.removed, changed: d.changed }, () =>
          [`compared: ${d.compared}`, ...d.warnings.map((w) => `warning: ${w}`), `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`,
            ...(['added', 'removed', 'changed'] as const).map((k) => `\n${k} (first ${Math.min(n, d[k].length)}):\n${table(d[k].slice(0, n).map(({ changes, ...c }) => ({ ...c, fields: c.fields?.join(' ') ?? '', ...(changes ? { what: clip(describeChanges(changes)) } : {}) })))}`)].join('\n'))
      })
    )
  common(lists.command('update').description('download the official list files and load new versions'))
    .option('--from-dir <dir>', 'load local copies from this folder instead of downloading')
    .option('--source <source...>', 'only these lists')
    .option('--force', 'load even versions that look cut or partial')
    .action((f: GlobalFlags & { fromDir?: string; source?: string[]; force?: boolean }) =>
      withStore(f, async (store, config) => {
        const { updateLists } = await import('../../screening/lists/update.js')
        const outcomes = await updateLists(store, { fromDir: f.fromDir, sources: f.source, force: !!f.force })
        const index = await refreshIndex(store, config)
        emit(config.json, { outcomes, index: index ?? null }, () => table(outcomes.map((o) => ({ source: o.source, status: o.status, version: o.version?.id ?? '', detail: o.detail }))))
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1
      })
    )
  common(lists.command('coverage').description('entities of list A with no match on list B'))
    .requiredOption('--source <a>', 'list version or source name to check')
    .requiredOption('--against <b>', 'list version or source name to check against')
    .option('--threshold <t>', 'match threshold')
    .option('--limit <n>', 'rows shown', '50')
    .action((f: GlobalFlags & { source: string; against: string; threshold?: string; limit: string }) =>
      withStore(f, async (store, config) => {
        const [{ resolveVersion, versionEntities }, { DEFAULT_THRESHOLD, openScreening }, { coverageGaps }] = await Promise.all([versions(), screening(), import('../../screening/lists/coverage.js')])
        const a = await resolveVersion(store, f.source)
        const against = await openScreening(store, { lists: [f.against], indexFile: config.indexFile })
        const r = coverageGaps(await versionEntities(store, a.id), against, number(f.threshold, 'threshold', DEFAULT_THRESHOLD, { max: 1 }))
        emit(config.json, { source: a.id, against: against.versions.map((v) => v.id), ...r }, () =>
          [`${r.gaps.length} of ${r.checked} screenable entities of ${a.id} have no match on ${against.versions.map((v) => v.id).join(', ')}`, '',
            table(r.gaps.slice(0, number(f.limit, 'limit', 50, { min: 1, int: true })).map((g) => ({ id: g.id, name: g.caption, schema: g.schema, best: g.best ? `${g.best.caption} (${g.best.score})` : '' })))].join('\n'))
      })
    )
}
