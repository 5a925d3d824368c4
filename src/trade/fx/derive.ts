import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { badInput } from '../../errors.js'

// Monthly and annual average reference rates from the ECB's daily file (eurofxref-hist.csv:
// Date, then one column per currency, units per 1 EUR, "N/A" where no rate). The committed table
// (ecb-averages.json) is this script's output, so the app needs no shared data to convert.

/** Currencies kept: the dollar (Comtrade, IMF) first, then those of large traders with Russia's neighbours. */
export const FX_CURRENCIES = ['USD', 'GBP', 'CHF', 'JPY', 'CNY', 'TRY']
export const FX_FROM_YEAR = 2016

export interface FxTable {
  source: string
  derivation: string
  base: 'EUR'
  quote: string
  /** First and last day of the daily file the averages were taken from. */
  days: { first: string; last: string; count: number }
  currencies: string[]
  /** "2021-03" -> {"USD": 1.189942, ...}: mean of that month's daily rates (complete months only). */
  monthly: Record<string, Record<string, number>>
  /** "2021" -> {"USD": 1.182740, ...}: mean of that year's daily rates (complete years only). */
  annual: Record<string, Record<string, number>>
}

export const FX_SOURCE =
  'European Central Bank, euro foreign exchange reference rates, daily (eurofxref-hist.csv, https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/); reusable with the source named'
const DERIVATION =
  'arithmetic mean of the daily reference rates of each calendar month and year (the ECB computes its published averages the same way), ' +
  'units of currency per 1 EUR, rounded to 6 decimals; a month or year the daily file does not cover to its end is left out; derived by src/trade/fx/derive.ts (npm run fx:derive)'

interface Day {
  date: string
  rates: Map<string, number>
}

/** The daily file's rows: date and the rates of the kept currencies ("N/A" left out). */
export function parseDaily(text: string, currencies = FX_CURRENCIES): Day[] {
  const [head, ...rest] = text.split(/\r?\n/).filter((l) => l.trim())
  const cols = head.split(',').map((c) => c.trim())
  if (cols[0] !== 'Date') throw badInput(`not an ECB reference-rate file: first column "${cols[0]}" (expected Date)`)
  const at = currencies.map((c) => [c, cols.indexOf(c)] as const)
  for (const [c, i] of at) if (i < 0) throw badInput(`ECB file has no column for currency: "${c}"`)
  return rest.map((line) => {
    const cells = line.split(',')
    const rates = new Map<string, number>()
    for (const [c, i] of at) {
      const v = Number(cells[i])
      if (cells[i] !== 'N/A' && Number.isFinite(v) && v > 0) rates.set(c, v)
    }
    return { date: cells[0], rates }
  })
}

/** Means per period key (month or year), for the periods the file covers to their end. */
function means(days: Day[], key: (date: string) => string, complete: (k: string) => boolean, currencies: string[]) {
  const sums = new Map<string, Map<string, { s: number; n: number }>>()
  for (const d of days) {
    const k = key(d.date)
    if (!sums.has(k)) sums.set(k, new Map())
    for (const [c, v] of d.rates) {
      const acc = sums.get(k)!.get(c) ?? { s: 0, n: 0 }
      sums.get(k)!.set(c, { s: acc.s + v, n: acc.n + 1 })
    }
  }
  const out: Record<string, Record<string, number>> = {}
  for (const k of [...sums.keys()].sort()) {
    if (!complete(k)) continue
    const row: Record<string, number> = {}
    for (const c of currencies) {
      const acc = sums.get(k)!.get(c)
      if (acc) row[c] = Math.round((acc.s / acc.n) * 1e6) / 1e6
    }
    out[k] = row
  }
  return out
}

/** The averages table from the daily file's text (years from `fromYear` on). */
export function deriveRates(text: string, { fromYear = FX_FROM_YEAR, currencies = FX_CURRENCIES } = {}): FxTable {
  const all = parseDaily(text, currencies)
  const days = all.filter((d) => +d.date.slice(0, 4) >= fromYear).sort((a, b) => a.date.localeCompare(b.date))
  if (!days.length) throw badInput(`ECB file has no days from ${fromYear} on`)
  const last = days.at(-1)!.date
  // A period is complete when the file goes on past it: the ECB publishes every working day, so
  // the last month (and year) of the file is partial unless the file ends on its last day.
  const monthEnd = (m: string) => new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).toISOString().slice(0, 10)
  const monthDone = (m: string) => last >= monthEnd(m) || last.slice(0, 7) > m
  const yearDone = (y: string) => last.slice(0, 4) > y || last.endsWith('-12-31')
  return {
    source: FX_SOURCE,
    derivation: DERIVATION,
    base: 'EUR',
    quote: 'units of currency per 1 EUR',
    days: { first: days[0].date, last, count: days.length },
    currencies,
    monthly: means(days, (d) => d.slice(0, 7), monthDone, currencies),
    annual: means(days, (d) => d.slice(0, 4), yearDone, currencies),
  }
}

/** The table as JSON text, one period a line (readable diffs when the table is re-derived). */
export function tableText(table: FxTable): string {
  return JSON.stringify(table, null, 1).replace(/\{\n\s+("[A-Z]{3}": [^{}]*?)\n\s*\}/g, (_, body: string) => `{${body.replace(/\n\s+/g, ' ')}}`) + '\n'
}

export const TABLE_FILE = fileURLToPath(new URL('./ecb-averages.json', import.meta.url))

// npm run fx:derive [-- PATH]: rewrites the committed table from the daily file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const input = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/data/ecb-fx/eurofxref-hist.csv', import.meta.url))
  const table = deriveRates(readFileSync(input, 'utf8'))
  writeFileSync(TABLE_FILE, tableText(table))
  console.log(`wrote ${TABLE_FILE}: ${Object.keys(table.monthly).length} months, ${Object.keys(table.annual).length} years (${table.days.first} to ${table.days.last})`)
}
