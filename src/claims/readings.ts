import { getBasket } from '../trade/baskets/baskets.js'
import type { Claim } from './load.js'

export type Basis = 'reported' | 'mirror'
export const BASES: Basis[] = ['reported', 'mirror']

/** One way of reading a claim: a basket and a basis. */
export interface ReadingKey {
  basket: string
  basis: Basis
}

/**
 * The readings a claim is checked on: its basket, and where the source did not state its codes
 * the other baskets the same words are taken to mean (baskets.json `readings`); on every basis.
 */
export function readingsOf(c: Claim & { basket: string }): ReadingKey[] {
  const baskets = c.basket_stated ? [c.basket] : [c.basket, ...(getBasket(c.basket).readings ?? [])]
  return baskets.flatMap((basket) => BASES.map((basis) => ({ basket, basis })))
}

/** Period arithmetic on claim periods: grain, bounds, months, the period before. */
export function periodGrain(p: string): 'year' | 'quarter' | 'month' {
  if (/^\d{4}$/.test(p) || p.includes('..')) return 'year'
  return p.includes('Q') ? 'quarter' : 'month'
}

export function periodBounds(p: string): [string, string] {
  const [a, b] = p.split('..')
  return [a, b ?? a]
}

/** The label of the one row a claim's period gives at its grain (a range of months is its year). */
export const periodLabel = (p: string) => (p.includes('..') ? p.slice(0, 4) : p)

export function periodMonths(p: string): number {
  if (p.includes('..')) {
    const [a, b] = p.split('..')
    return +b.slice(5) - +a.slice(5) + 1
  }
  const g = periodGrain(p)
  return g === 'year' ? 12 : g === 'quarter' ? 3 : 1
}

/** The period before, at the same grain: the baseline of a change that names none. */
export function previousPeriod(p: string): string {
  const y = +p.slice(0, 4)
  const g = periodGrain(p)
  if (g === 'year') return String(y - 1)
  if (g === 'quarter') return +p.slice(6) === 1 ? `${y - 1}-Q4` : `${y}-Q${+p.slice(6) - 1}`
  const m = +p.slice(5)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The CLI command that prints the figure of a reading (trend for one partner, shares for totals). */
export function commandOf(c: Claim, r: ReadingKey, { from, to, db }: { from: string; to: string; db?: string }): string {
  const side = `--${c.direction === 'imports' ? 'importer' : 'exporter'} ${c.country}`
  const partner = c.partner && c.partner !== 'WLD' ? `trend ${side} --partner ${c.partner}` : `shares ${side}`
  const range = `--by ${periodGrain(c.period!)} --from ${from} --to ${to}`
  return `chokepoint ${partner} --basket ${r.basket} ${range} --basis ${r.basis}${db ? ` --db ${db}` : ''}`
}

export const basketCodes = (id: string) => getBasket(id).codes
