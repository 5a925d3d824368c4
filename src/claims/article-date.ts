import { DateTime } from 'luxon'
import type { Day } from './periods.js'

// Dates as article pages print them near the top ("Saturday, July 6, 2024", "12 April 2024",
// "2024-04-12"), read with luxon's formats rather than patterns of our own.
const FORMATS = ['cccc, LLLL d, yyyy', 'LLLL d, yyyy', 'LLL d, yyyy', 'cccc d LLLL yyyy', 'cccc, d LLLL yyyy', 'd LLLL yyyy', 'd LLL yyyy', 'yyyy-MM-dd', 'LLLL d yyyy']
const HEAD_LINES = 8

/** A day written as YYYY-MM-DD (`--date`), or undefined when it is not one or does not exist. */
export function parseDay(raw: string): Day | undefined {
  const d = DateTime.fromFormat(raw.trim(), 'yyyy-MM-dd', { zone: 'utc' })
  return d.isValid ? { year: d.year, month: d.month, day: d.day } : undefined
}

export const dayText = (d: Day) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`

/**
 * The article's date from a line near its top that is a date, alone or after a label
 * ("Published: 12 April 2024", "Updated July 6, 2024 10:32"); undefined when none is.
 */
export function articleDate(text: string): Day | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES)
  for (const line of lines) {
    // A dateline ("MOSCOW, 2 February 2024 - ...") has its date among its first words.
    const words = line.split(/\s+/).slice(0, 8)
    // Every run of words, so a label before the date or a time after it does not hide it.
    for (let a = 0; a < words.length; a++) {
      for (let b = words.length; b > a; b--) {
        const candidate = words.slice(a, b).join(' ').replace(/[,.]$/, '')
        for (const f of FORMATS) {
          const d = DateTime.fromFormat(candidate, f, { zone: 'utc', locale: 'en' })
          if (d.isValid) return { year: d.year, month: d.month, day: d.day }
        }
      }
    }
  }
  return undefined
}
