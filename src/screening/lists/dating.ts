/**
 * Dating a list version that states no date, from its entries relative to the other versions
 * of the same source. OFAC numbers every new designation with the next ent_num and never
 * reuses one, so between two versions the one holding a higher ent_num is newer; at the same
 * highest number, the one that lacks entries the other has (and holds nothing the other lacks)
 * is newer, the gap being delistings. Pure: no store, no clock.
 */

import { badInput } from '../../errors.js'

export type Order = 'newer' | 'older' | 'unknown'

/** The ent_num of an OFAC entity id (`ofac-12345`), or undefined for other lists. */
export const entNum = (id: string): number | undefined => {
  const m = /^ofac-(\d+)$/.exec(id)
  return m ? Number(m[1]) : undefined
}

/** Whether version `a` is newer or older than `b`, by their ent_num sets, and why. */
export function compareEntries(a: number[], b: number[]): { order: Order; why: string } {
  const maxA = a.reduce((m, n) => (n > m ? n : m), -1)
  const maxB = b.reduce((m, n) => (n > m ? n : m), -1)
  if (maxA !== maxB) {
    const order = maxA > maxB ? 'newer' : 'older'
    return { order, why: `highest ent_num ${maxA} ${maxA > maxB ? '>' : '<'} ${maxB}` }
  }
  const setA = new Set(a)
  const setB = new Set(b)
  const onlyA = a.filter((n) => !setB.has(n)).length
  const onlyB = b.filter((n) => !setA.has(n)).length
  if (!onlyA && onlyB) return { order: 'newer', why: `same highest ent_num ${maxA}; lacks ${onlyB} entries the other has (delisted), holds none it lacks` }
  if (onlyA && !onlyB) return { order: 'older', why: `same highest ent_num ${maxA}; holds ${onlyA} entries the other lacks, lacks none` }
  return { order: 'unknown', why: `same highest ent_num ${maxA}, ${onlyA} and ${onlyB} entries only in one or the other` }
}

export interface Dated {
  id: string
  as_of: string
  ids: string[]
}

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * An as-of date for a version with no date of its own, bounded by the dated versions it is
 * newer and older than: the day before the oldest version it is older than, else the day after
 * the newest version it is newer than. The basis says it is a bound, not the publication date.
 * Undefined when the entries give no order (the caller then asks for --as-of).
 */
export function inferAsOf(ids: string[], others: Dated[]): { asOf: string; basis: string } | undefined {
  const nums = ids.map(entNum).filter((n): n is number => n !== undefined)
  if (!nums.length) return undefined
  let after: { v: Dated; why: string } | undefined
  let before: { v: Dated; why: string } | undefined
  for (const v of others) {
    const theirs = v.ids.map(entNum).filter((n): n is number => n !== undefined)
    if (!theirs.length) continue
    const { order, why } = compareEntries(nums, theirs)
    if (order === 'newer' && (!after || v.as_of > after.v.as_of)) after = { v, why }
    if (order === 'older' && (!before || v.as_of < before.v.as_of)) before = { v, why }
  }
  if (before) {
    const asOf = shift(before.v.as_of, -1)
    if (after && asOf <= after.v.as_of) return undefined
    return { asOf, basis: `inferred from entries: older than ${before.v.id} (${before.v.as_of}): ${before.why}; exact date unknown (give --as-of)` }
  }
  if (after) return { asOf: shift(after.v.as_of, 1), basis: `inferred from entries: newer than ${after.v.id} (${after.v.as_of}): ${after.why}; exact date unknown (give --as-of)` }
  return undefined
}

/** A warning when a stated date contradicts what the entries say (a wrong --as-of, say). */
export function contradiction(asOf: string, ids: string[], others: Dated[]): string | undefined {
  const nums = ids.map(entNum).filter((n): n is number => n !== undefined)
  if (!nums.length) return undefined
  for (const v of others) {
    const theirs = v.ids.map(entNum).filter((n): n is number => n !== undefined)
    if (!theirs.length) continue
    const { order, why } = compareEntries(nums, theirs)
    if ((order === 'older' && asOf > v.as_of) || (order === 'newer' && asOf < v.as_of)) {
      return `as-of ${asOf} contradicts the entries: this version is ${order} than ${v.id} (${v.as_of}): ${why}`
    }
  }
  return undefined
}

/** `date`'s calendar day where this process runs (the user's "today"), as YYYY-MM-DD. */
export const localDay = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')

// The calendar runs furthest ahead at UTC+14 (Kiribati): a publisher there may date its list a day
// before the user's own calendar reaches it, so only a day after that is surely a mistake.
const AHEAD_MS = 14 * 3_600_000

/**
 * A list version's date as a user states it (`name` is the flag or field they gave it in),
 * checked before it is recorded: YYYY-MM-DD, a day that exists (2024-02-30 is refused, not
 * shifted to March), and not after today in every time zone. A version dated in the future is
 * a typo in the year that would later make it the current version and answer "as of" wrongly.
 */
export function checkAsOf(raw: string, { today = new Date(), name = '--as-of' }: { today?: Date; name?: string } = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw)
  if (!m) throw badInput(`invalid ${name}: "${raw}" (expected YYYY-MM-DD)`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = new Date(0)
  day.setUTCFullYear(y, mo - 1, d)
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) throw badInput(`invalid ${name}: "${raw}" (no such date)`)
  const latest = new Date(today.getTime() + AHEAD_MS).toISOString().slice(0, 10)
  if (raw > latest) throw badInput(`invalid ${name}: "${raw}" (a date after today, ${localDay(today)})`)
  return raw
}
