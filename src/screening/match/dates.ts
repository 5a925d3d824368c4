import { badInput } from '../../errors.js'

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
}

/**
 * Dates as lists write them, to ISO prefixes: '1962', '1962-12', '1962-12-10'. Accepts
 * '10 Dec 1962', 'Dec 1962', '1962-12-10' (month and day also unpadded: '1962-7-4'),
 * '10/12/1962' (day first, as the UK and EU write), 'circa 1962', '1973 to 1974' (both years).
 * Returns [] when nothing parses.
 */
export function parseDates(raw: string): string[] {
  const s = raw.trim().toLowerCase()
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)/.exec(s)
  if (m) return [dateOf(m[1], m[2], m[3])]
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s)
  if (m) return [dateOf(m[3], m[2], m[1])]
  m = /^(?:(\d{1,2}) )?([a-z]{3})[a-z]* (\d{4})$/.exec(s)
  if (m && MONTHS[m[2]]) return [dateOf(m[3], MONTHS[m[2]], m[1])]
  const years = s.match(/\b(1[89]\d\d|20\d\d)\b/g)
  if (!years) return []
  if (years.length === 2 && /\bto\b|-|–/.test(s)) {
    const [a, b] = years.map(Number)
    const out: string[] = []
    for (let y = Math.min(a, b); y <= Math.max(a, b) && out.length < 12; y++) out.push(String(y))
    return out
  }
  return [...new Set(years)]
}

/**
 * A list's date as one ISO 8601 prefix ('1952-10-07', '1952-10', '1952'), or undefined when the
 * text is anything else: a range ('1973 to 1974'), a qualified year ('circa 1962'), or a day or
 * month that does not exist ('31 Feb 1952'). Only a reading that loses nothing is given.
 */
export function isoPrefix(raw: string): string | undefined {
  const [one, ...more] = parseDates(raw)
  // parseDates takes any year out of free text; a year alone is taken only when it is the whole text.
  if (!one || more.length || (one.length === 4 && raw.trim() !== one)) return undefined
  const [y, mo, d] = one.split('-').map(Number)
  return mo === undefined || dayExists(y, mo, d ?? 1) ? one : undefined
}

/** Whether a day is in the calendar (no 31 February, no month 13). */
function dayExists(y: number, mo: number, d: number): boolean {
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

function dateOf(y: string, mo: string, d?: string): string {
  const mm = mo.padStart(2, '0')
  if (mm === '00') return y
  return d && d !== '0' && d !== '00' ? `${y}-${mm}-${d.padStart(2, '0')}` : `${y}-${mm}`
}

/** Two dates agree when one is a prefix of the other ('1962' agrees with '1962-12-10'). */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a)
}

/** Years between the closest pair of dates, or Infinity when either side is empty. */
export function yearGap(as: string[], bs: string[]): number {
  let best = Infinity
  for (const a of as) for (const b of bs) best = Math.min(best, Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))))
  return best
}

/**
 * A birth date a user typed, checked and returned in ISO form: YYYY, YYYY-MM or YYYY-MM-DD, the
 * month and day also unpadded (1969-7-16 is 1969-07-16), and a day that exists (2024-02-30 is
 * refused rather than screened as February 2024) and is not in the future: a date whose first day
 * (of the year or month, when only those are given) is after `today` (UTC) is no birth date.
 */
export function checkBirthDate(raw: string, today = new Date()): string {
  const s = raw.trim()
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s)
  if (!m) throw badInput(`invalid birth date: "${raw}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`)
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1]
  if (y < 1800 || !dayExists(y, mo, d)) throw badInput(`invalid birth date: "${raw}" (no such date)`)
  const iso = [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-')
  // In the future: the date's first day (of its year or month when only those are given) after today, in UTC.
  if (iso > today.toISOString().slice(0, iso.length)) throw badInput(`invalid birth date: "${raw}" (in the future)`)
  return iso
}
