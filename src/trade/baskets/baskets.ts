import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { notFound } from '../../errors.js'
import data from './baskets.json' with { type: 'json' }

export interface Basket {
  id: string
  name: string
  source: string
  /** HS codes, deduplicated, with codes covered by a shorter code of the basket removed. */
  codes: string[]
  /** Words a text uses for the basket ("machine tools", "chips"): claims extraction reads them. */
  terms?: string[]
  /** Other baskets the same words are often taken to mean: a claim that states no codes is checked on each. */
  readings?: string[]
}

interface RawBasket {
  id: string
  name: string
  source: string
  codes?: string[]
  includes?: string[]
  terms?: string[]
  readings?: string[]
}

const raw = (data as { baskets: RawBasket[] }).baskets

function codesOf(b: RawBasket): string[] {
  if (b.codes) return b.codes
  return (b.includes ?? []).flatMap((id) => codesOf(raw.find((x) => x.id === id)!))
}

/** Removes duplicates and codes under another code of the same basket, so nothing counts twice. */
export function normaliseCodes(codes: string[]): string[] {
  const unique = [...new Set(codes)].sort((a, b) => a.length - b.length || a.localeCompare(b))
  return unique.filter((c, i) => !unique.slice(0, i).some((p) => p !== 'TOTAL' && c !== p && c.startsWith(p)))
}

export const BASKETS: Basket[] = raw.map((b) => ({ id: b.id, name: b.name, source: b.source, codes: normaliseCodes(codesOf(b)), terms: b.terms ?? [], readings: b.readings ?? [] }))

export function getBasket(id: string): Basket {
  const b = BASKETS.find((x) => x.id === id)
  if (!b) throw notFound(`unknown basket: "${id}" (expected one of ${BASKETS.map((x) => x.id).join(', ')})`)
  return b
}

/** Where the HS2022 nomenclature sits beside the repository (../shared/data), when it does. */
export const HS_FILE = new URL('../../../../shared/data/hs-nomenclature-hs2022/harmonized-system.csv', import.meta.url).pathname

/** HS2022 descriptions from the nomenclature file (datasets/harmonized-system layout) when present. */
export function loadHsDescriptions(file: string): Map<string, string> {
  const out = new Map<string, string>()
  if (!existsSync(file)) return out
  const rows = parse(readFileSync(file), { columns: true }) as { hscode: string; description: string }[]
  for (const r of rows) out.set(r.hscode, r.description)
  return out
}
