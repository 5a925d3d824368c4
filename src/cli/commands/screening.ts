import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'

interface ScreenFlags extends GlobalFlags {
  schema?: string
  country?: string
  birthDate?: string
  id?: string
  threshold?: string
  limit?: string
  list?: string[]
  batch?: string
  out?: string
  pairs?: string
  workers?: string
}

function number(raw: string | undefined, name: string, fallback: number, { min = 0, max = Infinity, int = false } = {}): number {
  if (raw === undefined) return fallback
  const v = Number(raw)
  if (!Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) throw badInput(`invalid ${name}: "${raw}" (expected ${int ? 'a whole number' : 'a number'} ${min}..${max})`)
  return v
}

// The screening modules are imported inside each action (lazily): --help must not load them.
const screeningModules = () => import('../../screening/index.js')
const versionsModule = () => import('../../screening/lists/versions.js')

const common = (cmd: Command) => cmd.option('--db <path>', 'database file').option('--json', 'print JSON')

export function registerScreening(program: Command): void {
  common(program.command('screen').description('screen a name (or a CSV of parties, or name pairs) against the sanctions lists'))
    .argument('[name]', 'the name to screen, in any script')
    .option('--schema <schema>', 'Person | Company | Organization | LegalEntity | Vessel | Airplane')
    .option('--country <cc>', 'country (ISO code or name)')
    .option('--birth-date <date>', 'birth date (YYYY, YYYY-MM-DD, ...)')
    .option('--id <id>', 'identifier (INN, OGRN, USCC, IMO, passport, ...)')
    .option('--threshold <t>', "alert threshold 0..1 (default: the matcher's, stated in each answer)")
    .option('--limit <n>', 'hits per query', '10')
    .option('--list <version...>', 'screen against these list versions only (default: current version of each list)')
    .option('--batch <in.csv>', 'screen every row of a CSV (columns name, schema, country, birth_date, id)')
    .option('--out <out.csv>', 'where --batch writes its rows (default: stdout)')
    .option('--pairs <pairs.csv>', 'score name pairs (columns schema, name1, name2) without any list')
    .option('--workers <n>', 'worker threads for --batch (default: all cores)')
    .action(async (name: string | undefined, f: ScreenFlags) => {
      const { DEFAULT_THRESHOLD } = await import('../../screening/match/algorithm.js')
      const threshold = () => number(f.threshold, 'threshold', DEFAULT_THRESHOLD, { max: 1 })
      if (f.pairs) return withConfig(f, async (config) => pairs(f.pairs!, threshold(), config.json))
      return withStore(f, async (store, config) => {
        const { checkUserQuery, explain, openScreening, screeningEntities } = await screeningModules()
        const t = threshold()
        const limit = number(f.limit, 'limit', 10, { min: 1, int: true })
        if (f.batch) {
          const { items, versions } = await screeningEntities(store, f.list)
          if (!versions.length) throw badInput('no sanctions lists loaded (see: chokepoint lists load, lists update)')
          const [{ createPool }, { screenCsv }] = await Promise.all([import('../../screening/pool.js'), import('../../screening/batch.js')])
          const pool = await createPool(items, { threshold: t, limit }, f.workers ? number(f.workers, 'workers', 2, { min: 1, int: true }) : undefined)
          const t0 = performance.now()
          const progress = (n: number) => process.stderr.isTTY && process.stderr.write(`\rscreened ${n.toLocaleString('en-US')} rows`)
          try {
            const stats = await screenCsv(pool, f.batch, f.out ?? process.stdout, { onProgress: progress })
            const secs = (performance.now() - t0) / 1000
            if (process.stderr.isTTY) process.stderr.write('\n')
            const summary = { ...stats, seconds: Math.round(secs * 100) / 100, queries_per_second: Math.round(stats.rows / secs), lists: versions.map((v) => v.id) }
            if (f.out) emit(config.json, { batch: summary }, () => table([summary]))
            else process.stderr.write(`${stats.rows} rows, ${stats.matches} matches, ${summary.queries_per_second} queries/s\n`)
          } finally {
            await pool.close()
          }
          return
        }
        if (name === undefined) throw badInput('missing name (or --batch FILE, --pairs FILE)')
        const query = checkUserQuery({ name, schema: f.schema, country: f.country, birthDate: f.birthDate, id: f.id })
        const screening = await openScreening(store, { lists: f.list })
        if (!screening.versions.length) throw badInput('no sanctions lists loaded (see: chokepoint lists load, lists update)')
        const t0 = performance.now()
        const r = screening.screen(query, { threshold: t, limit })
        const ms = Math.round((performance.now() - t0) * 100) / 100
        emit(config.json, { ...r, threshold: t, ms, lists: screening.versions.map((v) => v.id) }, () => {
          const rows = r.hits.map((h, i) => ({ rank: i + 1, score: h.score, match: h.match ? 'MATCH' : '', name: h.entity.caption, schema: h.entity.schema, list: h.entity.datasets.join(','), id: h.entity.id }))
          const why = r.hits.map((h, i) => `${i + 1}. ${explain(h)}${h.related.length ? `\n   related: ${h.related.map((x) => `${x.role} ${x.caption}`).join('; ')}` : ''}`)
          const head = `screened "${name}" against ${screening.versions.map((v) => `${v.source} ${v.as_of}`).join(', ')} (threshold ${t}, ${ms} ms)`
          return [head, ...r.warnings.map((w) => `warning: ${w}`), '', r.hits.length ? table(rows) : 'no hits at or above the threshold', '', ...why].join('\n')
        })
      })
    })
}

async function pairs(file: string, threshold: number, json: boolean): Promise<void> {
  const [{ explain, scorePair }, { parseCsv }] = await Promise.all([screeningModules(), import('../../screening/loaders/read.js')])
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw badInput(`cannot read pairs file ${file}: ${(err as NodeJS.ErrnoException).code}`)
  }
  const rows = parseCsv(text, file)
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase())
  const col = (n: string) => header.indexOf(n)
  if (col('name1') < 0 || col('name2') < 0) throw badInput(`${file}: missing column "name1" or "name2" (found: ${header.join(', ')})`)
  const out = rows.slice(1).map((r, i) => {
    const schema = col('schema') >= 0 ? (r[col('schema')] ?? '').trim() : 'LegalEntity'
    const [name1, name2] = [r[col('name1')] ?? '', r[col('name2')] ?? '']
    const m = scorePair(schema || 'LegalEntity', name1, name2, threshold)
    return { row: i + 1, schema, name1, name2, score: Math.round(m.score * 1000) / 1000, match: m.match, explanation: explain(m) }
  })
  emit(json, { threshold, rows: out }, () => table(out.map(({ explanation: _e, ...r }) => r)))
}

export function registerLists(program: Command): void {
  const lists = program.command('lists').description('sanctions list versions: load, update, diff, coverage')
  common(lists.command('show', { isDefault: true }).description('list versions loaded (current = newest of each list)')).action((f: GlobalFlags) =>
    withStore(f, async (store, config) => {
      const { listVersions } = await versionsModule()
      const versions = await listVersions(store)
      emit(config.json, { versions }, () => table(versions.map((v) => ({ current: v.current ? '*' : '', id: v.id, source: v.source, as_of: v.as_of, entities: v.entities, matchable: v.matchable, files: v.files.join(' '), warnings: v.warnings.length }))))
    })
  )
  common(lists.command('load').description('load list files as a new version').argument('<files...>'))
    .requiredOption('--format <format>', 'ofac-csv | un-xml | bis-dpl | csl | ftm | eu-fsf | uk-csv')
    .option('--as-of <date>', 'as-of date of the list (default: from the file)')
    .action((files: string[], f: GlobalFlags & { format: string; asOf?: string }) =>
      withStore(f, async (store, config) => {
        const [{ loadList }, { parseFormat }] = await Promise.all([versionsModule(), screeningModules()])
        const { version, existed } = await loadList(store, files, parseFormat(f.format), f.asOf)
        emit(config.json, { version, existed }, () =>
          [existed ? `already loaded: ${version.id} (nothing to do)` : `loaded ${version.id}: ${version.entities} entities (${version.matchable} screenable), as of ${version.as_of}`, ...version.warnings.map((w) => `warning: ${w}`)].join('\n'))
      })
    )
  common(lists.command('diff').description('entities added, removed and changed between two versions').argument('<a>').argument('<b>'))
    .option('--limit <n>', 'rows shown per section', '20')
    .action((a: string, b: string, f: GlobalFlags & { limit: string }) =>
      withStore(f, async (store, config) => {
        const { diffVersions } = await screeningModules()
        const d = await diffVersions(store, a, b)
        const n = number(f.limit, 'limit', 20, { min: 1, int: true })
        emit(config.json, { a: d.a.id, b: d.b.id, counts: { added: d.added.length, removed: d.removed.length, changed: d.changed.length }, added: d.added, removed: d.removed, changed: d.changed }, () =>
          [`${d.a.id} (${d.a.as_of}) -> ${d.b.id} (${d.b.as_of}): ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`,
            ...(['added', 'removed', 'changed'] as const).map((k) => `\n${k} (first ${Math.min(n, d[k].length)}):\n${table(d[k].slice(0, n).map((c) => ({ ...c, fields: c.fields?.join(' ') ?? '' })))}`)].join('\n'))
      })
    )
  common(lists.command('update').description('download the official list files and load new versions'))
    .option('--from-dir <dir>', 'load local copies from this folder instead of downloading')
    .option('--source <source...>', 'only these lists')
    .action((f: GlobalFlags & { fromDir?: string; source?: string[] }) =>
      withStore(f, async (store, config) => {
        const { updateLists } = await import('../../screening/lists/update.js')
        const outcomes = await updateLists(store, { fromDir: f.fromDir, sources: f.source })
        emit(config.json, { outcomes }, () => table(outcomes.map((o) => ({ source: o.source, status: o.status, version: o.version?.id ?? '', detail: o.detail }))))
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
        const [{ resolveVersion, versionEntities }, { DEFAULT_THRESHOLD, openScreening }, { coverageGaps }] = await Promise.all([versionsModule(), screeningModules(), import('../../screening/lists/coverage.js')])
        const a = await resolveVersion(store, f.source)
        const against = await openScreening(store, { lists: [f.against] })
        const r = coverageGaps(await versionEntities(store, a.id), against, number(f.threshold, 'threshold', DEFAULT_THRESHOLD, { max: 1 }))
        emit(config.json, { source: a.id, against: against.versions.map((v) => v.id), ...r }, () =>
          [`${r.gaps.length} of ${r.checked} screenable entities of ${a.id} have no match on ${against.versions.map((v) => v.id).join(', ')}`, '',
            table(r.gaps.slice(0, number(f.limit, 'limit', 50, { min: 1, int: true })).map((g) => ({ id: g.id, name: g.caption, schema: g.schema, best: g.best ? `${g.best.caption} (${g.best.score})` : '' })))].join('\n'))
      })
    )
}
