import type { Comparator } from './words.js'

/**
 * Room an "about" figure leaves, as a fraction of the figure: "about 25%" holds from 22.5% to
 * 27.5%, "about $900m" from $810m to $990m. Reports round; 10% of the figure is wider than the
 * rounding of a two-digit figure and narrower than the gap between the readings a basket allows
 * (REFERENCE.md: 56% vs 76% vs 90%). A claim's own `tolerance` (in the figure's units) replaces it.
 */
export const ABOUT_TOLERANCE = 0.1

/** The range of values a claim allows: [low, high], ends included. */
export function allowed(comparator: Comparator, figure: number, high: number | null, tolerance: number | null): [number, number] {
  const t = tolerance ?? (comparator === 'about' ? Math.abs(figure) * ABOUT_TOLERANCE : 0)
  switch (comparator) {
    case 'over':
      return [figure - t, Infinity]
    case 'under':
      return [-Infinity, figure + t]
    case 'about':
      return [figure - t, figure + t]
    case 'between':
      return [figure - t, (high ?? figure) + t]
  }
}

/** Whether a computed value is within what the claim allows. */
export function holds(value: number, range: [number, number]): boolean {
  return value >= range[0] - 1e-12 && value <= range[1] + 1e-12
}
