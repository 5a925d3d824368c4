import { DateTime, IANAZone } from 'luxon'

// Instants for the rules: a rule's times are wall-clock times in its own IANA zone (the UK
// licence's "23:59 on 12 April 2024" is London time, BST = UTC+1 that day); a lot's times are
// dates, or date-times in UTC or with an offset. Everything is compared as instants.

/** A lot's date or date-time, as read from its cell. */
export interface LotTime {
  text: string
  /** YYYY-MM-DD when the cell gave a date alone: it stands for the start of that day in the zone of the rule it meets. */
  date?: string
  /** The instant, when the cell gave a time with Z or an offset. */
  instant?: DateTime
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const STAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/i
const LOCAL_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/

export const LOT_TIME_EXPECTED = 'a date that exists, YYYY-MM-DD, or a date-time with Z or an offset such as 2024-04-12T22:58Z or 2024-04-12T23:58+01:00'

/** Reads a lot's date cell; an error string says why it is not one (the caller names the column). */
export function parseLotTime(raw: string): LotTime | string {
  const text = raw.trim()
  if (DATE.test(text)) return dayProblem(text) ?? { text, date: text }
  const m = STAMP.exec(text)
  if (m) {
    const day = dayProblem(m[1])
    if (day) return day
    const offset = m[5].toUpperCase() === 'Z' ? 'Z' : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    const d = DateTime.fromISO(`${m[1]}T${m[2]}${offset}`, { setZone: true })
    return d.isValid ? { text, instant: d.toUTC() } : `no such date-time (${d.invalidExplanation ?? 'invalid'})`
  }
  if (LOCAL_STAMP.test(text)) return 'a date-time needs its zone: add Z (UTC) or an offset such as +01:00, or give the date alone'
  return 'not a date'
}

/** Why a YYYY-MM-DD is not a day of the calendar, or undefined: "no such day: 2024-02 has 29 days". */
function dayProblem(text: string): string | undefined {
  const [y, m, d] = DATE.exec(text)!.slice(1).map(Number)
  if (m < 1 || m > 12) return `no such month: ${text.slice(5, 7)}`
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d < 1 || d > days ? `no such day: ${text.slice(0, 7)} has ${days} days` : undefined
}

/** The instant a lot's time stands for, read in `zone` when it is a date alone (the start of that day). */
export function lotInstant(t: LotTime, zone: string): DateTime {
  return t.instant ?? DateTime.fromISO(t.date!, { zone }).startOf('day')
}

// Zone offsets cost luxon an Intl call each: a day's start in a zone is worked out once.
const dayStarts = new Map<string, number>()

/** `lotInstant` as epoch milliseconds, the form rules compare (a bounded cache: days x zones). */
export function lotMillis(t: LotTime, zone: string): number {
  if (t.instant) return t.instant.toMillis()
  const key = `${t.date}|${zone}`
  let ms = dayStarts.get(key)
  if (ms === undefined) {
    ms = lotInstant(t, zone).toMillis()
    if (dayStarts.size > 100_000) dayStarts.clear()
    dayStarts.set(key, ms)
  }
  return ms
}

/** Whether `zone` is an IANA time zone name luxon (Node's Intl) knows. */
export function isZone(zone: string): boolean {
  return IANAZone.isValidZone(zone) && zone.includes('/')
}

const LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/

/** A rule's wall-clock time in its zone, or an error string. */
export function ruleInstant(local: string, zone: string): DateTime | string {
  if (!LOCAL.test(local)) return `bad time "${local}" (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, local to the zone ${zone})`
  const d = DateTime.fromISO(local, { zone })
  if (!d.isValid) return `bad time "${local}" (${d.invalidExplanation ?? 'invalid'})`
  // A wall-clock time skipped by a DST change does not exist; luxon would move it silently.
  if (d.toFormat(local.includes('T') ? "yyyy-MM-dd'T'HH:mm" : 'yyyy-MM-dd') !== local.slice(0, 16)) return `bad time "${local}" (does not exist in ${zone}: skipped by a clock change)`
  return d
}

/** Formatting in a zone is slow in luxon; the same few instants and dates recur on every lot. */
function memo<T>(fn: (value: T, zone: string) => string, key: (value: T) => string): (value: T, zone: string) => string {
  const cache = new Map<string, string>()
  return (value, zone) => {
    const k = `${key(value)}|${zone}`
    let text = cache.get(k)
    if (text === undefined) {
      text = fn(value, zone)
      if (cache.size > 100_000) cache.clear()
      cache.set(k, text)
    }
    return text
  }
}

/** `2024-04-12T23:59 Europe/London (22:59Z)`: the wall clock a rule states and the instant it is. */
export const showInstant = memo((d: DateTime, zone: string) => showInstantNow(d, zone), (d) => String(d.toMillis()))

function showInstantNow(d: DateTime, zone: string): string {
  const local = d.setZone(zone)
  const wall = local.toFormat(local.second || local.millisecond ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm")
  return `${wall} ${zone} (${utc(d)})`
}

/** An instant in UTC, to the minute when it has no seconds: 2024-04-12T22:59Z. */
export function utc(d: DateTime): string {
  const u = d.toUTC()
  return u.toFormat(u.second || u.millisecond ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm'Z'")
}

/** A lot's time as read, and the instant it stood for when it was a date alone. */
export const showLotTime = memo((t: LotTime, zone: string) => showLotTimeNow(t, zone), (t) => t.text)

function showLotTimeNow(t: LotTime, zone: string): string {
  if (t.instant) return t.text === utc(t.instant) ? t.text : `${t.text} (${utc(t.instant)})`
  return `${t.text} (start of day ${zone}: ${utc(lotInstant(t, zone))})`
}
