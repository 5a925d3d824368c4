// Partner trend: one partner's value and share over time, with the baseline marked (GET /trend).
import { trendCharts } from './charts.js'
import { banner, chartPage, escape, fmt, frame, query, urlParams } from './layout.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('trend.html')
const form = main.querySelector('#controls')
const $ = (id) => main.querySelector(`#${id}`)
const DEFAULTS = { importer: 'RUS', partner: 'CHN', basket: 'chpl', by: 'quarter', basis: 'mirror' }
/** The last pre-invasion period at each grain: the usual "before" of a sanctions comparison. */
const BASELINE = { year: '2021', quarter: '2021-Q4', month: '2021-12' }

const params = { ...DEFAULTS, ...urlParams() }
params.baseline ??= BASELINE[params.by] ?? '2021'
form.elements.by.addEventListener('change', () => (form.elements.baseline.value = BASELINE[form.elements.by.value]))
await chartPage({
  form,
  path: '/trend',
  params,
  panels: ['value-chart', 'share-chart', 'table', 'about', 'downloads', 'title'].map($),
  errorEl: $('error'),
  draw,
})

function draw({ p, result }) {
  banner(result.synthetic)
  const q = result.query
  const name = result.rows[0]?.partner_name ?? result.partner
  $('title').textContent = `${name} in ${q.country}'s ${q.direction} of ${result.basket.name}, by ${q.by}`
  const width = $('value-chart').clientWidth || 900
  const { value, share } = trendCharts(result.series, { width, baseline: result.baseline, partner: result.partner })
  $('value-chart').replaceChildren(value)
  $('share-chart').replaceChildren(share)
  const base = result.series.find((s) => s.period === result.baseline)
  $('about').innerHTML = [
    `<b>Basis:</b> ${escape(result.basis_note)}.`,
    base ? `<b>Baseline:</b> ${escape(result.baseline)}, when ${escape(name)} had ${fmt.pct(base.share)} (dashed line).` : `<b>Baseline:</b> none in the data shown.`,
    `<b>Datasets:</b> ${result.datasets.map((d) => `${escape(d.file)}${d.synthetic ? ' (SYNTHETIC)' : ''}`).join('; ') || 'none'}.`,
  ].map((l) => `<div>${l}</div>`).join('')
  downloadBar($('downloads'), {
    json: `/trend?${query(p)}`, csv: `/trend?${query({ ...p, format: 'csv' })}`,
    svg: () => $('share-chart').querySelector('svg'), name: `trend-${q.country}-${result.partner}-${result.basket.id}`,
  })
  renderTable($('table'), result.rows, [
    { key: 'period', label: 'Period' },
    { key: 'value', label: 'Value (USD m)', num: true, format: (v, r) => fmt.money(v, r.currency) },
    { key: 'share', label: 'Share', num: true, format: fmt.pct },
    { key: 'baseline_share', label: `Share in ${result.baseline ?? 'baseline'}`, num: true, format: fmt.pct },
    { key: 'change_pts', label: 'Change (pts)', num: true, format: fmt.pts },
  ])
}
