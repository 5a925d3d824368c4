// Whether two downloads may hold the same cell (reporter, partner, flow, product, period), from
// metadata alone: most combinations (one file per destination, one per product) cannot, and then
// the figure is one plain scan with no per-cell work (see combine.ts).

export interface CoverCell {
  dataset: string
  reporter: string
  partner: string
  year: number
  /** Months held, as bits (January = 1); 0 for annual data, which overlaps every month of its year. */
  month_mask: number
}

/** Pairs of datasets (as "a|b", a < b) holding one reporter, partner and year in overlapping months. */
export function sharedCells(cover: CoverCell[]): Set<string> {
  const byCell = new Map<string, CoverCell[]>()
  for (const c of cover) {
    const key = `${c.reporter}\0${c.partner}\0${c.year}`
    const list = byCell.get(key)
    if (list) list.push(c)
    else byCell.set(key, [c])
  }
  const pairs = new Set<string>()
  for (const list of byCell.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]]
        if (a.dataset === b.dataset) continue
        if (a.month_mask === 0 || b.month_mask === 0 || (a.month_mask & b.month_mask) !== 0) pairs.add(pairKey(a.dataset, b.dataset))
      }
    }
  }
  return pairs
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/**
 * Whether two lists of HS codes share a product: the same code, or one code under the other
 * (heading 8457 holds 84571010; 84571010 and 84571090 are apart). TOTAL meets only TOTAL.
 */
export function codesOverlap(a: string[], b: string[]): boolean {
  const exact = new Set(b)
  const prefixes = new Set<string>()
  for (const code of b) for (let n = 1; n <= code.length; n++) prefixes.add(code.slice(0, n))
  for (const code of a) {
    if (prefixes.has(code)) return true
    for (let n = 1; n < code.length; n++) if (exact.has(code.slice(0, n))) return true
  }
  return false
}

/** Whether any two of the datasets may hold the same cell: sharing a reporter, partner and period, and a product. */
export function mayOverlap(cover: CoverCell[], codes: Map<string, string[]>): boolean {
  for (const pair of sharedCells(cover)) {
    const [a, b] = pair.split('|')
    if (codesOverlap(codes.get(a) ?? [], codes.get(b) ?? [])) return true
  }
  return false
}
