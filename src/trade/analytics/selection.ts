import { AppError, badInput, notFound } from '../../errors.js'
import type { Store } from '../../store/store.js'
import type { Basket } from '../baskets/baskets.js'
import { mayOverlap, type CoverCell } from './overlap.js'
import type { Grain } from './periods.js'

export interface DatasetInfo {
  id: string
  file: string
  format: string
  synthetic: boolean
  currency: string
  grain: string
  period_from: string | null
  period_to: string | null
  loaded_at: string
  /** The largest value of one row: decides how wide the exact sums must be (cells.ts). */
  max_value: number | null
}

/** How two datasets' rows may meet (combine.ts picks its SQL by it). */
export interface Overlap {
  /** SQL for a row's product key: rows that overlap share it (see productKey). */
  productKey: string
  /** Some basket code is read at different HS levels by different datasets (a heading and codes under it). */
  nested: boolean
  /** Annual and monthly datasets together: an annual row meets every month of its year. */
  mixedGrain: boolean
}

export interface Selection {
  /**
   * SQL condition on flow rows: which datasets, and which HS codes of each. Values are inlined
   * through the dialect's literal() rather than bound: DuckDB pushes constant IN lists into the scan but not
   * parameters (measured: about 1.5x on a 5M-row table).
   */
  sql: string
  /** The datasets a figure may draw on, oldest load first: where two hold one cell, the later wins. */
  datasets: DatasetInfo[]
  /** Set when two datasets may hold the same cell; undefined when metadata shows they cannot, and rows simply add up. */
  overlap?: Overlap
  cover: (CoverCell & { dataset: string })[]
  warnings: string[]
}

/**
 * Picks the datasets a figure may draw on: those with rows for the focal country (as reporter,
 * or as partner for mirror figures) at the HS detail the basket needs. Real data wins: when any
 * real dataset qualifies, synthetic ones are left out (and named), so the two never mix. Each
 * dataset matches the basket at the first HS level it has at or below each basket code (a heading
 * is taken from its 4-digit row when the file has one, not also from its 6-digit rows).
 */
export async function selectFlows(
  store: Store,
  { flow, reporter, partner, basket, only, monthly }: { flow: string; reporter?: string | string[]; partner?: string; basket: Basket; only?: string[]; monthly?: string }
): Promise<Selection> {
  // Ids are lower-case hex; one copied in upper case is the same id.
  only = only?.map((id) => id.toLowerCase())
  if (only) await checkDatasetIds(store, only)
  const rows = await coverage(store, flow, reporter, partner)
  const infos = new Map(rows.map(({ reporter: _r, partner: _p, year: _y, month_mask: _m, ...d }) => [d.id, d]))
  const { levels, codes } = await cached(store, `codes:${basket.id}`, () => basketCodes(store, basket))
  let eligible = [...infos.values()].filter((d) => (!only || only.includes(d.id)) && levels.has(d.id))
  const warnings: string[] = []
  // A figure that must be monthly (`monthly` says why) leaves annual datasets out, saying so.
  const annual = monthly ? eligible.filter((d) => d.grain === 'year') : []
  if (annual.length) {
    eligible = eligible.filter((d) => d.grain !== 'year')
    warnings.push(`left out: ${annual.map(named).join(', ')} (annual figures only; ${monthly})`)
  }
  const synthetic = eligible.filter((d) => d.synthetic)
  if (synthetic.length && synthetic.length < eligible.length) {
    eligible = eligible.filter((d) => !d.synthetic)
    warnings.push(`synthetic data left out because real data covers this figure: ${synthetic.map(named).join(', ')}`)
  }
  eligible.sort((a, b) => a.loaded_at.localeCompare(b.loaded_at) || a.id.localeCompare(b.id))
  if (!eligible.length) return { sql: '1 = 0', datasets: [], cover: [], warnings: noDataWarning(await datasetInfos(store), basket) }
  warnings.push(...missingCodes(levels, eligible, basket))
  const ids = new Set(eligible.map((d) => d.id))
  const cover = rows.filter((r) => ids.has(r.id)).map((r) => ({ ...r, dataset: r.id }))
  const literal = store.dialect.literal
  const sql = `(${eligible.map((d) => `(dataset = ${literal(d.id)} AND ${hsCondition(levels, d, basket, literal)})`).join(' OR ')})`
  const overlap = eligible.length > 1 && mayOverlap(cover, codes) ? overlapOf(levels, eligible, basket, literal) : undefined
  return { sql, datasets: eligible, overlap, cover, warnings }
}

/**
 * What a figure was taken from once overlaps are settled: its datasets, the months each year
 * has data in (bits, for the months column), and its one currency.
 */
export function settle(sel: Selection, used: Set<string>, grain: Grain): { datasets: DatasetInfo[]; monthMasks: Map<number, number>; currency: string | null } {
  const datasets = sel.datasets.filter((d) => used.has(d.id))
  const coarse = datasets.filter((d) => d.grain === 'year')
  if (grain !== 'year' && coarse.length) {
    throw badInput(`period grain ${grain} is finer than the data: ${coarse.map((d) => `${d.file} (${d.format})`).join(', ')} has annual figures only (use --by year)`)
  }
  const currencies = [...new Set(datasets.map((d) => d.currency))]
  if (currencies.length > 1) {
    const list = datasets.map((d) => `${named(d)} in ${d.currency}`).join(', ')
    throw new AppError(409, `datasets mix currencies (${currencies.join(', ')}): ${list}; pick one currency with --dataset (API: dataset=ID)`)
  }
  const monthMasks = new Map<number, number>()
  for (const c of sel.cover) if (used.has(c.dataset)) monthMasks.set(c.year, (monthMasks.get(c.year) ?? 0) | c.month_mask)
  // No dataset, no currency: a figure of nothing is in no unit (it used to say USD, on EUR data too).
  return { datasets, monthMasks, currency: currencies[0] ?? null }
}

const named = (d: DatasetInfo) => `${d.file} [${d.id}]`

/** For each dataset and basket code, the level the code is read at (see basketCodes). */
type Levels = Map<string, Map<string, number | 'TOTAL'>>

/**
 * The shortest HS code length at or under each basket code that each dataset holds: a file with
 * the heading 8456 is read at 4 digits, one with only its subheadings at 6, and one with 8456 at
 * 4 digits but 8458 only at 6 digits reads each where it is. Never both levels of one code.
 * Also each dataset's codes at those levels, to tell whether two datasets share a product.
 */
async function basketCodes(store: Store, basket: Basket): Promise<{ levels: Levels; codes: Map<string, string[]> }> {
  const codes = basket.codes.filter((c) => c !== 'TOTAL')
  const total = basket.codes.includes('TOTAL')
  const groups = levelGroups({ ...basket, codes }, (code) => code.length, store.dialect.literal)
  const match = [...(total ? [`hs = 'TOTAL'`] : []), ...groups.map(({ len, names }) => `substring(hs, 1, ${len}) IN (${names})`)]
  const found = match.length ? await store.all<{ dataset: string; hs: string }>(`SELECT dataset, hs FROM hs_code WHERE ${match.join(' OR ')}`) : []
  // Each code under every basket code it starts with, paired here: ClickHouse joins on equality only.
  const rows = found.flatMap((r) => (r.hs === 'TOTAL' ? (total ? [{ ...r, code: 'TOTAL' }] : []) : codes.filter((c) => r.hs.startsWith(c)).map((code) => ({ ...r, code }))))
  const levels: Levels = new Map()
  for (const r of rows) {
    if (!levels.has(r.dataset)) levels.set(r.dataset, new Map())
    const at = levels.get(r.dataset)!
    // Only the basket code TOTAL matches the row TOTAL, so the two kinds of level never meet.
    const level = r.hs === 'TOTAL' ? 'TOTAL' : r.hs.length
    const cur = at.get(r.code)
    if (cur === undefined || level < cur) at.set(r.code, level)
  }
  const read = new Map<string, string[]>()
  for (const r of rows) {
    const level = levels.get(r.dataset)!.get(r.code)
    if (level === (r.hs === 'TOTAL' ? 'TOTAL' : r.hs.length)) read.set(r.dataset, [...(read.get(r.dataset) ?? []), r.hs])
  }
  return { levels, codes: read }
}

function hsCondition(levels: Levels, d: DatasetInfo, basket: Basket, literal: Literal): string {
  const parts = levelGroups(basket, (code) => levels.get(d.id)?.get(code), literal).map(({ level, len, names }) => {
    if (level === 'TOTAL') return `hs = 'TOTAL'`
    return len === level ? `hs IN (${names})` : `(length(hs) = ${level} AND substring(hs, 1, ${len}) IN (${names}))`
  })
  return parts.length ? `(${parts.join(' OR ')})` : '1 = 0'
}

/**
 * Each row's product key: its code cut to the shortest level any of the datasets reads its basket
 * code at. Two rows that overlap (one code under the other) always share it, so combine.ts can
 * join on it; within one level it is the code itself, so 84571010 and 84571090 stay apart.
 */
function overlapOf(levels: Levels, datasets: DatasetInfo[], basket: Basket, literal: Literal): Overlap {
  let nested = false
  const shortest = (code: string) => {
    const found = [...new Set(datasets.map((d) => levels.get(d.id)?.get(code)).filter((l) => l !== undefined))]
    if (found.length > 1) nested = true
    if (!found.length) return undefined
    return found.includes('TOTAL') ? 'TOTAL' : Math.min(...(found as number[]))
  }
  const cases = levelGroups(basket, shortest, literal)
    .filter((g) => g.level !== 'TOTAL')
    .map(({ level, len, names }) => `WHEN substring(hs, 1, ${len}) IN (${names}) THEN substring(hs, 1, ${level})`)
  const productKey = cases.length ? `CASE ${cases.join(' ')} ELSE hs END` : 'hs'
  return { productKey, nested, mixedGrain: new Set(datasets.map((d) => d.grain)).size > 1 }
}

/** Basket codes grouped by (code length, level read at): one SQL part per group, not per code. */
type Literal = (value: string) => string

function levelGroups(basket: Pick<Basket, 'codes'>, levelOf: (code: string) => number | 'TOTAL' | undefined, literal: Literal) {
  const byLevel = new Map<string, { level: number | 'TOTAL'; len: number; codes: string[] }>()
  for (const code of basket.codes) {
    const level = levelOf(code)
    if (level === undefined) continue
    const key = `${code.length}:${level}`
    if (!byLevel.has(key)) byLevel.set(key, { level, len: code.length, codes: [] })
    byLevel.get(key)!.codes.push(code)
  }
  return [...byLevel.values()].map((g) => ({ ...g, names: g.codes.map((c) => literal(c)).join(', ') }))
}

/**
 * Basket codes no dataset used has a row for, at any level: a download of some CN8 lines (the
 * Data Browser files hold only the sanctioned ones) must not pass for the whole basket.
 */
function missingCodes(levels: Levels, datasets: DatasetInfo[], basket: Basket, { shown = 20 } = {}): string[] {
  const missing = basket.codes.filter((code) => code !== 'TOTAL' && !datasets.some((d) => levels.get(d.id)?.has(code)))
  if (!missing.length) return []
  const list = missing.length > shown ? `${missing.slice(0, shown).join(', ')}, ... (${missing.length} of ${basket.codes.length} codes)` : missing.join(', ')
  return [`basket ${basket.id}: no rows for ${list} in the datasets used`]
}

function noDataWarning(infos: DatasetInfo[], basket: Basket): string[] {
  if (!infos.length) return ['no datasets loaded (try: chokepoint ingest FILE --format ...)']
  return [`no loaded dataset has rows for this direction at the HS detail basket "${basket.id}" needs (${basket.codes.join(', ')})`]
}

type CoverageRow = DatasetInfo & { reporter: string; partner: string; year: number; month_mask: number }
const cache = new WeakMap<Store, { generation: number; values: Map<string, unknown> }>()

/** Metadata (coverage, HS levels) is small and changes only on writes: kept until the next one. */
async function cached<T>(store: Store, key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.get(store)
  if (!entry || entry.generation !== store.generation) {
    entry = { generation: store.generation, values: new Map() }
    cache.set(store, entry)
  }
  if (entry.values.has(key)) return entry.values.get(key) as T
  const value = await load()
  entry.values.set(key, value)
  return value
}

/**
 * Coverage rows of one flow for a focal reporter or partner, with their dataset's description.
 * Both sides of the join are subqueries: on a ClickHouse cluster the join then runs once, over
 * whole tables, never per shard against a shard's part of the other table.
 */
/**
 * The coverage rows of one flow, for the reporters asked about (one, several, or all) and a
 * partner: a dataset with no row of these reporters has no say in the figure (its grain or
 * currency must not refuse it).
 */
function coverage(store: Store, flow: string, reporter?: string | string[], partner?: string): Promise<CoverageRow[]> {
  const reporters = reporter === undefined ? undefined : [reporter].flat().sort()
  const params = { flow, ...(partner ? { partner } : {}) }
  const among = reporters ? `AND reporter IN (${reporters.map(store.dialect.literal).join(', ')})` : ''
  return cached(store, `coverage:${JSON.stringify({ ...params, reporters })}`, () =>
    store.all<CoverageRow>(
      `SELECT c.reporter, c.partner, c.year, c.month_mask, ${infoColumns(store)}
       FROM (SELECT dataset, reporter, partner, year, month_mask FROM coverage
         WHERE flow = $flow ${among} ${partner ? 'AND partner = $partner' : ''}) c
       JOIN (SELECT ${DATASET_COLUMNS} FROM dataset) d ON d.id = c.dataset`,
      params
    )
  )
}

const DATASET_COLUMNS = 'id, file, format, synthetic, currency, grain, period_from, period_to, loaded_at, max_value'
const infoColumns = (store: Store) =>
  `d.id, d.file, d.format, d.synthetic, d.currency, d.grain, d.period_from, d.period_to, ${store.dialect.timestampText('d.loaded_at')} AS loaded_at, d.max_value`

/** `--dataset` ids that name no loaded dataset are refused: a typo must not answer "no rows". */
async function checkDatasetIds(store: Store, ids: string[]): Promise<void> {
  const known = await cached(store, 'datasets', () => datasetInfos(store))
  const unknown = ids.filter((id) => !known.some((d) => d.id === id))
  if (!unknown.length) return
  const loaded = known.map(named).join(', ') || 'none'
  throw notFound(`no such dataset: ${unknown.map((id) => `"${id}"`).join(', ')} (loaded: ${loaded}; see chokepoint datasets, or GET /datasets)`)
}

export async function datasetInfos(store: Store): Promise<DatasetInfo[]> {
  return store.all<DatasetInfo>(`SELECT ${infoColumns(store)} FROM dataset d WHERE d.target = 'flow' ORDER BY d.loaded_at`)
}
