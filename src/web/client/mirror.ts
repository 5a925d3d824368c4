// Mirror: the partner's reported exports (FOB) and the reporter's reported imports (brought to
// FOB) per period, and the gap between them (GET /mirror).
import type { Provenance } from '../../provenance.js'
import type { MirrorResult, MirrorRow } from '../../trade/analytics/mirror.js'
import { banner, chartPage, escape, fmt, frame, query, urlParams, type Params } from './layout.js'
import { figureSvg, type LegendItem } from './figure.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('mirror.html')
const form = main.querySelector<HTMLFormElement>('#controls')!
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!

/** GET /mirror as the API answers it. */
type Answer = MirrorResult & { provenance: Provenance }
const DEFAULTS = { reporter: 'KGZ', partner: 'EU27', basket: 'total', by: 'year' }
// Two series told apart by colour and by line style (solid vs dashed), so the chart reads in greyscale.
const EXPORTS = { color: '#0b5fad', dash: '' }
const IMPORTS = { color: '#d1495b', dash: '6 4' }

await chartPage<Answer>({
  form,
  path: '/mirror',
  params: { ...DEFAULTS, ...urlParams() },
  panels: ['series-chart', 'gap-chart', 'legend', 'table', 'about', 'downloads', 'title'].map($),
  errorEl: $('error'),
  draw,
})

function draw({ p, result }: { p: Params; result: Answer }): void {
  banner(result.synthetic)
  const q = result.query
  const title = result.provenance.find((l) => l.key === 'title')?.value ?? ''
  $('title').textContent = title
  const items = legendItems(result)
  $('legend').innerHTML = items.map((i) => `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="${i.color}" stroke-width="3" ${i.key === 'imports' ? `stroke-dasharray="${IMPORTS.dash}"` : ''}/></svg>${escape(i.label)}</li>`).join('')
  const width = $('series-chart').clientWidth || 900
  const { series, gap } = mirrorCharts(result.rows, { width, currency: q.currency })
  $('series-chart').replaceChildren(series)
  $('gap-chart').replaceChildren(gap)
  about(result)
  downloadBar($('downloads'), {
    json: `/mirror?${query(p)}`,
    csv: `/mirror?${query({ ...p, format: 'csv' })}`,
    name: `mirror-${q.reporter}-${q.partner}-${result.basket.id}-${q.by}`,
    figure: () => figureSvg({ charts: [series, gap], title, legend: items, provenance: result.provenance, synthetic: result.synthetic }),
  })
  const money = (v: unknown) => fmt.money(v as number | null, q.currency)
  renderTable($('table'), result.rows, [
    { key: 'period', label: 'Period' },
    { key: 'partner_reported_exports', label: `${q.partner} exports (FOB, ${q.currency} m)`, num: true, format: money },
    { key: 'reporter_reported_imports', label: `${q.reporter} imports (CIF, ${q.currency} m)`, num: true, format: money },
    { key: 'imports_fob', label: 'Imports FOB (CIF / 1.06)', num: true, format: money },
    { key: 'gap', label: 'Gap', num: true, format: money },
    { key: 'gap_ratio', label: 'Gap ratio', num: true, format: (v) => fmt.pct(v as number | null) },
    { key: 'notes', label: 'Notes', format: (v) => (v as string[]).join('; ') },
  ], { caption: `${result.rows.length} periods; gap = exports - imports FOB; gap ratio = gap / exports` })
}

function legendItems(r: Answer): LegendItem[] {
  return [
    { key: 'exports', label: `${r.query.partner}'s reported exports to ${r.query.reporter} (FOB, solid)`, color: EXPORTS.color },
    { key: 'imports', label: `${r.query.reporter}'s reported imports from ${r.query.partner}, CIF / 1.06 (dashed)`, color: IMPORTS.color },
  ]
}

/** The two series per period, and the gap as bars labelled with its ratio; a missing side is a gap in its line. */
function mirrorCharts(rows: MirrorRow[], { width, currency }: { width: number; currency: string }): { series: SVGSVGElement; gap: SVGSVGElement } {
  const long = rows.flatMap((r) => [
    { period: r.period, side: 'exports', value: r.partner_reported_exports == null ? NaN : r.partner_reported_exports / 1e6 },
    { period: r.period, side: 'imports', value: r.imports_fob == null ? NaN : r.imports_fob / 1e6 },
  ])
  const x = { type: 'point' as const, domain: rows.map((r) => r.period), label: null, padding: 0.3 }
  const line = (side: 'exports' | 'imports', s: { color: string; dash: string }) => [
    Plot.line(long.filter((d) => d.side === side), { x: 'period', y: 'value', stroke: s.color, strokeWidth: 2.5, strokeDasharray: s.dash }),
    Plot.dot(long.filter((d) => d.side === side && !Number.isNaN(d.value)), { x: 'period', y: 'value', fill: s.color, r: 4, symbol: side === 'exports' ? 'circle' : 'square', title: (d: { period: string; value: number }) => `${side}, ${d.period}: ${d.value.toFixed(1)}m ${currency}` }),
  ]
  const series = Plot.plot({
    width, height: 300, marginLeft: 70, x, y: { label: `${currency} million`, grid: true, zero: true },
    marks: [...line('exports', EXPORTS), ...line('imports', IMPORTS), Plot.ruleY([0])],
  }) as SVGSVGElement
  const gaps = rows.filter((r) => r.gap != null).map((r) => ({ period: r.period, gap: r.gap! / 1e6, label: fmt.pct(r.gap_ratio) }))
  // At least 5% of the largest flow either side of zero: a rounding-sized gap stays a sliver, not a full-height bar.
  const span = 0.05 * Math.max(0, ...long.map((d) => (Number.isNaN(d.value) ? 0 : d.value)))
  const domain = [Math.min(-span, ...gaps.map((g) => g.gap)), Math.max(span, ...gaps.map((g) => g.gap))]
  const gap = Plot.plot({
    width, height: 200, marginLeft: 70, x: { ...x, type: 'band' as const, padding: 0.3 }, y: { label: `gap (${currency} m)`, grid: true, domain },
    marks: [
      Plot.barY(gaps, { x: 'period', y: 'gap', fill: (d: { gap: number }) => (d.gap >= 0 ? '#66a182' : '#8d6a9f'), title: (d: { period: string; gap: number; label: string }) => `gap ${d.period}: ${d.gap.toFixed(1)}m (${d.label})` }),
      Plot.text(gaps, { x: 'period', y: 'gap', text: 'label', dy: -8, fill: '#000', stroke: '#fff', strokeWidth: 3 }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement
  return { series, gap }
}

/** What a reader needs to trust the comparison: both bases, where each side came from, FX, warnings. */
function about(r: Answer): void {
  const sets = (side: string) => r.datasets.filter((d) => d.side === side).map((d) => `${escape(d.file)} (${escape(d.format)}, ${escape(d.currency)}${d.synthetic ? ', SYNTHETIC' : ''})`).join('; ') || 'none'
  const rates = [...new Set(r.fx.rates.map((x) => `${x.pair} ${x.period} ${x.rate}`))]
  $('about').innerHTML = [
    `<b>Exports:</b> ${escape(r.bases.exports)}; ${escape(r.sides.exports.sources.join(', ') || 'no data')}. Datasets: ${sets('exports')}.`,
    `<b>Imports:</b> ${escape(r.bases.imports)}; ${escape(r.sides.imports.sources.join(', ') || 'no data')}. Datasets: ${sets('imports')}.`,
    `<b>Adjustment:</b> imports FOB = ${escape(r.bases.imports_fob)}; gap = ${escape(r.bases.gap)}; gap ratio = ${escape(r.bases.gap_ratio)}.`,
    r.group ? `<b>Group:</b> ${escape(r.group.name)} (${r.group.members.length} members; source: ${escape(r.group.source)}): its aggregate row where the data has one, else its members summed, never both.` : '',
    rates.length ? `<b>FX:</b> ${rates.length} rates from the ${escape(r.fx.source)}. <details style="display:inline"><summary>rates used</summary>${escape(rates.join('; '))}</details>` : `<b>FX:</b> no conversion needed (${escape(r.query.currency)}).`,
    ...r.warnings.map((w) => `<b>Warning:</b> ${escape(w)}`),
  ].filter(Boolean).map((l) => `<div>${l}</div>`).join('')
}
