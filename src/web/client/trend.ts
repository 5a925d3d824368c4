// Partner trend: one partner's value and share over time, with the baseline marked (GET /trend).
import type { Provenance } from '../../provenance.js'
import type { TrendResult } from '../../trade/analytics/trend.js'
import { trendCharts } from './charts.js'
import { banner, chartPage, escape, fmt, frame, query, urlParams, type Params } from './layout.js'
import { figureSvg, type LegendItem } from './figure.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('trend.html')
const form = main.querySelector<HTMLFormElement>('#controls')!
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!

/** GET /trend as the API answers it. */
type Answer = TrendResult & { provenance: Provenance }
const DEFAULTS = { importer: 'RUS', partner: 'CHN', basket: 'chpl', by: 'quarter', basis: 'mirror' }
/** The last pre-invasion period at each grain: the usual "before" of a sanctions comparison. */
const BASELINE: Record<string, string> = { year: '2021', quarter: '2021-Q4', month: '2021-12' }

const params: Params = { ...DEFAULTS, ...urlParams() }
params.baseline ??= BASELINE[params.by] ?? '2021'
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement
field('by').addEventListener('change', () => (field('baseline').value = BASELINE[field('by').value]))
await chartPage<Answer>({
  form,
  path: '/trend',
  params,
  panels: ['value-chart', 'share-chart', 'table', 'about', 'downloads', 'title'].map($),
  errorEl: $('error'),
  draw,
})

function draw({ p, result }: { p: Params; result: Answer }): void {
  banner(result.synthetic)
  const q = result.query
  const name = result.rows[0]?.partner_name ?? result.partner
  // The data's currency (EUR for Comext files), never assumed.
  const unit = result.currency ?? 'no data'
  const title = result.provenance.find((l) => l.key === 'title')?.value ?? ''
  $('title').textContent = title
  const width = $('value-chart').clientWidth || 900
  // The table's rows are the chart's: one per period, the baseline's included (GET /trend).
  const { value, share } = trendCharts(result.rows, { width, baseline: result.baseline, partner: result.partner, currency: unit })
  $('value-chart').replaceChildren(value)
  $('share-chart').replaceChildren(share)
  const base = result.rows.find((s) => s.is_baseline)
  $('about').innerHTML = [
    `<b>Basis:</b> ${escape(result.basis_note)}.`,
    base ? `<b>Baseline:</b> ${escape(result.baseline)}, when ${escape(name)} had ${fmt.pct(base.share)} (dashed line).` : `<b>Baseline:</b> none in the data shown.`,
    `<b>Datasets:</b> ${result.datasets.map((d) => `${escape(d.file)}${d.synthetic ? ' (SYNTHETIC)' : ''}`).join('; ') || 'none'}.`,
  ].map((l) => `<div>${l}</div>`).join('')
  downloadBar($('downloads'), {
    json: `/trend?${query(p)}`, csv: `/trend?${query({ ...p, format: 'csv' })}`,
    name: `trend-${q.country}-${result.partner}-${result.basket.id}`,
    figure: () => figureSvg({ charts: [value, share], title, legend: trendLegend(name, result.baseline), provenance: result.provenance, synthetic: result.synthetic }),
  })
  renderTable($('table'), result.rows, [
    { key: 'period', label: 'Period', format: (v, r) => (r.is_baseline ? `${v} (baseline)` : v) },
    { key: 'value', label: `Value (${unit} m)`, num: true, format: (v, r) => fmt.money(v, r.currency) },
    { key: 'share', label: 'Share', num: true, format: fmt.pct },
    { key: 'baseline_share', label: `Share in ${result.baseline ?? 'baseline'}`, num: true, format: fmt.pct },
    { key: 'change_pts', label: 'Change (pts)', num: true, format: fmt.pts },
  ])
}

/** What the trend figure's marks mean, for the saved picture (the page says it in the note). */
function trendLegend(name: string, baseline: string | null): LegendItem[] {
  return [
    { key: 'value', label: `${name}: value (bars) and share (line)`, color: '#0b5fad' },
    ...(baseline ? [{ key: 'baseline', label: `baseline ${baseline}: its bar and share (dashed line)`, color: '#edae49' }] : []),
  ]
}
