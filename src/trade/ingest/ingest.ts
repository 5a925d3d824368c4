import { basename, join } from 'node:path'
import { badInput } from '../../errors.js'
import type { Store } from '../../store/store.js'
import { getFormat } from '../formats/index.js'
import { SYNTHETIC_COLUMN, isGenerated } from '../generate/mark.js'
import type { Plan } from '../formats/format.js'
import { insertRows, mapPlaces, type Unmapped } from './places.js'
import { hashFile, readMap, sniff } from './sniff.js'
import { rawRelation, stageSql } from './stage.js'
import { firstReject, runRead, writeRejects } from './rejects.js'
import { unknownCodes, withProgress } from './checks.js'
import { RELATIONAL_HEADER } from '../formats/databrowser.js'
import { spreadsheetFormat, withTempDir, xlsxToRelationalCsv, type Skipped } from './xlsx.js'
import { FLOW_SUMMARY, SHIPMENT_SUMMARY, insertSql } from './targets.js'
import { dropDataset } from './drop.js'
import { throughScratch } from './publish.js'

export interface IngestOptions {
  format: string
  /** Path of a JSON mapping file (csv format). */
  map?: string
  replace?: boolean
  /** Load the good rows and write each bad row, with its reason, to this CSV file. */
  quarantine?: string
  synthetic?: boolean
  /** Set by ingest when the file carries the generator's mark (generate/mark.ts). */
  generated?: boolean
  /** HS codes of the nomenclature (HS2022); codes of a dataset not in it are reported. */
  nomenclature?: Set<string>
  /** Longest line read, in bytes (default DEFAULT_MAX_LINE_BYTES); a longer one stops the load. */
  maxLineBytes?: number
  /** Called with the fraction done while the file is read. */
  onProgress?: (fraction: number) => void
}

export interface IngestReport {
  status: 'loaded' | 'replaced' | 'unchanged'
  dataset: string
  file: string
  format: string
  rows: number
  rejected: number
  skipped: Record<string, number>
  unmapped: Unmapped[]
  warnings: string[]
  periodFrom: string | null
  periodTo: string | null
  /** Exact duplicate rows (every field read equal), loaded once rather than summed. */
  duplicates: number
}

/**
 * Loads one file as one dataset, atomically: the whole file or nothing. A bad row stops the load
 * with FILE:LINE: column COL: bad value "..." unless `quarantine` is set. Re-loading the same
 * bytes is a no-op; `replace` swaps out an earlier load of the same file name and format.
 */
export async function ingest(store: Store, file: string, opts: IngestOptions): Promise<IngestReport> {
  const format = await spreadsheetFormat(file, getFormat(opts.format))
  // A spreadsheet is converted to CSV under a known header (after the no-op check below).
  const { header, delimiter } = format.spreadsheet ? { header: RELATIONAL_HEADER, delimiter: ',' } : await sniff(file)
  const map = opts.map ? await readMap(opts.map) : undefined
  const plan = format.plan({ file, header, map })
  const name = basename(file)
  // A generated file is synthetic whatever the flags, so it can never pass for real data.
  if (isGenerated(header) && !opts.synthetic) opts = { ...opts, synthetic: true, generated: true }
  const earlier = await store.all<{ id: string }>(`SELECT id FROM dataset WHERE file = $name AND format = $format`, {
    name,
    format: format.name,
  })
  // The id is the file's sha256. Reading a large file twice costs time, so the hash runs while
  // DuckDB reads, except when a file of this name was loaded before: then it is likely the same
  // bytes again, and settling that first makes the re-load a quick no-op.
  // A zip archive has no lines: its bytes are hashed without the line-length check.
  const maxLine = format.spreadsheet ? Infinity : opts.maxLineBytes
  const hashing = hashFile(file, JSON.stringify({ format: format.name, map: map ?? null }), maxLine).then((h) => h.slice(0, 16))
  hashing.catch(() => undefined)
  if (earlier.length) {
    const unchanged = await existing(store, await hashing, opts)
    if (unchanged) return { ...emptyReport('unchanged', unchanged.id, file, format.name), rows: unchanged.rows }
  }
  const ctx = { store, file, read: file, name, id: hashing, plan, header, delimiter, opts, format: format.name, converted: {} }
  const replaced = earlier.map((e) => e.id)
  try {
    // DuckDB loads in place; another engine gets the dataset DuckDB loaded in a scratch database.
    const report = store.engine === 'duckdb'
      ? await loadFile(store, ctx, replaced, format.spreadsheet)
      : await throughScratch(store, (scratch) => loadFile(scratch, { ...ctx, store: scratch, opts: { ...opts, onProgress: part(opts.onProgress, 0, 0.5) } }, [], format.spreadsheet), {
          replaced,
          replace: opts.replace,
          onProgress: part(opts.onProgress, 0.5, 0.5),
        })
    if ('unchanged' in report) throw new Unchanged(report.unchanged.id, report.unchanged.rows)
    return { ...report, status: earlier.length && opts.replace ? 'replaced' : 'loaded' }
  } catch (err) {
    if (!(err instanceof Unchanged)) throw err
    return { ...emptyReport('unchanged', err.id, file, format.name), rows: err.rows }
  }
}

/** Loads the file (a spreadsheet by way of a converted CSV) into a DuckDB store. */
function loadFile(store: Store, ctx: LoadContext, replaced: string[], spreadsheet?: boolean): Promise<IngestReport> {
  const run = (c: LoadContext) => store.session((own) => stageThenLoad(own, c, replaced))
  if (!spreadsheet) return run(ctx)
  return withTempDir(async (dir) => {
    const read = join(dir, `${ctx.name}.csv`)
    const converted = await xlsxToRelationalCsv(ctx.file, read)
    return run({ ...ctx, read, converted })
  })
}

/** A progress callback for one stretch of the whole: fractions 0..1 of it map to from..from+size. */
function part(onProgress: ((f: number) => void) | undefined, from: number, size: number): ((f: number) => void) | undefined {
  return onProgress && ((f) => onProgress(from + f * size))
}

/** Thrown inside the load to roll it back when the bytes turn out to be loaded already. */
class Unchanged extends Error {
  constructor(
    readonly id: string,
    readonly rows: number
  ) {
    super('unchanged')
  }
}

async function existing(store: Store, id: string, opts: IngestOptions): Promise<{ id: string; rows: number } | undefined> {
  if (opts.replace) return undefined
  const [row] = await store.all<{ rows: number }>(`SELECT rows FROM dataset WHERE id = $id`, { id })
  return row ? { id, rows: row.rows } : undefined
}

interface LoadContext {
  store: Store
  /** The file loaded, as messages and the dataset name it. */
  file: string
  /** The CSV DuckDB reads: the file itself, or what a spreadsheet was converted to. */
  read: string
  /** Cells a conversion counted and left out (':' in a spreadsheet), by reason. */
  converted: Skipped
  name: string
  id: Promise<string>
  plan: Plan
  header: string[]
  delimiter: string
  opts: IngestOptions
  format: string
}

/**
 * Reads the file into a temp table, then loads it in one transaction. The read runs outside the
 * transaction: rows a transaction creates live in its local storage, and reading them back from
 * there made the load about 2x slower (measured on 5M rows). The stage is scratch; the load is
 * what must be atomic, and a process killed at any point leaves no dataset behind.
 */
async function stageThenLoad(own: Store, ctx: LoadContext, replaced: string[]): Promise<IngestReport> {
  try {
    const raw = rawRelation(ctx.read, ctx.delimiter, ctx.plan, undefined, ctx.header, ctx.opts.maxLineBytes)
    // A failed read may come from an over-long line: the scan's message names it, DuckDB's doesn't.
    await withProgress(ctx.store, ctx.opts.onProgress, () => runRead(own, ctx.file, stageSql(raw, ctx.plan)).catch(async (err) => {
      await ctx.id
      throw err
    }))
    return await own.transaction((tx) => load(tx, ctx, replaced))
  } finally {
    await own.run(`DROP TABLE IF EXISTS stage`)
  }
}

async function load(tx: Store, ctx: LoadContext, replaced: string[]): Promise<IngestReport> {
  const { file, plan, opts } = ctx
  for (const sql of plan.refine ?? []) await tx.run(sql)
  const fields = Object.keys(plan.columns).join(', ')
  const [counts] = await tx.all<{ total: number; rejected: number; kept: number; distinct_kept: number }>(
    `SELECT count(*) AS total, count(_reject) AS rejected, count(*) FILTER (WHERE ${GOOD}) AS kept,
      count(DISTINCT hash(${fields})) FILTER (WHERE ${GOOD}) AS distinct_kept FROM stage`
  )
  const duplicates = await dropDuplicates(tx, fields, counts.kept - counts.distinct_kept)
  const convertedSkips = Object.values(ctx.converted).reduce((a, b) => a + b, 0)
  if (counts.total === 0 && convertedSkips) throw badInput(`${file}: all ${convertedSkips} value cells are ':' or empty; nothing to load`)
  if (counts.total === 0) throw badInput(`${file}: no data rows after the header`)
  if (counts.rejected > 0) {
    if (!opts.quarantine) throw await firstReject(tx, ctx, counts.rejected)
    await writeRejects(tx, ctx, opts.quarantine)
  }
  if (counts.kept === 0 && counts.rejected === 0) {
    throw badInput(`${file}: all ${counts.total} rows are breakdowns or headers; nothing to load`)
  }
  const skipped: Record<string, number> = { ...ctx.converted }
  Object.assign(skipped, Object.fromEntries(
    (await tx.all<{ reason: string; n: number }>(`SELECT _skip AS reason, count(*) AS n FROM stage WHERE _skip IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`)).map(
      (r) => [r.reason, r.n]
    )
  ))
  const { unmapped, places } = await mapPlaces(tx, plan)
  for (const old of replaced) await dropDataset(tx, old)
  const id = await ctx.id
  const dup = await existing(tx, id, opts)
  if (dup) throw new Unchanged(dup.id, dup.rows)
  await dropDataset(tx, id)
  await tx.run(insertSql(plan), { dataset: id, currency: plan.currency })
  const summary = plan.target === 'flow' ? FLOW_SUMMARY : SHIPMENT_SUMMARY
  const [stats] = await tx.all<Stats>(summary.stats, { dataset: id })
  if (stats.annual > 0 && stats.monthly > 0) {
    throw badInput(`${file}: mixes annual and monthly periods (${stats.annual} annual, ${stats.monthly} monthly rows); load them as separate files`)
  }
  if (plan.target === 'flow') {
    await tx.run(FLOW_SUMMARY.coverage, { dataset: id })
    await tx.run(FLOW_SUMMARY.codes, { dataset: id })
  }
  const warnings = unmapped.map((u) => `unmapped ${u.column} code "${u.code}" in ${u.rows} rows (kept as "?${u.code}")`)
  if (duplicates) warnings.push(`${duplicates} exact duplicate row${duplicates > 1 ? 's' : ''} (every field read equal) loaded once, not summed`)
  if (opts.generated) warnings.push(`written by chokepoint generate (column ${SYNTHETIC_COLUMN}): recorded as synthetic`)
  if (opts.nomenclature?.size) warnings.push(...(await unknownCodes(tx, plan.target, id, opts.nomenclature)))
  await savePlaces(tx, places)
  await tx.run(
    `INSERT INTO dataset VALUES ($id, $format, $file, $target, $rows, $rejected, $skipped, $from, $to, $grain,
      $currency, $levels, $synthetic, $warnings, now(), $max)`,
    {
      id,
      format: ctx.format,
      file: ctx.name,
      target: plan.target,
      rows: stats.rows,
      rejected: counts.rejected,
      skipped: counts.total - counts.kept - counts.rejected + convertedSkips,
      from: stats.period_from,
      to: stats.period_to,
      grain: plan.target === 'shipment' ? 'day' : stats.monthly > 0 ? 'month' : 'year',
      currency: plan.currency,
      levels: stats.hs_levels,
      synthetic: !!opts.synthetic,
      warnings: JSON.stringify(warnings),
      max: stats.max_value,
    }
  )
  return {
    ...emptyReport('loaded', id, file, ctx.format),
    duplicates,
    rows: stats.rows,
    rejected: counts.rejected,
    skipped,
    unmapped,
    warnings,
    periodFrom: stats.period_from,
    periodTo: stats.period_to,
  }
}

const GOOD = '_skip IS NULL AND _reject IS NULL'

/**
 * Exact duplicate rows (every field the format reads equal: a download concatenated twice, a row
 * pasted again) would be summed. The policy: each is loaded once, and the load result counts the
 * rest. The count compares 64-bit hashes of the fields; the removal compares the fields themselves.
 */
async function dropDuplicates(tx: Store, fields: string, duplicates: number): Promise<number> {
  if (duplicates <= 0) return 0
  await tx.run(`DELETE FROM stage WHERE rowid IN (SELECT rowid FROM (
    SELECT rowid, row_number() OVER (PARTITION BY ${fields}) AS n FROM stage WHERE ${GOOD}) WHERE n > 1)`)
  return duplicates
}

interface Stats {
  rows: number
  period_from: string | null
  period_to: string | null
  annual: number
  monthly: number
  hs_levels: string | null
  max_value: number | null
}

async function savePlaces(tx: Store, places: { code: string; name: string; kind: string }[]) {
  await tx.run(`CREATE OR REPLACE TEMP TABLE new_place (code VARCHAR, name VARCHAR, kind VARCHAR)`)
  await insertRows(tx, 'new_place', 3, places.flatMap((p) => [p.code, p.name, p.kind]))
  await tx.run(`INSERT OR REPLACE INTO place SELECT DISTINCT ON (code) * FROM new_place`)
  await tx.run(`DROP TABLE new_place`)
}


function emptyReport(status: IngestReport['status'], dataset: string, file: string, format: string): IngestReport {
  return { status, dataset, file, format, rows: 0, rejected: 0, skipped: {}, unmapped: [], warnings: [], periodFrom: null, periodTo: null, duplicates: 0 }
}

