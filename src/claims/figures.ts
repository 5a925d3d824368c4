import type { NumberSpan, Sentence, Token } from './text.js'
import { CHANGE_WORDS, COMPARATOR_WORDS, CURRENCY_SIGNS, CURRENCY_WORDS, FRACTION_WORDS, PERCENT_WORDS, SCALE_WORDS, type Comparator } from './words.js'

/** What a figure measures: a partner's share, a value of trade, or a change of value between periods. */
export type Measure = 'share' | 'value' | 'change'

/** A figure stated in a sentence, read as a fraction (share, change) or an amount of money (value). */
export interface Figure {
  first: number
  last: number
  measure: Measure
  figure: number
  /** The upper end of a "between" figure. */
  high?: number
  comparator: Comparator
  currency?: string
  /** The words of the figure and of its comparator, as written. */
  words: string
  comparatorWords: string
}

const keys = (tokens: Token[], a: number, b: number) => tokens.slice(Math.max(0, a), b + 1).map((t) => t.key).join(' ')
const isYear = (t: Token) => /^\d{4}$/.test(t.key) && +t.key >= 1900 && +t.key <= 2100

/** The figures of a sentence, in order: percentages, fractions ("two-thirds of"), amounts of money. */
export function findFigures(s: Sentence): Figure[] {
  const raw = [...s.numbers.flatMap((n) => numberFigure(s, n)), ...fractionWords(s)].sort((a, b) => a.first - b.first)
  const out: Figure[] = []
  for (const f of raw) {
    const cmp = comparatorBefore(s.tokens, f.first)
    const figure: Figure = { ...f, comparator: cmp?.comparator ?? 'about', comparatorWords: cmp?.words ?? '' }
    const prev = out.at(-1)
    // "between 5% and 7%": one figure with both ends.
    if (prev?.comparator === 'between' && prev.high === undefined && s.tokens[f.first - 1]?.key === 'and' && prev.measure === f.measure) {
      prev.high = f.figure
      prev.last = f.last
      prev.words = `${prev.words} and ${f.words}`
      continue
    }
    out.push(withChange(s.tokens, figure, cmp?.first ?? f.first))
  }
  return out.filter((f) => f.comparator !== 'between' || f.high !== undefined)
}

type Raw = Omit<Figure, 'comparator' | 'comparatorWords'>

function numberFigure(s: Sentence, n: NumberSpan): Raw[] {
  const t = s.tokens
  const after = keys(t, n.last + 1, n.last + 2)
  const words = (last: number) => t.slice(n.first, last + 1).map((x) => x.text).join(' ').replace(/[.,;:]+$/, '')
  if (n.suffix === '%' || n.unit === 'percent' || PERCENT_WORDS.some((w) => after.startsWith(w))) {
    // "20 percentage points" is a change of a share, not a share: not a figure this reads.
    if (after.startsWith('percentage point')) return []
    const extra = n.suffix === '%' || n.unit === 'percent' ? 0 : PERCENT_WORDS.find((w) => after.startsWith(w))!.split(' ').length
    return [{ first: n.first, last: n.last + extra, measure: 'share', figure: n.num / 100, words: words(n.last + extra) }]
  }
  const sign = n.prefix || Object.keys(CURRENCY_SIGNS).find((c) => n.text.toLowerCase().startsWith(c)) || ''
  const currency = CURRENCY_SIGNS[sign.toLowerCase()] ?? CURRENCY_WORDS[n.unit.toLowerCase()] ?? CURRENCY_WORDS[t[n.last + 1]?.key ?? '']
  if (currency) return money(t, n, currency, words)
  if (t.slice(n.first, n.last + 1).some((x) => x.tags.has('Fraction')) && t[n.last + 1]?.key === 'of') {
    return [{ first: n.first, last: n.last, measure: 'share', figure: n.num, words: words(n.last) }]
  }
  return []
}

function money(t: Token[], n: NumberSpan, currency: string, words: (last: number) => string): Raw[] {
  if (t.slice(n.first, n.last + 1).every(isYear)) return []
  let last = n.last
  // compromise takes the "a" of "$932m a month" into the number (as one): the span ends before it.
  if (last > n.first && t[last].key === 'a') last--
  const glued = /[\d.]([a-z]+)$/i.exec(t[n.first].text)?.[1] ?? ''
  let scale = SCALE_WORDS[n.suffix.toLowerCase()] ?? SCALE_WORDS[n.unit.toLowerCase()] ?? SCALE_WORDS[glued.toLowerCase()] ?? 1
  // compromise reads "$900 million" as 900000000 but "$1.2bn" as 1.2 with suffix "bn", "$900 m" as 900.
  const spanHasScale = t.slice(n.first, last + 1).some((x) => SCALE_WORDS[x.key] && !/\d/.test(x.key))
  if (spanHasScale) scale = 1
  else if (scale === 1 && SCALE_WORDS[t[last + 1]?.key ?? '']) scale = SCALE_WORDS[t[++last].key]
  if (CURRENCY_WORDS[t[last + 1]?.key ?? '']) last++
  // A monthly rate ("$932m a month") is not a period's value.
  if (['a month', 'per month', 'monthly'].some((w) => keys(t, last + 1, last + 2).startsWith(w))) return []
  return [{ first: n.first, last, measure: 'value', figure: n.num * scale, currency, words: words(last) }]
}

/** "half of", "a quarter of", "a third of": fractions compromise does not read as numbers. */
function fractionWords(s: Sentence): Raw[] {
  const out: Raw[] = []
  for (let i = 0; i < s.tokens.length; i++) {
    for (const n of [2, 1]) {
      const phrase = keys(s.tokens, i, i + n - 1)
      // "the first half of 2023" is a period, not a fraction.
      const period = ['first', 'second'].includes(s.tokens[i - 1]?.key ?? '')
      if (period || FRACTION_WORDS[phrase] === undefined || s.tokens[i + n]?.key !== 'of' || s.numbers.some((x) => x.first <= i && x.last >= i)) continue
      out.push({ first: i, last: i + n - 1, measure: 'share', figure: FRACTION_WORDS[phrase], words: s.tokens.slice(i, i + n).map((x) => x.text).join(' ') })
      i += n - 1
      break
    }
  }
  return out
}

function comparatorBefore(tokens: Token[], first: number): { comparator: Comparator; words: string; first: number } | undefined {
  for (const n of [3, 2, 1]) {
    const phrase = keys(tokens, first - n, first - 1)
    if (first - n >= 0 && COMPARATOR_WORDS[phrase]) return { comparator: COMPARATOR_WORDS[phrase], words: tokens.slice(first - n, first).map((t) => t.text).join(' '), first: first - n }
  }
  return undefined
}

/**
 * A change, not a level: "rose 64%", "fell by a third", "a 20% increase". "rose from 25% to 45%"
 * states two levels: a figure after "from" or "to" is one.
 */
function withChange(tokens: Token[], f: Figure, start: number): Figure {
  let i = start - 1
  if (tokens[i]?.key === 'by') i--
  const before = tokens[i]?.key ?? ''
  const after = tokens[f.last + 1]?.key ?? ''
  const sign = CHANGE_WORDS[before] ?? (tokens[start - 1]?.key === 'a' || before === 'a' || !before ? CHANGE_WORDS[after] : undefined) ?? (after === 'year' && tokens[f.last + 2]?.key === 'on' ? 1 : undefined)
  if (sign === undefined || ['from', 'to'].includes(before)) return f
  if (f.measure === 'value') return f
  return { ...f, measure: 'change', figure: sign * f.figure, ...(f.high !== undefined ? { high: sign * f.high } : {}) }
}
