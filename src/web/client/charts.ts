// Charts drawn with Observable Plot (the UMD build, a global `Plot`). Series are told apart by
// colour AND texture, and labelled in place, so a chart reads in greyscale or printed.
import type { PlotOptions, ScaleOptions } from '@observablehq/plot'
import type { ShareRow } from '../../trade/analytics/shares.js'

const COLORS = ['#0b5fad', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#b07c4f', '#2e4057', '#c17c9d', '#5c946e', '#a39171', '#52489c']
const HATCH = [
  '',
  '<path d="M0,8 L8,0" stroke="#fff" stroke-width="1.6"/>',
  '<circle cx="4" cy="4" r="1.4" fill="#fff"/>',
  '<path d="M0,4 H8" stroke="#fff" stroke-width="1.6"/>',
  '<path d="M0,0 L8,8" stroke="#fff" stroke-width="1.6"/>',
  '<path d="M4,0 V8" stroke="#fff" stroke-width="1.6"/>',
  '<path d="M0,8 L8,0 M0,0 L8,8" stroke="#fff" stroke-width="1.2"/>',
  '<rect x="2" y="2" width="4" height="4" fill="#fff" fill-opacity=".7"/>',
]
const OTHERS = '#b8bec5'

/** A series' look: its colour, texture and pattern id (legend items, figure legends). */
export interface Style {
  key: string
  label: string
  color: string
  hatch: string
  id: string
}

/** What the charts read of an API share row (ShareRow, TrendRow). */
/** One stacked cell: a partner's share in a period (zero where it is not among the rows). */
interface Datum {
  period: string
  date: Date
  partner: string
  name: string
  share: number
}
type TrendDatum = Row & { date: Date }

type Row = Pick<ShareRow, 'period' | 'partner' | 'partner_name' | 'value' | 'share'>

/** Period label (2023, 2023-Q4, 2023-11) to the date its period starts. */
export function periodDate(p: string): Date {
  const m = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/.exec(p)
  if (!m) return new Date(NaN)
  const month = m[2] ? (Number(m[2]) - 1) * 3 : m[3] ? Number(m[3]) - 1 : 0
  return new Date(Date.UTC(Number(m[1]), month, 1))
}

/** The date just after a period ends (the start of the next one). */
export function periodEnd(p: string): Date {
  const d = periodDate(p)
  const months = /-Q/.test(p) ? 3 : /-\d{2}$/.test(p) ? 1 : 12
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
}

/** Every nth period label, so labels never overlap on a narrow screen (about 44px a label). */
export function thinTicks(periods: string[], width: number, each = 44): string[] {
  const step = Math.max(1, Math.ceil((periods.length * each) / Math.max(200, width - 60)))
  return periods.filter((_, i) => i % step === 0)
}

/** The colour and pattern of each series, in order; "All others" is always grey and plain. */
export function palette(series: { key: string; label: string }[], prefix: string): Style[] {
  let n = 0
  return series.map((s) => {
    if (s.key === 'OTHERS') return { ...s, color: OTHERS, hatch: '<path d="M0,8 L8,0" stroke="#fff" stroke-width=".8"/>', id: `${prefix}-others` }
    const i = n++
    return { ...s, color: COLORS[i % COLORS.length], hatch: HATCH[i % HATCH.length], id: `${prefix}-${i}` }
  })
}

const patternDefs = (styles: Style[]) =>
  styles.map((s) => `<pattern id="${s.id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${s.color}"/>${s.hatch}</pattern>`).join('')

/** Legend as HTML: a textured swatch and the name of each series. */
export function legend(styles: Style[]): string {
  const items = styles.map((s) => `<li data-series="${s.key}"><svg width="22" height="14" aria-hidden="true"><defs>${patternDefs([{ ...s, id: `${s.id}-sw` }])}</defs><rect width="22" height="14" fill="url(#${s.id}-sw)"/></svg>${s.label}</li>`)
  return `<ul class="legend" aria-label="series">${items.join('')}</ul>`
}

/**
 * Stacked shares of each supplier by period: bars for a few periods, an area for many. Rows are
 * the API's share rows; partners missing from a period count as zero there.
 */
export function sharesChart(rows: Row[], { width, prefix = 'sh', label: yLabel = 'share of imports (%)' }: { width: number; prefix?: string; label?: string }): { svg: SVGSVGElement; styles: Style[] } {
  const periods = [...new Set(rows.map((r) => r.period))]
  const totals = new Map<string, number>()
  for (const r of rows) totals.set(r.partner, (totals.get(r.partner) ?? 0) + r.value)
  const order = [...totals.keys()].sort((a, b) => Number(a === 'OTHERS') - Number(b === 'OTHERS') || totals.get(b)! - totals.get(a)!)
  const names = new Map(rows.map((r) => [r.partner, r.partner_name]))
  const styles = palette(order.map((key) => ({ key, label: names.get(key) ?? key })), prefix)
  const byKey = new Map(rows.map((r) => [`${r.period}|${r.partner}`, r]))
  const data: Datum[] = periods.flatMap((period) => order.map((partner) => ({ period, date: periodDate(period), partner, name: names.get(partner) ?? partner, share: byKey.get(`${period}|${partner}`)?.share ?? 0 })))
  // A step area ends where its last point starts: repeat the last period at its end so it shows.
  const lastDate = periodEnd(periods.at(-1)!)
  const area = [...data, ...data.filter((d) => d.period === periods.at(-1)).map((d) => ({ ...d, date: lastDate }))]
  const fill = { domain: order, range: styles.map((s) => `url(#${s.id})`) }
  const common: PlotOptions = { width, height: Math.max(260, Math.min(440, width * 0.5)), marginRight: 24, y: { label: yLabel, percent: true, domain: [0, 100], grid: true }, color: { ...fill, type: 'ordinal' } }
  const bars = periods.length <= 14
  const label = (d: Datum) => (d.share >= 0.06 ? d.partner : '')
  const marks = bars
    ? [
        Plot.barY(data, { x: 'period', y: 'share', fill: 'partner', order, stroke: '#fff', strokeWidth: 0.5, title: (d: Datum) => `${d.name}, ${d.period}: ${(100 * d.share).toFixed(1)}%` }),
        Plot.text(data, Plot.stackY({ x: 'period', y: 'share', z: 'partner', order, text: label, fill: '#000', stroke: '#fff', strokeWidth: 3, fontWeight: 700 })),
      ]
    : [
        Plot.areaY(area, { x: 'date', y: 'share', fill: 'partner', z: 'partner', order, curve: 'step-after', title: (d: Datum) => d.name }),
        Plot.text(area, Plot.selectLast(Plot.stackY({ x: 'date', y: 'share', z: 'partner', order, text: label, fill: '#000', stroke: '#fff', strokeWidth: 3, fontWeight: 700, textAnchor: 'end', dx: -4 }))),
        Plot.ruleX([new Date(Date.UTC(2022, 1, 24))], { stroke: '#000', strokeDasharray: '4 3' }),
        Plot.text([new Date(Date.UTC(2022, 1, 24))], { x: (d: Date) => d, frameAnchor: 'top', text: () => 'invasion 24 Feb 2022', dy: 4, dx: 4, textAnchor: 'start', fill: '#000', stroke: '#fff', strokeWidth: 3 }),
      ]
  const x: ScaleOptions = bars ? { label: null, type: 'band', ticks: thinTicks(periods, width) } : { label: null, type: 'utc' }
  const svg = Plot.plot({ ...common, x, marks: [...marks, Plot.ruleY([0])] }) as SVGSVGElement
  withPatterns(svg, styles)
  svg.setAttribute('aria-label', `stacked shares by period: ${styles.map((s) => s.label).join(', ')}`)
  return { svg, styles }
}

/** Puts the series' patterns into the chart's own defs, so a saved SVG carries them. */
function withPatterns(svg: SVGSVGElement, styles: Style[]): void {
  const defs = document.createElementNS('http://www.w3.org/2000/svg', 'defs')
  defs.innerHTML = patternDefs(styles)
  svg.prepend(defs)
}

/**
 * One partner over time: its value (bars) and its share (line), the baseline period marked and
 * the baseline share drawn across, so "how far from before" reads at a glance.
 */
export function trendCharts(series: Row[], { width, baseline, partner, currency }: { width: number; baseline: string | null; partner: string; currency: string }): { value: SVGSVGElement; share: SVGSVGElement } {
  const data = series.map((d) => ({ ...d, date: periodDate(d.period) }))
  const base = data.find((d) => d.period === baseline)
  const height = Math.max(200, Math.min(300, width * 0.35))
  const ticks = thinTicks(data.map((d) => d.period), width, 60)
  const mark = base ? [Plot.ruleX([base.period], { stroke: '#000', strokeDasharray: '4 3' })] : []
  const value = Plot.plot({
    width, height, x: { label: null, type: 'band', ticks }, marginBottom: 30,
    // All zero (a partner that sold nothing): a fixed scale, or Plot spreads 0..0 over the panel.
    y: { label: `${partner}: value (${currency} m)`, grid: true, transform: (v: number) => v / 1e6, ...(data.some((d) => d.value) ? {} : { domain: [0, 1] }) },
    marks: [Plot.barY(data, { x: 'period', y: 'value', fill: (d: TrendDatum) => (d.period === baseline ? '#edae49' : '#0b5fad'), title: (d: TrendDatum) => `${d.period}: ${(d.value / 1e6).toFixed(1)}m ${currency}` }), Plot.ruleY([0]), ...mark],
  }) as SVGSVGElement
  const share = Plot.plot({
    width, height, x: { label: null, type: 'point', ticks }, marginBottom: 30,
    y: { label: `${partner}: share (%)`, percent: true, grid: true, domain: [0, 100] },
    marks: [
      ...(base?.share != null ? [Plot.ruleY([base.share], { stroke: '#edae49', strokeWidth: 2, strokeDasharray: '6 3' }), Plot.text([base], { x: 'period', y: 'share', text: () => `baseline ${baseline}`, dy: -10, fill: '#000' })] : []),
      Plot.line(data, { x: 'period', y: 'share', stroke: '#0b5fad', strokeWidth: 2 }),
      Plot.dot(data, { x: 'period', y: 'share', fill: '#0b5fad', r: 3, title: (d: TrendDatum) => `${d.period}: ${d.share == null ? 'n/a' : (100 * d.share).toFixed(1) + '%'}` }),
      ...mark,
    ],
  }) as SVGSVGElement
  return { value, share }
}
