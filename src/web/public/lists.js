// Lists: loaded list versions with counts (GET /lists) and a diff of two (GET /lists/diff).
import { api, fillForm, fmt, frame, query, readForm, setUrl, showError, urlParams, escape } from './layout.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('lists.html')
const form = main.querySelector('#controls')
const $ = (id) => main.querySelector(`#${id}`)

try {
  const { lists } = await api('/lists')
  renderTable($('table'), lists, [
    { key: 'source', label: 'Source' }, { key: 'as_of', label: 'As of' },
    { key: 'entities', label: 'Entities', num: true, format: fmt.int }, { key: 'matchable', label: 'Screened', num: true, format: fmt.int },
    { key: 'current', label: 'Current', format: (v) => (v ? 'current' : '') }, { key: 'files', label: 'Files', format: (v) => v.join(', ') },
    { key: 'loaded_at', label: 'Loaded', format: (v) => (isNaN(Date.parse(v)) ? v : new Date(v).toISOString().slice(0, 16).replace('T', ' ')) },
    { key: 'id', label: 'Version id' },
    { key: 'warnings', label: 'Notes', format: (v) => (v ?? []).join('; ') },
  ])
  downloadBar($('downloads'), { json: '/lists', csv: '/lists?format=csv' })
  // Older first in "from", newer first in "to": the usual question is "what changed since".
  const option = (l) => `<option value="${escape(l.id)}">${escape(l.source)} ${escape(l.as_of)} (${escape(l.id.slice(-12))})</option>`
  form.elements.a.innerHTML = [...lists].reverse().map(option).join('')
  form.elements.b.innerHTML = lists.map(option).join('')
  const p = urlParams()
  const bySource = lists.find((l) => lists.some((m) => m.source === l.source && m.id !== l.id))
  if (!p.a && bySource) {
    const same = lists.filter((l) => l.source === bySource.source)
    p.a = same.at(-1).id
    p.b = same[0].id
  }
  fillForm(form, p)
  if (p.a && p.b) diff(p)
} catch (err) {
  showError($('error'), err)
}

form.addEventListener('submit', (e) => {
  e.preventDefault()
  diff(readForm(form))
})

async function diff(p) {
  setUrl(p)
  showError($('diff-error'), null)
  try {
    const d = await api(`/lists/diff?${query(p)}`)
    $('counts').innerHTML = `<span><b>${d.counts.added}</b> added</span><span><b>${d.counts.removed}</b> removed</span><span><b>${d.counts.changed}</b> changed</span><span class="note">${escape(d.a.source)} ${escape(d.a.as_of)} → ${escape(d.b.source)} ${escape(d.b.as_of)}</span>`
    const rows = ['added', 'removed', 'changed'].flatMap((change) => d[change].map((x) => ({ change, ...x, fields: x.fields?.join(', ') ?? '' })))
    renderTable($('diff'), rows, [{ key: 'change', label: 'Change' }, { key: 'caption', label: 'Name' }, { key: 'schema', label: 'Schema' }, { key: 'fields', label: 'Fields changed' }, { key: 'id', label: 'Entity id' }])
    downloadBar($('diff-downloads'), { json: `/lists/diff?${query(p)}`, csv: `/lists/diff?${query({ ...p, format: 'csv' })}` })
  } catch (err) {
    $('diff').innerHTML = ''
    $('counts').innerHTML = ''
    showError($('diff-error'), err)
  }
}
