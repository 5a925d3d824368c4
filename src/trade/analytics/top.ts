/** A partner's value in one period, as shareRows() ranks it. */
export interface Ranked {
  partner: string
  value: number
}

/**
 * The `n` largest partners of ONE period and the value of the rest. Ranking per period (not over
 * the whole range) keeps a partner that is second in 2024 out of "others" even when it was
 * small before; ties break on the code so the same data always gives the same table.
 */
export function topOfPeriod<T extends Ranked>(list: T[], n: number | undefined, total: number): { shown: T[]; rest: number | null } {
  const sorted = [...list].sort((a, b) => b.value - a.value || a.partner.localeCompare(b.partner))
  if (!n) return { shown: sorted, rest: null }
  const shown = sorted.slice(0, n)
  return { shown, rest: total - shown.reduce((s, r) => s + r.value, 0) }
}

/** The label of the row that folds every partner outside a period's top N (and unallocated trade). */
export function othersName(n: number): string {
  return `All others (outside the period's top ${n}; incl. unallocated)`
}
