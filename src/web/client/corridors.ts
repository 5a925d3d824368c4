// The Diversion chart: each corridor's monthly exports as an index (its baseline's average
// month = 100), the break month marked. Lines differ by colour AND dash and carry their country
// code at the end, so the chart reads in greyscale.
import type { CorridorRow, TargetRow } from '../../trade/analytics/diversion/diversion.js'
import { periodDate } from './charts.js'
import type { LegendItem } from './figure.js'

const COLORS = ['#d1495b', '#0b5fad', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#b07c4f', '#2e4057']
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3', '10 4']

interface Point {
  country: string
  /** Country and run of consecutive months: a line never bridges months without data. */
  run: string
  date: Date
  month: string
  index: number
}

type Corridor = Pick<CorridorRow | TargetRow, 'country' | 'name' | 'breaks'>

export function corridorStyles(corridors: Corridor[]): LegendItem[] {
  return corridors.map((c, i) => ({ key: c.country, label: `${c.country} ${c.name}${i === 0 ? ' (target)' : ''}`, color: COLORS[i % COLORS.length] }))
}

export function corridorChart(corridors: Corridor[], { width, breakMonth }: { width: number; breakMonth: string }): SVGSVGElement {
  // A log scale: a doubling looks the same from any level; months at zero cannot be drawn on it.
  const points: Point[] = corridors.flatMap((c) => runs(c.country, c.breaks.points.filter((p) => p.index != null && p.index > 0).map((p) => ({ month: p.month, index: p.index! }))))
  const styles = corridorStyles(corridors)
  const dash = (country: string) => DASHES[corridors.findIndex((c) => c.country === country) % DASHES.length]
  const last = corridors.map((c) => points.filter((p) => p.country === c.country).at(-1)).filter((p): p is Point => !!p)
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(420, width * 0.4)),
    marginRight: 50,
    x: { label: null, type: 'utc' },
    y: { label: 'index (baseline average month = 100)', grid: true, type: 'log' },
    color: { domain: styles.map((s) => s.key), range: styles.map((s) => s.color) },
    marks: [
      Plot.ruleY([100], { stroke: '#000' }),
      Plot.ruleX([periodDate(breakMonth)], { stroke: '#555', strokeDasharray: '4 3' }),
      Plot.text([periodDate(breakMonth)], { x: (d: Date) => d, frameAnchor: 'top', text: () => `break ${breakMonth}`, dy: 6, dx: 4, textAnchor: 'start', fill: '#333' }),
      ...corridors.map((c) => Plot.line(points.filter((p) => p.country === c.country), { x: 'date', y: 'index', z: 'run', stroke: 'country', strokeWidth: 2, strokeDasharray: dash(c.country) })),
      Plot.dot(points, { x: 'date', y: 'index', fill: 'country', r: 2, title: (d: Point) => `${d.country}, ${d.month}: ${d.index.toFixed(0)}` }),
      Plot.text(last, { x: 'date', y: 'index', text: 'country', dx: 6, textAnchor: 'start', fill: 'country', fontWeight: 'bold' }),
    ],
  }) as SVGSVGElement
}

/** Points with a run id that changes wherever a month is skipped. */
function runs(country: string, points: { month: string; index: number }[]): Point[] {
  let run = 0
  let prev: Date | undefined
  return points.map((p) => {
    const date = periodDate(p.month)
    if (prev && (date.getUTCFullYear() - prev.getUTCFullYear()) * 12 + date.getUTCMonth() - prev.getUTCMonth() > 1) run++
    prev = date
    return { country, run: `${country}:${run}`, date, month: p.month, index: p.index }
  })
}
