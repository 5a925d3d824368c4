import type { Check } from './format.js'
import { bare } from './columns.js'

// SQL building blocks shared by the formats. Every input column is text (all_varchar).

/** Trimmed text, NULL when empty. */
export const text = (col: string) => `NULLIF(TRIM(${col}), '')`

/** A number that may be empty; thousands separators are not accepted (they hide decimal commas). */
export const num = (col: string) => `TRY_CAST(${text(col)} AS DOUBLE)`

/**
 * Rejects a non-numeric, negative or non-finite number (NaN, Infinity, inf and 1e309 all cast to
 * DOUBLE, and one NaN makes every sum it enters NaN); empty is allowed unless `required`.
 */
export function numberCheck(col: string, { required = false } = {}): Check {
  const missing = required ? `${text(col)} IS NULL OR ` : ''
  return {
    column: bare(col),
    bad: `(${missing}(${text(col)} IS NOT NULL AND (${num(col)} IS NULL OR NOT isfinite(${num(col)}) OR ${num(col)} < 0)))`,
    expected: required ? 'a finite number >= 0' : 'a finite number >= 0 or empty',
  }
}

/** HS codes: digits only, of one of the given lengths (or TOTAL); leading zeros kept. */
export function hsCheck(col: string, lengths: number[], hsExpr: string): Check {
  const pattern = `^(TOTAL|${lengths.map((n) => `\\d{${n}}`).join('|')})$`
  return {
    column: bare(col),
    bad: `(${hsExpr} IS NULL OR NOT regexp_full_match(${hsExpr}, '${pattern}'))`,
    expected: `TOTAL or an HS code of ${lengths.join(', ')} digits`,
  }
}

/** HS codes of detailed records (declarations, national tariff lines): digits only, never TOTAL. */
export function hsDigitsCheck(col: string, lengths: number[], hsExpr: string): Check {
  const pattern = `^(${lengths.map((n) => `\\d{${n}}`).join('|')})$`
  return {
    column: bare(col),
    bad: `(${hsExpr} IS NULL OR NOT regexp_full_match(${hsExpr}, '${pattern}'))`,
    expected: `an HS code of ${lengths.join(', ')} digits`,
  }
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const monthCase = (word: string) =>
  `CASE lower(${word}) ${Object.entries(MONTHS).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ')} END`

/**
 * Year and month of the period forms the sources write: 2023, Y2023, 202308, 2023-08, 2023M08,
 * 08/2023 (Russian customs), "Aug. 2023", "202308-Aug. 2023", "Jan.-Dec. 2023" (a whole year).
 */
export function periodParts(col: string): { year: string; month: string } {
  const p = `TRIM(${col})`
  // 2023 and 202308 are most rows of most files: one integer cast reads them without a regex
  // (measured: a third of the staging time on a 5M-row Comtrade file).
  const n = `TRY_CAST(${p} AS INTEGER)`
  const ym = `regexp_extract(${p}, '^(\\d{4})-?M?(\\d{2})(?:-.*)?$', ['y', 'm'])`
  const my = `regexp_extract(${p}, '^(\\d{2})[/.](\\d{4})$', ['m', 'y'])`
  const named = `regexp_extract(${p}, '^([A-Za-z]{3,4})\\.? (\\d{4})$', ['m', 'y'])`
  const year = `CASE
    WHEN ${n} BETWEEN 1000 AND 9999 THEN ${n}::SMALLINT
    WHEN ${n} BETWEEN 100000 AND 999999 THEN (${n} // 100)::SMALLINT
    WHEN regexp_full_match(${p}, 'Y?\\d{4}') THEN TRY_CAST(right(${p}, 4) AS SMALLINT)
    WHEN regexp_full_match(${p}, 'Jan\\.?-Dec\\.? \\d{4}') THEN TRY_CAST(right(${p}, 4) AS SMALLINT)
    WHEN ${ym}.y <> '' THEN TRY_CAST(${ym}.y AS SMALLINT)
    WHEN ${my}.y <> '' THEN TRY_CAST(${my}.y AS SMALLINT)
    WHEN ${named}.y <> '' AND ${monthCase(`${named}.m`)} IS NOT NULL THEN TRY_CAST(${named}.y AS SMALLINT)
  END`
  const month = `CASE
    WHEN ${n} BETWEEN 1000 AND 9999 THEN NULL
    WHEN ${n} BETWEEN 100000 AND 999999 THEN (${n} % 100)::TINYINT
    WHEN ${ym}.m <> '' THEN TRY_CAST(${ym}.m AS TINYINT)
    WHEN ${my}.m <> '' THEN TRY_CAST(${my}.m AS TINYINT)
    WHEN ${named}.m <> '' THEN ${monthCase(`${named}.m`)}
  END`
  return { year, month }
}

export function periodCheck(col: string, year: string, month: string): Check {
  return {
    column: bare(col),
    bad: `(${year} IS NULL OR ${year} NOT BETWEEN 1900 AND 2100 OR (${month} IS NOT NULL AND ${month} NOT BETWEEN 1 AND 12))`,
    expected: 'a period such as 2023, 202308, 2023-08, 08/2023 or "Aug. 2023"',
  }
}

/** Rejects a value outside a closed list (compared case-insensitively, trimmed). */
export function oneOfCheck(col: string, allowed: string[]): Check {
  const list = allowed.map((a) => `'${a.toLowerCase()}'`).join(', ')
  return {
    column: bare(col),
    bad: `(${text(col)} IS NULL OR lower(${text(col)}) NOT IN (${list}))`,
    expected: `one of ${allowed.join(', ')}`,
  }
}
