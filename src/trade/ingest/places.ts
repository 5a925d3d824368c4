import type { Store } from '../../store/store.js'
import { placeName, resolvePlace, type CodeSystem, type Place } from '../countries/countries.js'
import type { Plan } from '../formats/format.js'

export interface Unmapped {
  column: string
  code: string
  rows: number
}

/**
 * Maps every distinct code of the stage's place columns to a canonical place, in a temp table
 * `pm` the load joins against. Codes no table knows are kept as `?CODE` (never dropped) and
 * returned with their row counts so the caller can report them.
 */
export async function mapPlaces(tx: Store, plan: Plan): Promise<{ unmapped: Unmapped[]; places: Place[] }> {
  await tx.run(`CREATE OR REPLACE TEMP TABLE pm (col VARCHAR, raw VARCHAR, code VARCHAR, name VARCHAR, kind VARCHAR)`)
  const unmapped: Unmapped[] = []
  const places = new Map<string, Place>()
  for (const [col, system] of Object.entries(plan.places)) {
    const label = col === 'partner_raw' && plan.partnerLabel ? plan.partnerLabel : 'NULL'
    const rows = await tx.all<{ raw: string; label: string | null; n: number }>(
      `SELECT ${col} AS raw, any_value(${label}) AS label, count(*) AS n FROM stage
       WHERE _skip IS NULL AND _reject IS NULL AND ${col} IS NOT NULL GROUP BY 1`
    )
    const values: string[] = []
    for (const { raw, label: sourceLabel, n } of rows) {
      let p = resolveAuto(system, raw)
      if (!p) {
        unmapped.push({ column: col.replace(/_raw$/, ''), code: raw, rows: n })
        p = { code: `?${raw}`, name: sourceLabel ?? `unmapped code ${raw}`, kind: 'residual' }
      } else if (p.name === raw && sourceLabel) p = { ...p, name: sourceLabel }
      // A country is named by the project's table, not by the file: IMF's "Taiwan" and Comtrade's
      // "Other Asia, nes" (490) are one place, and the last load must not rename it in every figure.
      if (p.kind === 'country' && placeName(p.code) !== p.code) p = { ...p, name: placeName(p.code) }
      places.set(p.code, p)
      values.push(col, raw, p.code, p.name, p.kind)
    }
    await insertRows(tx, 'pm', 5, values)
  }
  return { unmapped, places: [...places.values()] }
}

function resolveAuto(system: CodeSystem | 'auto', raw: string): Place | undefined {
  if (system !== 'auto') return resolvePlace(system, raw)
  const v = raw.trim()
  if (/^\d+$/.test(v)) return resolvePlace('m49', v)
  if (/^[A-Za-z]{2}$/.test(v)) return resolvePlace('alpha2', v)
  if (/^[A-Za-z]{3}$/.test(v)) return resolvePlace('alpha3', v) ?? resolvePlace('label', v)
  return resolvePlace('label', v)
}

/** Inserts a flat list of values as rows of `width` columns, as bound parameters, in batches. */
export async function insertRows(tx: Store, table: string, width: number, values: (string | number | boolean | null)[]) {
  const perBatch = 200
  for (let start = 0; start < values.length; start += perBatch * width) {
    const chunk = values.slice(start, start + perBatch * width)
    const params: Record<string, string | number | boolean | null> = {}
    const tuples: string[] = []
    for (let r = 0; r < chunk.length / width; r++) {
      const names = Array.from({ length: width }, (_, c) => `p${r}_${c}`)
      names.forEach((n, c) => (params[n] = chunk[r * width + c]))
      tuples.push(`(${names.map((n) => `$${n}`).join(', ')})`)
    }
    await tx.run(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, params)
  }
}
