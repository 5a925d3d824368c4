import { NUMBER_WORDS, ORDINALS } from './words.js'
import type { Token } from './text.js'

/** The day an article was written: relative periods ("last year") are read from it. */
export interface Day {
  year: number
  month: number
  day: number
}

/** A period phrase of a sentence and the period it names (null, with the reason, when it names none the data has). */
export interface PeriodPhrase {
  first: number
  last: number
  words: string
  period: string | null
  reason?: string
}

type Finder = (tokens: Token[], i: number, day?: Day) => Omit<PeriodPhrase, 'words'> | undefined

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3))

const yearOf = (t?: Token) => (t && /^\d{4}$/.test(t.key) && +t.key >= 1990 && +t.key <= 2099 ? +t.key : undefined)
const monthOf = (t?: Token) => {
  if (!t || !t.tags.has('Month')) return undefined
  const m = MONTHS.indexOf(t.key) + 1 || SHORT_MONTHS.indexOf(t.key.slice(0, 3)) + 1
  return m || undefined
}
const is = (t: Token | undefined, ...words: string[]) => !!t && words.includes(t.key)
const pad = (n: number) => String(n).padStart(2, '0')
const NEEDS_DATE = 'a relative period needs the article\'s date (give --date YYYY-MM-DD)'

/** Skips "the" and returns the index after it. */
const skipThe = (tokens: Token[], i: number) => (is(tokens[i], 'the') ? i + 1 : i)

/** "the fourth quarter of 2023", "the last quarter of 2023", "Q4 2023", "2023-Q4", and without a year relative to the article. */
const quarter: Finder = (tokens, i, day) => {
  let j = skipThe(tokens, i)
  const t = tokens[j]
  let n: number | undefined
  let relative = false
  let last = j
  if (t && /^q[1-4]$/.test(t.key)) n = +t.key[1]
  else if (t && /^\d{4} q[1-4]$/.test(t.key.replace('-', ' '))) return { first: i, last: j, period: `${t.key.slice(0, 4)}-Q${t.key.at(-1)}` }
  else if (is(tokens[j + 1], 'quarter') && (ORDINALS[t?.key ?? ''] || is(t, 'last', 'final', 'previous', 'past'))) {
    n = ORDINALS[t.key] ?? 4
    relative = !ORDINALS[t.key]
    last = ++j
  } else return undefined
  const k = is(tokens[last + 1], 'of') ? last + 2 : last + 1
  const year = yearOf(tokens[k])
  if (year) return { first: i, last: k, period: `${year}-Q${n}` }
  if (!day) return { first: i, last, period: null, reason: NEEDS_DATE }
  const current = Math.ceil(day.month / 3)
  if (relative) return { first: i, last, period: current === 1 ? `${day.year - 1}-Q4` : `${day.year}-Q${current - 1}` }
  // "the first quarter" without a year: the latest one that had ended by the article's date.
  return { first: i, last, period: `${n < current ? day.year : day.year - 1}-Q${n}` }
}

/** "the first half of 2023", "H1 2023": the months as a range within the year. */
const half: Finder = (tokens, i) => {
  const j = skipThe(tokens, i)
  let h: number | undefined
  let k: number
  if (/^h[12]$/.test(tokens[j]?.key ?? '')) {
    h = +tokens[j].key[1]
    k = j + 1
  } else if (is(tokens[j + 1], 'half') && (is(tokens[j], 'first', 'second'))) {
    h = tokens[j].key === 'first' ? 1 : 2
    k = is(tokens[j + 2], 'of') ? j + 3 : j + 2
  } else return undefined
  const year = yearOf(tokens[k])
  if (!year) return { first: i, last: k - 1, period: null, reason: 'a half-year without its year' }
  return { first: i, last: k, period: h === 1 ? `${year}-01..${year}-06` : `${year}-07..${year}-12` }
}

/** "the first ten months of 2023", "the first 10 months of 2023". */
const firstMonths: Finder = (tokens, i) => {
  const j = skipThe(tokens, i)
  if (!is(tokens[j], 'first') || !is(tokens[j + 2], 'months')) return undefined
  const n = NUMBER_WORDS[tokens[j + 1]?.key] ?? Number(tokens[j + 1]?.key)
  const k = is(tokens[j + 3], 'of') ? j + 4 : j + 3
  const year = yearOf(tokens[k])
  if (!(n >= 1 && n <= 12) || !year) return undefined
  return { first: i, last: k, period: `${year}-01..${year}-${pad(n)}` }
}

/** "January-October 2023", "January to October 2023", "March 2023", and a month alone relative to the article. */
const months: Finder = (tokens, i, day) => {
  const a = monthOf(tokens[i])
  if (!a) return undefined
  let k = i + 1
  let b: number | undefined
  if (monthOf(tokens[k])) b = monthOf(tokens[k++])
  else if (is(tokens[k], 'to', 'through', 'until', 'and') && monthOf(tokens[k + 1])) {
    b = monthOf(tokens[k + 1])
    k += 2
  }
  const year = yearOf(tokens[k])
  if (year) return { first: i, last: k, period: b && b !== a ? `${year}-${pad(a)}..${year}-${pad(b)}` : `${year}-${pad(a)}` }
  if (b || !is(tokens[i - 1], 'in')) return undefined
  if (!day) return { first: i, last: i, period: null, reason: NEEDS_DATE }
  return { first: i, last: i, period: `${a < day.month ? day.year : day.year - 1}-${pad(a)}` }
}

/** "last year", "the previous year", "this year", "last month": from the article's date. */
const relativeYear: Finder = (tokens, i, day) => {
  const j = skipThe(tokens, i)
  const unit = tokens[j + 1]?.key
  if (unit !== 'year' && unit !== 'month') return undefined
  const which = tokens[j]?.key
  if (which === 'past') return { first: i, last: j + 1, period: null, reason: `"the past ${unit}" may be the last 12 months or the last calendar ${unit}` }
  if (!['last', 'previous', 'this'].includes(which ?? '')) return undefined
  if (!day) return { first: i, last: j + 1, period: null, reason: NEEDS_DATE }
  const back = which === 'this' ? 0 : 1
  if (unit === 'year') return { first: i, last: j + 1, period: String(day.year - back) }
  const m = day.month - back
  return { first: i, last: j + 1, period: m === 0 ? `${day.year - 1}-12` : `${day.year}-${pad(m)}` }
}

/** A year alone: "in 2023". */
const year: Finder = (tokens, i) => {
  const y = yearOf(tokens[i])
  return y ? { first: i, last: i, period: String(y) } : undefined
}

const FINDERS: Finder[] = [quarter, half, firstMonths, months, relativeYear, year]

/** The period phrases of a sentence, in order, none overlapping. */
export function findPeriods(tokens: Token[], day?: Day): PeriodPhrase[] {
  const out: PeriodPhrase[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (const find of FINDERS) {
      const hit = find(tokens, i, day)
      if (!hit) continue
      out.push({ ...hit, words: tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join(' ').replace(/[.,;:]+$/, '') })
      i = hit.last
      break
    }
  }
  return out
}
