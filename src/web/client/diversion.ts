// Diversion: exports to a target and transit countries, indexed to the baseline, the corridors
// ranked, and the products behind one corridor on click (GET /diversion, by=product).
import type { Provenance } from '../../provenance.js'
import type { CorridorRow, DiversionResult, TargetRow } from '../../trade/analytics/diversion/diversion.js'
import { corridorChart, corridorStyles } from './corridors.js'
import { api, banner, chartPage, escape, fmt, frame, query, urlParams, type Params } from './layout.js'
import { figureSvg } from './figure.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('diversion.html')
const form = main.querySelector<HTMLFormElement>('#controls')!
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!

/** GET /diversion as the API answers it. */
type Answer = DiversionResult & { provenance: Provenance }
const DEFAULTS = { exporter: 'EU27', target: 'RUS', via: 'ARM,GEO,KAZ,KGZ,UZB', baseline: '2021', period: '2023', basket: 'total', break: '2022-03' }

await chartPage<Answer>({
  form,
  path: '/diversion',
  params: { ...DEFAULTS, ...urlParams() },
  panels: ['chart', 'table', 'about', 'downloads', 'title', 'products', 'products-title'].map($),
  errorEl: $('error'),
  draw,
})

/** A table row: the target (no excess) or a corridor (no fall), flattened to one shape. */
type Row = Omit<TargetRow, 'fall'> & Pick<CorridorRow, 'excess' | 'offset'> & { role: string }

function draw({ p, result }: { p: Params; result: Answer }): void {
  banner(result.synthetic)
  const title = result.provenance.find((l) => l.key === 'title')?.value ?? ''
  $('title').textContent = title
  const corridors = [result.target, ...result.rows]
  const chart = corridorChart(corridors, { width: $('chart').clientWidth || 900, breakMonth: result.query.break })
  $('chart').replaceChildren(chart)
  $('about').innerHTML = [
    `<b>Counted as:</b> ${corridors.map((c) => `${escape(c.country)}: ${escape(c.sources.join('; '))}`).join('. ')}.`,
    `<b>Comparison:</b> ${escape(result.comparison)}. <b>Excess:</b> ${escape(result.excess_method)}.`,
    `<b>Datasets:</b> ${result.datasets.map((d) => `${escape(d.file)}${d.synthetic ? ' (SYNTHETIC)' : ''}`).join('; ') || 'none'}.`,
    ...result.warnings.map((w) => `<b>Note:</b> ${escape(w)}`),
  ].map((l) => `<div>${l}</div>`).join('')
  downloadBar($('downloads'), {
    json: `/diversion?${query(p)}`, csv: `/diversion?${query({ ...p, format: 'csv' })}`,
    name: `diversion-${result.query.target}-${result.query.baseline}-${result.query.period}`,
    figure: () => figureSvg({ charts: [chart], title, legend: corridorStyles(corridors), provenance: result.provenance, synthetic: result.synthetic }),
  })
  const rows: Row[] = [{ ...result.target, excess: null, offset: null, role: 'target' }, ...result.rows.map((r) => ({ ...r, role: 'via' }))]
  const { money, unit } = moneyOf(rows.flatMap((r) => [r.baseline ?? 0, r.period ?? 0]), result.currency)
  renderTable($('table'), rows, [
    { key: 'country', label: 'Country', format: (v, r) => `${v} ${r.name}${r.role === 'target' ? ' (target)' : ''}` },
    { key: 'baseline', label: `${result.query.baseline} (${unit})`, num: true, format: money },
    { key: 'period', label: `${result.query.period} (${unit})`, num: true, format: money },
    { key: 'ratio', label: 'Ratio', num: true, format: (v) => (v == null ? '' : `${v.toFixed(2)}x`) },
    { key: 'change', label: 'Change', num: true, format: money },
    { key: 'excess', label: 'Excess', num: true, format: money },
    { key: 'offset', label: 'Of the fall', num: true, format: fmt.pct },
    { key: 'months', label: 'Months', format: (v, r) => `${v}/${r.of}` },
    { key: 'note', label: 'Note', format: (v, r) => v ?? (r.breaks.rise_start ? `rise from ${r.breaks.rise_start}` : '') },
  ], { caption: 'Click a row for the products behind it.' })
  $('table').querySelectorAll<HTMLTableRowElement>('tbody tr').forEach((tr, i) => {
    tr.classList.add('clickable')
    tr.tabIndex = 0
    const open = () => showProducts(p, rows[i].country)
    tr.onclick = open
    tr.onkeydown = (e) => e.key === 'Enter' && open()
  })
}

/** The drill-down: the same query by product, the clicked corridor's lines ranked by change. */
async function showProducts(p: Params, country: string): Promise<void> {
  $('products-title').textContent = `Products behind ${country} (loading...)`
  try {
    const r = await api<Answer>(`/diversion?${query({ ...p, by: 'product' })}`)
    const row = [r.target, ...r.rows].find((x) => x.country === country)
    const products = row?.products ?? []
    $('products-title').textContent = `Products behind ${country}: largest ${country === r.target.country ? 'fall' : 'rise'} first`
    if (!products.length) {
      $('products').innerHTML = `<p class="note">${escape(r.warnings.find((w) => w.startsWith('no product detail')) ?? 'no product rows for this corridor')}</p>`
      return
    }
    const { money } = moneyOf(products.flatMap((x) => [x.baseline, x.period]), r.currency)
    renderTable($('products'), products, [
      { key: 'hs', label: 'HS' },
      { key: 'name', label: 'Description', format: (v) => v ?? '(no name: nomenclature not loaded)' },
      { key: 'baseline', label: r.query.baseline, num: true, format: money },
      { key: 'period', label: r.query.period, num: true, format: money },
      { key: 'change', label: 'Change', num: true, format: money },
      { key: 'ratio', label: 'Ratio', num: true, format: (v) => (v == null ? '' : `${v.toFixed(2)}x`) },
    ])
  } catch (err) {
    $('products-title').textContent = `Products behind ${country}: ${err instanceof Error ? err.message : String(err)}`
  }
}

/** Millions for national figures; whole units when every figure is small (a narrow basket, a test file). */
function moneyOf(values: number[], currency: string): { money: (v: number | null) => string; unit: string } {
  if (values.some((v) => Math.abs(v) >= 1e5)) return { money: (v) => fmt.money(v, currency), unit: `${currency} m` }
  return { money: (v) => (v == null ? '' : v.toLocaleString('en-US', { maximumFractionDigits: 0 })), unit: currency }
}
