// Supply: who supplies a country's imports of a basket, period by period, from GET /shares.
import type { Provenance } from '../../provenance.js'
import type { SharesResult } from '../../trade/analytics/shares.js'
import { sharesChart, legend } from './charts.js'
import { banner, chartPage, escape, fmt, frame, query, urlParams, type Params } from './layout.js'
import { figureSvg } from './figure.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('index.html')
const form = main.querySelector<HTMLFormElement>('#controls')!
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!

/** GET /shares as the API answers it. */
type Answer = SharesResult & { provenance: Provenance }
const DEFAULTS = { importer: 'RUS', basket: 'chpl', by: 'quarter', basis: 'mirror', top: '6' }

await chartPage<Answer>({
  form,
  path: '/shares',
  params: { ...DEFAULTS, ...urlParams() },
  panels: ['chart', 'legend', 'table', 'about', 'downloads', 'title'].map($),
  errorEl: $('error'),
  draw,
})

/** The axis says whose figure it is: a mirror share is of what the loaded partners report. */
function yLabel(q: Answer['query']): string {
  if (q.basis !== 'mirror') return `share of ${q.direction} (%)`
  return `share of reported ${q.direction === 'imports' ? 'exports to' : 'imports from'} ${q.country} (%)`
}

function draw({ p, result }: { p: Params; result: Answer }): void {
  banner(result.synthetic)
  const q = result.query
  const title = result.provenance.find((l) => l.key === 'title')?.value ?? ''
  $('title').textContent = title
  const chart = $('chart')
  chart.innerHTML = ''
  const drawn = result.rows.length ? sharesChart(result.rows, { width: chart.clientWidth || 900, label: yLabel(q) }) : undefined
  if (!drawn) {
    $('legend').innerHTML = ''
    chart.innerHTML = `<p class="note">No ${escape(q.basis)} data for ${escape(q.country)} in this basket and period. Try the other basis, or see <a href="/datasets.html">Datasets</a> for what is loaded.</p>`
  } else {
    chart.append(drawn.svg)
    chart.setAttribute('aria-label', drawn.svg.getAttribute('aria-label') ?? '')
    $('legend').innerHTML = legend(drawn.styles)
  }
  about(result)
  const name = `shares-${q.country}-${result.basket.id}-${q.by}-${q.basis}`
  // The saved picture carries what the page says around the chart: title, legend, sources.
  const figure = drawn && (() => figureSvg({ charts: [drawn.svg], title, legend: drawn.styles, provenance: result.provenance, synthetic: result.synthetic }))
  downloadBar($('downloads'), { json: `/shares?${query(p)}`, csv: `/shares?${query({ ...p, format: 'csv' })}`, figure, name })
  renderTable($('table'), result.rows, [
    { key: 'period', label: 'Period' },
    { key: 'partner', label: 'Code' },
    { key: 'partner_name', label: 'Partner' },
    { key: 'value', label: `Value (${result.currency ?? 'no data'} m)`, num: true, format: (v, r) => fmt.money(v, r.currency) },
    { key: 'share', label: 'Share', num: true, format: fmt.pct },
  ], { caption: `${result.rows.length} rows; shares of the period's total (${[...new Set(result.periods.map((x) => x.denominator))].join(', ')})` })
}

/** What a reader needs to trust the figure: basis, basket codes, denominator, months, sources. */
function about(result: Answer): void {
  const partial = result.periods.filter((x) => x.months < (result.query.by === 'year' ? 12 : result.query.by === 'quarter' ? 3 : 1))
  const ds = result.datasets.map((d) => `${escape(d.file)} (${escape(d.format)}${d.synthetic ? ', SYNTHETIC' : ''}, id ${escape(d.id)})`).join('; ')
  $('about').innerHTML = [
    `<b>Basis:</b> ${escape(result.basis_note)}.`,
    `<b>Basket:</b> ${escape(result.basket.name)} (source: ${escape(result.basket.source)}): <details style="display:inline"><summary>${result.basket.codes.length} HS codes</summary>${escape(result.basket.codes.join(' '))}</details>`,
    `<b>Denominator:</b> ${escape([...new Set(result.periods.map((x) => x.denominator))].join(', ') || 'none')}.`,
    result.query.top ? `<b>Top ${result.query.top}:</b> ranked within each period. A partner in the top ${result.query.top} of any period has its own colour; in a period where it is not, it is part of All others.` : '',
    partial.length ? `<b>Incomplete periods:</b> ${partial.map((x) => `${escape(x.period)} (${x.months} months)`).join(', ')}.` : '',
    `<b>Datasets:</b> ${ds || 'none'}.`,
    ...result.warnings.map((w) => `<b>Warning:</b> ${escape(w)}`),
  ].filter(Boolean).map((l) => `<div>${l}</div>`).join('')
}
