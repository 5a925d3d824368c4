import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { badInput, notFound } from '../../errors.js'
import type { Param, Store } from '../../store/store.js'
import { FORMATS, sourceOf, type ListFormat } from '../loaders/index.js'
import { MATCHABLE, type Entity } from '../model.js'

/** One load of one list: what `chokepoint lists` shows. */
export interface ListVersion {
  id: string
  source: string
  format: string
  files: string[]
  as_of: string
  sha256: string
  entities: number
  matchable: number
  warnings: string[]
  loaded_at: string
  current?: boolean
}

const BATCH = 500

/**
 * Loads list files as a new version, in one transaction: a partly loaded version never
 * becomes current. The same files loaded again are a no-op that says so.
 */
export async function loadList(store: Store, files: string[], format: ListFormat, asOf?: string, today = new Date(), notes: string[] = []): Promise<{ version: ListVersion; existed: boolean }> {
  if (!files.length) throw badInput('no list files given')
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw badInput(`invalid as-of date: "${asOf}" (expected YYYY-MM-DD)`)
  const hash = createHash('sha256').update(format)
  for (const f of [...files].sort()) hash.update(readFileSync(f))
  const sha256 = hash.digest('hex')
  const source = sourceOf(format, files)
  const id = `${source}-${sha256.slice(0, 12)}`
  const [old] = await store.all<{ id: string }>('SELECT id FROM list_version WHERE id = $id', { id })
  if (old) return { version: (await listVersions(store)).find((v) => v.id === id)!, existed: true }
  const result = FORMATS[format].load(files)
  if (!result.entities.length) throw badInput(`${files.map((f) => basename(f)).join(', ')}: no entities found (is --format ${format} right?)`)
  const warnings = [...notes, ...result.warnings]
  const date = asOf ?? result.asOf ?? (warnings.push('as-of date not in the file: load date used'), today.toISOString().slice(0, 10))
  const version: ListVersion = {
    id, source, format, files: files.map((f) => basename(f)), as_of: date, sha256, entities: result.entities.length,
    matchable: result.entities.filter((e) => MATCHABLE.has(e.schema)).length, warnings, loaded_at: today.toISOString(),
  }
  await store.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO list_version VALUES ($id, $source, $format, $files, $as_of, $sha256, $entities, $matchable, $warnings, $loaded_at)`,
      { ...version, files: JSON.stringify(version.files), warnings: JSON.stringify(warnings), loaded_at: today } as Record<string, Param>
    )
    for (let i = 0; i < result.entities.length; i += BATCH) await insertEntities(tx, id, result.entities.slice(i, i + BATCH))
  })
  return { version, existed: false }
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

/** All list versions, newest first; `current` marks the latest as-of date of each source. */
export async function listVersions(store: Store): Promise<ListVersion[]> {
  const rows = await store.all<Record<string, unknown>>(
    `SELECT *, row_number() OVER (PARTITION BY source ORDER BY as_of DESC, loaded_at DESC) = 1 AS current
     FROM list_version ORDER BY source, as_of DESC, loaded_at DESC`
  )
  return rows.map((r) => ({
    ...(r as unknown as ListVersion),
    files: JSON.parse(String(r.files)),
    warnings: JSON.parse(String(r.warnings)),
    loaded_at: String(r.loaded_at),
    current: !!r.current,
  }))
}

/** Finds a version by id, unique id prefix, or source name (its current version). */
export async function resolveVersion(store: Store, ref: string): Promise<ListVersion> {
  const all = await listVersions(store)
  const exact = all.find((v) => v.id === ref) ?? all.find((v) => v.source === ref && v.current)
  if (exact) return exact
  const hits = all.filter((v) => v.id.startsWith(ref))
  if (hits.length === 1) return hits[0]
  if (hits.length > 1) throw badInput(`ambiguous list version: "${ref}" (matches ${hits.map((h) => h.id).join(', ')})`)
  throw notFound(`no such list version: "${ref}" (see: chokepoint lists)`)
}

/** The entities of one version, parsed from their stored JSON. */
export async function versionEntities(store: Store, version: string): Promise<Entity[]> {
  const out: Entity[] = []
  for await (const chunk of store.stream('SELECT data FROM list_entity WHERE version = $version', { version }, 5000)) {
    for (const r of chunk) out.push(JSON.parse(String(r.data)) as Entity)
  }
  return out
}
