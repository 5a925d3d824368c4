import { readFileSync, statSync } from 'node:fs'
import type { Command } from 'commander'
import { AppError, badInput } from '../../errors.js'
import type { BatchStats } from '../../screening/batch.js'
import type { PackedIndex } from '../../screening/index/candidates.js'
import type { IndexOrigin } from '../../screening/index/load.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { common, number } from './flags.js'

// `lists` commands live in lists.ts; main.ts registers both from here.
export { registerLists } from './lists.js'

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

// The screening modules are imported inside each action (lazily): --help must not load them.
const screeningModules = () => import('../../screening/index.js')

export function registerScreening(program: Command): void {
  common(program.command('screen').description('screen a name (or a CSV of parties, or name pairs) against the sanctions lists'))
    .argument('[name]', 'the name to screen, in any script')
    .option('--schema <schema>', 'Person | Company | Organization | LegalEntity | Vessel | Airplane | Thing (any: the default)')
    .option('--country <cc>', 'country (ISO code or name)')
    .option('--birth-date <date>', 'birth date (YYYY, YYYY-MM-DD, ...)')
    .option('--id <id>', 'identifier (INN, OGRN, USCC, IMO, passport, ...)')
    .option('--threshold <t>', "alert threshold 0..1 (default: the matcher's, stated in each answer)")
    .option('--limit <n>', 'cards (entities) per query', '10')
    .option('--list <version...>', 'screen against these list versions only (default: current version of each list)')
    .option('--batch <in.csv>', "screen every row of a CSV (columns name, schema, country, birth_date; id: the party's registration, tax, passport or IMO number, matched against the lists' identifiers (4 letters or digits at least); ref: your own reference, not matched, carried to each output row)")
    .option('--out <out.csv>', 'where --batch writes its CSV rows (default: stdout, or with --json one JSON document there)')
    .option('--pairs <pairs.csv>', 'score name pairs (columns name1, name2, optional schema: without one, the schema the names tell, or both scored) without any list')
    .option('--workers <n>', 'worker threads for --batch (default: all cores)')
    .action(async (name: string | undefined, f: ScreenFlags) => {
      // The matcher's default threshold comes with the matcher: --batch's own thread never loads
      // it (its workers apply the default), so the batch starts sooner.
      const given = () => (f.threshold === undefined ? undefined : number(f.threshold, 'threshold', 0, { max: 1 }))
      const threshold = async () => given() ?? (await import('../../screening/match/algorithm.js')).DEFAULT_THRESHOLD
      // --out is where a batch's rows go: asked of anything else, it would be left unsaid.
      if (f.out && !f.batch) throw badInput(`--out is for --batch only (got --out ${f.out}${f.pairs ? ' with --pairs' : ''}): redirect the output instead (> ${f.out})`)
      if (f.pairs) return withConfig(f, async (config) => pairs(f.pairs!, await threshold(), config.json))
      if (f.batch) return batch(f.batch, f, given)
      // Asked for before the database is opened, so the matcher loads while DuckDB opens the
      // file; a failure to load is reported below, where it is asked for again.
      screeningModules().catch(() => undefined)
      return withStore(f, async (store, config) => {
        const limit = number(f.limit, 'limit', 10, { min: 1, int: true })
        const warn = (origin: IndexOrigin) => origin.warnings.forEach((w) => process.stderr.write(`warning: ${w}\n`))
        const { cardBirthDates, cardSources, checkUserQuery, describeVersions, explainRecord, openScreening, screenedAgainst } = await screeningModules()
        const t = await threshold()
        if (name === undefined) throw badInput('missing name (or --batch FILE, --pairs FILE)')
        const query = checkUserQuery({ name, schema: f.schema, country: f.country, birthDate: f.birthDate, id: f.id })
        const screening = await openScreening(store, { lists: f.list, indexFile: config.indexFile })
        warn(screening.origin)
        if (!screening.versions.length) throw badInput('no sanctions lists loaded (see: chokepoint lists load, lists update)')
        const t0 = performance.now()
        const r = screening.screen(query, { threshold: t, limit })
        const ms = Math.round((performance.now() - t0) * 100) / 100
        const { cardDetail, cardTable } = await import('./cards.js')
        // Each card with its birth dates and sources (every list, programme and listing date), and
        // each record with why it is on the card, as the API gives them.
        const cards = r.cards.map((c) => ({
          ...c, birth_dates: cardBirthDates(c), sources: cardSources(c, screening.versions),
          records: c.records.map((x) => ({ ...x, explanation: explainRecord(c, x) })),
        }))
        emit(config.json, { ...r, cards, threshold: t, ms, lists: screenedAgainst(screening.versions) }, () => {
          const head = `screened "${name}" (threshold ${t}, ${ms} ms) against ${describeVersions(screening.versions)}`
          const details = r.cards.map((c, i) => cardDetail(c, i, screening.versions, explainRecord))
          const summary = r.cards.length ? `${r.cards.length} card${r.cards.length > 1 ? 's' : ''} (one per entity; records of several lists grouped)` : 'no hits at or above the threshold'
          return [head, ...r.warnings.map((w) => `warning: ${w}`), '', summary, ...(r.cards.length ? [cardTable(r.cards, screening.versions)] : []), '', details.join('\n\n')].join('\n')
        })
      })
    })
}

/**
 * `screen --batch`. The matcher loads in the worker threads only: this thread reads rows and
 * writes hits. The first worker starts before the database is opened, loading the matcher
 * while this thread opens the database and reads the index file; it gets the index when read.
 */
async function batch(file: string, f: ScreenFlags, given: () => number | undefined): Promise<void> {
  await withConfig(f, async (config) => {
    const options = { threshold: given(), limit: number(f.limit, 'limit', 10, { min: 1, int: true }) }
    const workers = f.workers ? number(f.workers, 'workers', 2, { min: 1, int: true }) : undefined
    const { createPool, eagerWorkers } = await import('../../screening/pool.js')
    let give!: (p: PackedIndex) => void
    const packed = new Promise<PackedIndex>((ok) => (give = ok))
    const pool = await createPool({ bytes: sizeOf(config.indexFile), packed, eager: eagerWorkers(sizeOf(file)) }, options, workers)
    try {
      await withStore(f, async (store) => {
        const [{ loadPackedIndex }, { describeVersions, screenedAgainst, screeningProvenance }, { csvFormat, jsonFormat, screenCsv }, { DEFAULT_THRESHOLD }] = await Promise.all([
          import('../../screening/index/load.js'), import('../../screening/against.js'), import('../../screening/batch.js'), import('../../screening/match/threshold.js'),
        ])
        const loaded = await loadPackedIndex(store, { lists: f.list, file: config.indexFile })
        const { versions, origin } = loaded
        origin.warnings.forEach((w) => process.stderr.write(`warning: ${w}\n`))
        if (!versions.length) throw badInput('no sanctions lists loaded (see: chokepoint lists load, lists update)')
        give(loaded.packed)
        const t0 = performance.now()
        const progress = (n: number) => process.stderr.isTTY && process.stderr.write(`\rscreened ${n.toLocaleString('en-US')} rows`)
        const threshold = options.threshold ?? DEFAULT_THRESHOLD
        const lists = screenedAgainst(versions)
        const summarise = (stats: BatchStats) => {
          const secs = (performance.now() - t0) / 1000
          return { ...stats, threshold, seconds: Math.round(secs * 100) / 100, queries_per_second: Math.round(stats.rows / secs), lists, index: indexJson(origin) }
        }
        // A file (--out), or stdout without --json, gets CSV, its provenance first (the lists and
        // their dates, the threshold), so a clean file says what it was screened against; stdout
        // with --json one JSON document: the same rows, the lists, threshold and summary around them.
        const about = screeningProvenance('batch screening: one row per record of each card, or one per query with no hit', versions, { threshold: options.threshold, limit: options.limit })
        // The JSON document holds what the input decides, so one input gives the same bytes: how
        // long it took, and whether the index was built or read, go to stderr with the counts.
        const counts = (stats: BatchStats) => ({ ...stats, threshold, lists })
        const format = config.json && !f.out ? jsonFormat({ threshold, limit: options.limit, lists }, counts) : csvFormat(about)
        const stats = await screenCsv(pool, file, f.out ?? process.stdout, { format, versions: versions.map((v) => v.id), onProgress: progress, onWarning: rowWarning() })
        if (process.stderr.isTTY) process.stderr.write('\n')
        const summary = summarise(stats)
        const against = `against ${describeVersions(versions)}`
        const { index: _index, ...shown } = summary
        if (f.out) emit(config.json, { batch: summary }, () => [table([{ ...shown, lists: versions.map((v) => v.id).join(' ') }]), against].join('\n'))
        else process.stderr.write(`${batchLine(stats)}, threshold ${threshold}, ${summary.queries_per_second} queries/s ${against}\n`)
      })
    } finally {
      await pool.close()
    }
  })
}

/** A batch's counts in one line: every row is counted as screened, in error or warned of. */
function batchLine(s: BatchStats): string {
  const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`
  return `${rows(s.rows)}, ${s.card_matches} matching cards (${s.matches} matching records), ${rows(s.errors)} in error, ${rows(s.warnings)} with warnings`
}

/** Rows warned of on stderr before the rest are left to the output's `warnings` column. */
const SHOWN_ROW_WARNINGS = 20

/** A batch row's warning on stderr, naming the row: the first SHOWN_ROW_WARNINGS, then how to find the rest. */
function rowWarning() {
  let shown = 0
  return (row: number, warning: string) => {
    if (++shown <= SHOWN_ROW_WARNINGS) process.stderr.write(`warning: row ${row}: ${warning}\n`)
    else if (shown === SHOWN_ROW_WARNINGS + 1) process.stderr.write('warning: more rows with warnings: see the warnings column of the output\n')
  }
}

/** Bytes of a file, 0 when there is none (the pool's workers then wait for the index to size their heaps). */
function sizeOf(file: string | undefined): number {
  try {
    return file ? statSync(file).size : 0
  } catch {
    return 0
  }
}

/** How the index was had, for --json: read from its sidecar file, or built (and in how long). */
function indexJson({ file, built, ms }: IndexOrigin) {
  return { file: file ?? null, built, ms }
}

async function pairs(file: string, threshold: number, json: boolean): Promise<void> {
  const [{ explain, scorePairOf }, { parseCsv }] = await Promise.all([screeningModules(), import('../../screening/loaders/read.js')])
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
  // No schema (no column, or an empty cell): the one the names tell, or both scored (pairs.ts).
  const out = rows.slice(1).map((r, i) => {
    const given = col('schema') >= 0 ? (r[col('schema')] ?? '').trim() : ''
    const [name1, name2] = [r[col('name1')] ?? '', r[col('name2')] ?? '']
    const s = withRow(file, i + 2, () => scorePairOf(given || undefined, name1, name2, threshold))
    const m = s.result
    return { row: i + 1, schema: s.schema, schema_basis: s.basis, name1, name2, score: Math.round(m.score * 1000) / 1000, match: m.match, explanation: explain(m) }
  })
  emit(json, { threshold, rows: out }, () => table(out.map(({ explanation: _e, ...r }) => r)))
}

/** A user error of one line of a file, said with the file and line. */
function withRow<T>(file: string, line: number, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof AppError) throw badInput(`${file}:${line}: ${err.message}`)
    throw err
  }
}
