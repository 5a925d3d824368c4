import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { badInput } from '../../errors.js'
import type { Param, Store } from '../../store/store.js'
import { FORMATS, sourceOf, type ListFormat, type LoadResult } from '../loaders/index.js'
import { MATCHABLE, type Entity } from '../model.js'
import { publisherProblem, shrinkProblems } from './checks.js'
import { currentIds } from './current.js'
import { checkAsOf, contradiction, inferAsOf, type Dated } from './dating.js'
import { listVersions, versionIds, type ListVersion } from './versions.js'

export interface LoadOptions {
  /** The list's date as the user states it (YYYY-MM-DD). */
  asOf?: string
  /** How `asOf` is known, when not from the user (`lists update` passes the download date). */
  asOfBasis?: string
  /** Load even a version that looks cut or partial, or is another publisher's. */
  force?: boolean
  /** The source this is a version of (default: the format's, e.g. us_ofac_sdn). */
  source?: string
  notes?: string[]
  today?: Date
}

export interface Loaded {
  version: ListVersion
  existed: boolean
  /** Set when a reload with --as-of changed the stored date. */
  corrected?: string
}

const BATCH = 500
const SOURCE_NAME = /^[a-z0-9][a-z0-9_.-]{0,62}$/

/** A list file's bytes; a missing or unreadable file is the user's error, named as ingest names it. */
function readList(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw badInput(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `not a file: ${file}` : `cannot read ${file}: ${code}`)
  }
}

/**
 * Loads list files as a new version, in one transaction: a partly loaded version never becomes
 * current. The date is never invented: it is given, stated in the file, or inferred from the
 * entries relative to the other versions (and says so), else the load is refused. A version
 * that looks cut or partial, or is another publisher's list, is refused unless `force`. The same
 * files loaded again are a no-op that says so, except that a given --as-of corrects the date.
 */
export async function loadList(store: Store, files: string[], format: ListFormat, options: LoadOptions = {}): Promise<Loaded> {
  const { asOf, force = false, notes = [], today = new Date() } = options
  if (!files.length) throw badInput('no list files given')
  // The edges check it first under the name the user gave it (--as-of, as_of); this guards the rest.
  if (asOf !== undefined) checkAsOf(asOf, { today, name: 'as-of date' })
  if (options.source !== undefined && !SOURCE_NAME.test(options.source)) throw badInput(`invalid source name: "${options.source}" (expected lowercase letters, digits, _ . -)`)
  const hash = createHash('sha256').update(format)
  for (const f of [...files].sort()) hash.update(readList(f))
  const sha256 = hash.digest('hex')
  const source = options.source ?? sourceOf(format, files)
  const id = `${source}-${sha256.slice(0, 12)}`
  const all = await listVersions(store)
  const old = all.find((v) => v.id === id)
  if (old) return reload(store, old, asOf)
  const label = files.map((f) => basename(f)).join(', ')
  const result = FORMATS[format].load(files)
  if (!result.entities.length) throw badInput(`${label}: no entities found (is --format ${format} right?)`)
  const ids = result.entities.map((e) => e.id)
  const parts = result.parts ?? []
  const datasets = [...new Set(result.entities.flatMap((e) => e.datasets))].sort()
  const siblings = all.filter((v) => v.source === source)
  const current = siblings.find((v) => v.current)
  const warnings = [...notes, ...result.warnings]
  const dated = await dateOf(store, { result, ids, siblings, source, label, asOf, basis: options.asOfBasis ?? 'given (--as-of)' })
  if (dated.warning) warnings.push(dated.warning)
  const problems = [...(result.incomplete ?? [])]
  const other = current && publisherProblem(source, datasets, current)
  if (other) problems.push(other)
  const becomesCurrent = currentIds([...siblings, { id, source, as_of: dated.asOf, loaded_at: '~' }]).has(id)
  if (becomesCurrent && current) {
    // A section the loader already reported missing is not reported twice.
    const shrink = shrinkProblems({ ids, parts }, { ...current, ids: await versionIds(store, current.id) })
    problems.push(...shrink.filter((p) => !(result.incomplete ?? []).some((i) => (/ no (\w+) section/.exec(i)?.[1] ?? '\0') === /^it lacks (\w+), which/.exec(p)?.[1])))
  }
  if (problems.length && !force) throw badInput(`refused ${label} as a new version of ${source}: ${problems.join('; ')}. Nothing loaded: check the files, or load with --force`)
  warnings.push(...problems.map((p) => `loaded with --force although ${p}`))
  const version: ListVersion = {
    id, source, format, files: files.map((f) => basename(f)), as_of: dated.asOf, as_of_basis: dated.basis, parts, datasets, sha256,
    entities: result.entities.length, matchable: result.entities.filter((e) => MATCHABLE.has(e.schema)).length, warnings,
    loaded_at: today.toISOString(), pinned_at: null,
  }
  const { pinned_at: _pinned, ...row } = version
  // Entities first, the version row that lists them last: on a store without transactions
  // (ClickHouse) a load cut short leaves only unlisted entities, which the next load of the same
  // files removes first.
  await store.transaction(async (tx) => {
    await tx.run(`DELETE FROM list_entity WHERE version = $id`, { id })
    for (let i = 0; i < result.entities.length; i += BATCH) await insertEntities(tx, id, result.entities.slice(i, i + BATCH))
    await tx.run(
      `INSERT INTO list_version (id, source, format, files, as_of, as_of_basis, parts, datasets, sha256, entities, matchable, warnings, loaded_at)
       VALUES ($id, $source, $format, $files, $as_of, $as_of_basis, $parts, $datasets, $sha256, $entities, $matchable, $warnings, $loaded_at)`,
      { ...row, files: JSON.stringify(version.files), parts: JSON.stringify(parts), datasets: JSON.stringify(datasets), warnings: JSON.stringify(warnings), loaded_at: today } as Record<string, Param>
    )
  })
  return { version: (await listVersions(store)).find((v) => v.id === id)!, existed: false }
}

interface DateInput {
  result: LoadResult
  ids: string[]
  siblings: ListVersion[]
  source: string
  label: string
  asOf?: string
  basis: string
}

/** The as-of date of a new version and how it was decided, or a refusal asking for --as-of. */
async function dateOf(store: Store, { result, ids, siblings, source, label, asOf, basis }: DateInput): Promise<{ asOf: string; basis: string; warning?: string }> {
  // Only OFAC ids carry an order (ent_num); other lists date themselves in the file.
  const others: Dated[] = ids.some((i) => i.startsWith('ofac-')) ? await Promise.all(siblings.map(async (v) => ({ id: v.id, as_of: v.as_of, ids: await versionIds(store, v.id) }))) : []
  if (asOf) {
    const differs = result.asOf && result.asOf !== asOf ? `as-of ${asOf} given, the file says ${result.asOf} (${result.asOfBasis ?? 'from the file'})` : undefined
    return { asOf, basis, warning: differs ?? contradiction(asOf, ids, others) }
  }
  if (result.asOf) return { asOf: result.asOf, basis: result.asOfBasis ?? 'from the file', warning: contradiction(result.asOf, ids, others) }
  const inferred = inferAsOf(ids, others)
  if (inferred) return { asOf: inferred.asOf, basis: inferred.basis, warning: `as-of date not in the files: ${inferred.basis}` }
  const why = others.length ? `and its entries do not place it among the versions of ${source} (${others.map((o) => `${o.id} ${o.as_of}`).join(', ')})` : `and no other version of ${source} to date it against`
  throw badInput(`${label}: no as-of date in the files ${why}: give --as-of YYYY-MM-DD (the list's publication date)`)
}

/** The same files again: nothing to load, but a given --as-of corrects the stored date. */
async function reload(store: Store, old: ListVersion, asOf?: string): Promise<Loaded> {
  if (!asOf || (asOf === old.as_of && old.as_of_basis === 'given (--as-of)')) return { version: old, existed: true }
  // Warnings about the old date (inferred, contradicting) no longer hold.
  const warnings = JSON.stringify(old.warnings.filter((w) => !/^as-of /.test(w)))
  await store.run(`UPDATE list_version SET as_of = $asOf, as_of_basis = 'given (--as-of)', warnings = $warnings WHERE id = $id`, { asOf, id: old.id, warnings })
  const version = (await listVersions(store)).find((v) => v.id === old.id)!
  return { version, existed: true, corrected: `as-of ${old.as_of} (${old.as_of_basis}) -> ${asOf} (given)` }
}

async function insertEntities(tx: Store, version: string, entities: Entity[]): Promise<void> {
  const params: Record<string, Param> = { v: version }
  const rows = entities.map((e, i) => {
    params[`i${i}`] = e.id
    params[`s${i}`] = e.schema
    params[`c${i}`] = e.caption
    params[`d${i}`] = JSON.stringify(e)
    return `($v, $i${i}, $s${i}, $c${i}, $d${i})`
  })
  await tx.run(`INSERT INTO list_entity VALUES ${rows.join(', ')}`, params)
}
