// A minimal page until the dashboard lands: lists datasets and one shares table, from the API.
const el = (id) => document.getElementById(id)
const fmt = (v) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : v ?? '')
function table(rows, cols) {
  const head = cols.map((c) => `<th>${c}</th>`).join('')
  const body = rows.map((r) => `<tr>${cols.map((c) => `<td class="${typeof r[c] === 'number' ? 'num' : ''}">${fmt(r[c])}</td>`).join('')}</tr>`).join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}
const ds = await (await fetch('/datasets')).json()
el('datasets').innerHTML = table(ds.datasets.map((d) => ({ ...d, synthetic: d.synthetic ? 'SYNTHETIC' : 'real' })), ['file', 'format', 'rows', 'period_from', 'period_to', 'synthetic'])
const s = await (await fetch('/shares?importer=RUS&basket=chpl&basis=mirror&top=5')).json()
if (s.synthetic) el('banner').innerHTML = '<div class="banner">Synthetic demo data: not real trade statistics.</div>'
el('basis').textContent = s.ok ? `${s.basis_note}. Datasets: ${s.datasets.map((d) => d.file).join(', ')}` : s.error
el('shares').innerHTML = s.ok ? table(s.rows.map((r) => ({ ...r, share: r.share == null ? '' : `${(100 * r.share).toFixed(1)}%` })), ['period', 'partner', 'partner_name', 'value', 'currency', 'share']) : ''
