// Screening: one name (GET /screen) as ranked, explained hit cards; a CSV batch (POST /screen).
import { api, escape, fillForm, frame, query, readForm, setUrl, showError, urlParams } from './layout.js'
import { downloadBar, parseCsv, renderTable, saveBlob } from './table.js'

const main = frame('screen.html')
const form = main.querySelector('#controls')
const $ = (id) => main.querySelector(`#${id}`)
const MAX_BATCH = 1000

const params = urlParams()
fillForm(form, params)
form.addEventListener('submit', (e) => {
  e.preventDefault()
  search(readForm(form))
})
$('batch').addEventListener('submit', (e) => {
  e.preventDefault()
  batch($('batch').elements.file.files[0])
})
if (params.name) search(params)
showLists()

async function showLists() {
  const { lists } = await api('/lists')
  const current = lists.filter((l) => l.current)
  $('lists').innerHTML = current.length
    ? `<b>Screening against:</b> ${current.map((l) => `${escape(l.source)} as of ${escape(l.as_of)} (${l.matchable} entities${(l.warnings ?? []).some((w) => w.startsWith('sample')) ? ', a sample for the demo' : ''})`).join('; ')}.`
    : '<b>No lists loaded.</b> Load one with <code>chokepoint lists load FILE --format ...</code>.'
}

async function search(p) {
  setUrl(p)
  showError($('error'), null)
  $('hits').innerHTML = ''
  try {
    const r = await api(`/screen?${query(p)}`)
    const matches = r.hits.filter((h) => h.match).length
    $('summary').innerHTML = `${r.hits.length} candidate${r.hits.length === 1 ? '' : 's'} at or above the threshold for <b>${escape(p.name)}</b>; ${matches} match${matches === 1 ? '' : 'es'}.${r.warnings.map((w) => ` Warning: ${escape(w)}.`).join('')}`
    $('hits').innerHTML = r.hits.map(card).join('') || '<p>No hit: nothing on the loaded lists scores at or above the threshold.</p>'
    downloadBar($('downloads'), { json: `/screen?${query(p)}`, csv: `/screen?${query({ ...p, format: 'csv' })}` })
  } catch (err) {
    $('summary').innerHTML = ''
    $('downloads').innerHTML = ''
    showError($('error'), err)
  }
}

const PROPS = [['country', 'Country'], ['nationality', 'Nationality'], ['birthDate', 'Born'], ['address', 'Address'], ['alias', 'Aliases'], ['weakAlias', 'Weak aliases'], ['innCode', 'INN'], ['ogrnCode', 'OGRN'], ['registrationNumber', 'Registration'], ['idNumber', 'ID'], ['imoNumber', 'IMO']]

/** A hit as a card: score bar with the number, list and program, and why it matched. */
function card(h) {
  const e = h.entity
  const pct = Math.round(h.score * 100)
  const props = PROPS.filter(([k]) => e.properties[k]?.length).map(([k, label]) => `<div><b>${label}:</b> ${escape(e.properties[k].slice(0, 6).join('; '))}</div>`).join('')
  const features = Object.entries(h.features).map(([name, f]) => ({ name, score: f.score.toFixed(2), weight: f.weight, detail: f.detail }))
  const rows = features.map((f) => `<tr><td>${escape(f.name)}</td><td class="num">${f.score}</td><td class="num">${f.weight}</td><td>${escape(f.detail)}</td></tr>`).join('')
  return `<article class="hit${h.match ? ' match' : ''}" data-entity="${escape(e.id)}">
    <h3>${escape(e.caption)}<span class="badge ${h.match ? 'match' : 'weak'}">${h.match ? 'MATCH' : 'below threshold'}</span></h3>
    <div class="meta">${escape(e.schema)} · list <b>${escape(h.list.source ?? h.list.version)}</b>${h.list.as_of ? ` as of ${escape(h.list.as_of)}` : ''} · program ${escape(h.programs.join(', ') || 'not stated')}${e.listed ? ` · listed ${escape(e.listed)}` : ''}</div>
    <div class="score" aria-label="score ${h.score}"><div class="bar"><div class="fill" style="width:${pct}%"></div></div><span class="value">${h.score.toFixed(2)}</span></div>
    ${props}
    <details open><summary>Why it matched</summary><div class="table-wrap"><table class="explanation"><thead><tr><th>Feature</th><th class="num">Score</th><th class="num">Weight</th><th>Detail</th></tr></thead><tbody>${rows}</tbody></table></div></details>
    ${h.related.length ? `<div class="meta">Related: ${h.related.map((r) => `${escape(r.role)} ${escape(r.caption)}`).join('; ')}</div>` : ''}
  </article>`
}

/** Reads a CSV, screens its rows in one POST, shows the top hit of each, offers the full CSV. */
async function batch(file) {
  showError($('batch-error'), null)
  $('batch-table').innerHTML = ''
  try {
    if (!file) throw new Error('choose a CSV file first')
    const { header, rows } = parseCsv(await file.text())
    if (!header.includes('name')) throw new Error(`no "name" column in ${file.name} (columns: ${header.join(', ')})`)
    if (rows.length > MAX_BATCH) throw new Error(`${file.name} has ${rows.length} rows (at most ${MAX_BATCH} a batch)`)
    const queries = rows.map((r) => Object.fromEntries(['name', 'schema', 'country', 'birth_date', 'id'].filter((k) => r[k]).map((k) => [k, r[k]])))
    const init = () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries: queries.map((q) => ({ name: '', ...q })) }) })
    const r = await api('/screen', init())
    const table = r.results.map((x, i) => ({ row: i + 1, name: queries[i].name ?? '', top: x.error ? `error: ${x.error}` : x.hits[0]?.entity.caption ?? '', list: x.hits?.[0]?.list.source ?? '', score: x.hits?.[0]?.score ?? null, match: x.hits?.some((h) => h.match) ? 'MATCH' : '' }))
    const matched = table.filter((t) => t.match).length
    $('batch-summary').innerHTML = `${rows.length} rows screened from ${escape(file.name)}; <b>${matched}</b> with a match.`
    $('batch-downloads').innerHTML = '<span class="label">Download:</span><button type="button" data-download="batch-csv">Results CSV (every hit, explained)</button>'
    $('batch-downloads').querySelector('button').onclick = async () => {
      const res = await fetch('/screen?format=csv', init())
      saveBlob(await res.blob(), `screening-${file.name.replace(/\.csv$/i, '')}-results.csv`)
    }
    renderTable($('batch-table'), table, [
      { key: 'row', label: 'Row', num: true }, { key: 'name', label: 'Name' }, { key: 'top', label: 'Top hit' }, { key: 'list', label: 'List' },
      { key: 'score', label: 'Score', num: true, format: (v) => (v == null ? '' : v.toFixed(2)) }, { key: 'match', label: 'Match' },
    ])
  } catch (err) {
    showError($('batch-error'), err)
  }
}
