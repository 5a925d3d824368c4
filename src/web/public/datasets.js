// Datasets: what is loaded, from which file, rows, rejects, coverage, synthetic or real (GET /datasets).
import { api, banner, escape, fmt, frame, showError } from './layout.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('datasets.html')
const $ = (id) => main.querySelector(`#${id}`)

try {
  const { datasets } = await api('/datasets')
  banner(datasets.some((d) => d.synthetic))
  renderTable($('table'), datasets, [
    { key: 'file', label: 'File' }, { key: 'format', label: 'Format' }, { key: 'target', label: 'Holds' },
    { key: 'rows', label: 'Rows', num: true, format: fmt.int }, { key: 'rejected', label: 'Rejected', num: true, format: fmt.int },
    { key: 'skipped', label: 'Skipped', num: true, format: fmt.int },
    { key: 'period_from', label: 'Coverage', format: (v, r) => (v ? `${v} to ${r.period_to} (${r.grain})` : '') },
    { key: 'hs_levels', label: 'HS levels' }, { key: 'currency', label: 'Currency' },
    { key: 'synthetic', label: 'Data', format: (v) => (v ? 'SYNTHETIC' : 'real') },
    { key: 'loaded_at', label: 'Loaded' }, { key: 'id', label: 'Id' },
  ], { caption: datasets.length ? `${datasets.length} dataset${datasets.length === 1 ? '' : 's'}` : 'Nothing loaded yet: chokepoint ingest FILE --format ...' })
  downloadBar($('downloads'), { json: '/datasets', csv: '/datasets?format=csv' })
  const warned = datasets.filter((d) => d.warnings.length)
  $('warnings').innerHTML = warned.map((d) => `<div><b>${escape(d.file)}:</b> ${d.warnings.map(escape).join('; ')}</div>`).join('')
} catch (err) {
  showError($('error'), err)
}
