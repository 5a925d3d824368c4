import { countryCount } from '../countries/countries.js'
import type { Shadowed } from './combine.js'
import type { DatasetInfo } from './selection.js'

// What a figure says about itself beyond its numbers: whose statistics a mirror figure is made
// of, and which loads were left out where two downloads hold the same cell.

/** The reporters a mirror figure covers, and how many countries there are in all. */
export interface MirrorCoverage {
  reporters: string[]
  count: number
  of: number
}

/**
 * A mirror figure is the sum of the loaded reporters' statistics, not the focal country's own:
 * with only EU reporters loaded, "Germany 19%" is Germany's share of EU exports to Georgia.
 */
export function mirrorCoverage(rows: { partner: string; aggregate: boolean }[]): MirrorCoverage {
  const reporters = [...new Set(rows.filter((r) => !r.aggregate).map((r) => r.partner))].sort()
  return { reporters, count: reporters.length, of: countryCount() }
}

/** "exports to GEO reported by 27 reporters (of 249)": the subject of a mirror figure. */
export function mirrorSubject(flow: string, country: string, c: MirrorCoverage): string {
  const what = flow === 'export' ? `exports to ${country}` : `imports from ${country}`
  return `${what} reported by ${c.count} reporter${c.count === 1 ? '' : 's'} (of ${c.of})`
}

/** Long lists are cut in text; the JSON `coverage` keeps them whole. */
export function reporterList(c: MirrorCoverage, max = 40): string {
  if (!c.count) return 'none in the loaded data'
  const shown = c.reporters.slice(0, max).join(', ')
  return c.count > max ? `${shown} and ${c.count - max} more` : shown
}

export function shadowWarnings(shadowed: Shadowed[], datasets: DatasetInfo[]): string[] {
  const named = new Map(datasets.map((d) => [d.id, `${d.file} [${d.id}]`]))
  return shadowed.map(
    (s) => `${s.cells} cell${s.cells === 1 ? '' : 's'} of ${named.get(s.dataset) ?? s.dataset} also held by the later load ${named.get(s.by) ?? s.by}: taken from the later one`
  )
}
