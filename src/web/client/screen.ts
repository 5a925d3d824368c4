// Screening: one name (GET /screen) as ranked cards, one per real entity, each listing its lists,
// programmes and listing dates, with every source record expandable; a CSV batch (POST /screen).
import type { CardJson, HitJson, ScreenAnswerJson } from '../../api/screening-json.js'
import type { ListVersion } from '../../screening/index.js'
import { api, escape, fillForm, frame, query, readForm, setUrl, showError, urlParams, type Params } from './layout.js'
import { downloadBar, parseCsv, renderTable, saveBlob } from './table.js'

const main = frame('screen.html')
const form = main.querySelector<HTMLFormElement>('#controls')!
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!
const batchForm = $('batch') as HTMLFormElement
const MAX_BATCH = 1000

const params = urlParams()
fillForm(form, params)
form.addEventListener('submit', (e) => {
  e.preventDefault()
  search(readForm(form))
})
batchForm.addEventListener('submit', (e) => {
  e.preventDefault()
  batch((batchForm.elements.namedItem('file') as HTMLInputElement).files?.[0])
})
if (params.name) search(params)
showLists()

async function showLists() {
  const { lists } = await api<{ lists: ListVersion[] }>('/lists')
  const current = lists.filter((l) => l.current)
  $('lists').innerHTML = current.length
    ? `<b>Screening against:</b> ${current.map((l) => `${escape(l.source)} as of ${escape(l.as_of)} (${l.matchable} entities${(l.warnings ?? []).some((w) => w.startsWith('sample')) ? ', a sample for the demo' : ''})`).join('; ')}.`
    : '<b>No lists loaded.</b> Load one with <code>chokepoint lists load FILE --format ...</code>.'
}

async function search(p: Params) {
  setUrl(p)
  showError($('error'), null)
  $('hits').innerHTML = ''
  try {
    const r = await api<ScreenAnswerJson>(`/screen?${query(p)}`)
    const matches = r.cards.filter((c) => c.match).length
    const records = r.cards.reduce((n, c) => n + c.records.length, 0)
    const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`
    $('summary').innerHTML = `${plural(r.cards.length, 'entity', 'entities')} at or above the threshold for <b>${escape(p.name)}</b> (${plural(records, 'list record')}); ${plural(matches, 'match', 'matches')}.${r.warnings.map((w) => ` Warning: ${escape(w)}.`).join('')}`
    $('hits').innerHTML = r.cards.map(card).join('') || '<p>No hit: nothing on the loaded lists scores at or above the threshold.</p>'
    downloadBar($('downloads'), { json: `/screen?${query(p)}`, csv: `/screen?${query({ ...p, format: 'csv' })}` })
  } catch (err) {
    $('summary').innerHTML = ''
    $('downloads').innerHTML = ''
    showError($('error'), err)
  }
}

const PROPS = [['country', 'Country'], ['nationality', 'Nationality'], ['birthDate', 'Born'], ['address', 'Address'], ['alias', 'Aliases'], ['weakAlias', 'Weak aliases'], ['passportNumber', 'Passport'], ['innCode', 'INN'], ['ogrnCode', 'OGRN'], ['registrationNumber', 'Registration'], ['idNumber', 'ID'], ['imoNumber', 'IMO']]
const listName = (h: HitJson) => h.list.source ?? h.list.version
const scoreBar = (score: number) =>
  `<div class="score" aria-label="score ${score}"><div class="bar"><div class="fill" style="width:${Math.round(score * 100)}%"></div></div><span class="value">${score.toFixed(2)}</span></div>`

/** A card: one real entity, its best score, its lists with programme and listing date, why. */
function card(c: CardJson): string {
  const best = c.records[0]
  const lists = [...new Set(c.records.map(listName))]
  const where = c.records.length === 1
    ? `list <b>${escape(listName(best))}</b>${best.list.as_of ? ` as of ${escape(best.list.as_of)}` : ''} · program ${escape(best.programs.join(', ') || 'not stated')}${best.entity.listed ? ` · listed ${escape(best.entity.listed)}` : ''}`
    : `on <b>${lists.length} list${lists.length > 1 ? 's' : ''}</b> (${c.records.length} records): ${lists.map(escape).join(', ')}`
  const ties = c.ties.map((t) => `<li>${escape(t.ids.join(' = '))}: <b>${escape(t.basis)}</b> (${escape(t.detail)})</li>`).join('')
  return `<article class="hit${c.match ? ' match' : ''}" data-card="${escape(c.id)}">
    <h3>${escape(c.caption)}<span class="badge ${c.match ? 'match' : 'weak'}">${c.match ? 'MATCH' : 'below threshold'}</span></h3>
    <div class="meta">${escape(c.schema)}${c.birth_dates.length ? ` · born ${escape(c.birth_dates.join('; '))}` : ''} · ${where}</div>
    ${scoreBar(c.score)}
    ${c.records.length > 1 ? sources(c) : ''}
    ${ties ? `<div class="meta">One entity because:<ul class="ties">${ties}</ul></div>` : ''}
    ${properties(best)}
    <details open><summary>Why it matched${c.records.length > 1 ? ` (best record: ${escape(listName(best))} ${escape(best.entity.id)})` : ''}</summary>${explanation(best)}</details>
    ${c.records.length > 1 ? c.records.map(record).join('') : related(best)}
  </article>`
}

/** The card's sources: one row per list record, best first. */
function sources(c: CardJson): string {
  const rows = c.sources.map((s) => `<tr data-entity="${escape(s.entity_id)}"><td>${escape(s.source ?? s.version)}${s.as_of ? `<div class="meta">as of ${escape(s.as_of)}</div>` : ''}</td><td>${escape(s.programs.join(', ') || 'not stated')}</td><td>${escape(s.listed ?? 'not stated')}</td><td>${escape(s.caption)}<div class="meta">${escape(s.entity_id)}</div></td><td class="num">${s.score.toFixed(2)}${s.hit ? '' : '<div class="meta">same entity</div>'}</td></tr>`).join('')
  return `<div class="table-wrap"><table class="sources"><caption class="meta">Listed on</caption><thead><tr><th>List</th><th>Programme</th><th>Listed</th><th>Record</th><th class="num">Score</th></tr></thead><tbody>${rows}</tbody></table></div>`
}

/** One source record, expandable: its list version, properties, explanation and relations. */
function record(h: CardJson['records'][number]): string {
  return `<details class="record" data-entity="${escape(h.entity.id)}"><summary>Source record: ${escape(listName(h))} · ${escape(h.entity.id)} · ${escape(h.entity.caption)} · score ${h.score.toFixed(2)}${h.hit ? '' : ' (below the cutoff: same entity)'}</summary>
    <div class="meta">version ${escape(h.list.version)}${h.list.as_of ? ` as of ${escape(h.list.as_of)}` : ''} · program ${escape(h.programs.join(', ') || 'not stated')} · listed ${escape(h.entity.listed ?? 'not stated')}</div>
    ${properties(h)}${h.hit ? '' : `<div class="meta why">${escape(h.explanation)}</div>`}${explanation(h)}${related(h)}</details>`
}

/** Values of a property shown on a record (aliases run to dozens); the rest are counted. */
const SHOWN_VALUES = 6
/** The first `n` values, and how many more there are: a list cut short never reads as whole. */
const firstOf = (values: string[], n: number) => (values.length <= n ? values.join('; ') : `${values.slice(0, n).join('; ')} and ${values.length - n} more`)

function properties(h: HitJson): string {
  const p = h.entity.properties
  return PROPS.filter(([k]) => p[k]?.length).map(([k, label]) => `<div><b>${label}:</b> ${escape(firstOf(p[k], SHOWN_VALUES))}</div>`).join('')
}

/** The features that fired, as a table; none for a record on its card only by a tie (its line says why). */
function explanation(h: HitJson): string {
  if (!Object.keys(h.features).length) return ''
  const rows = Object.entries(h.features).map(([name, f]) => `<tr><td>${escape(name)}</td><td class="num">${f.score.toFixed(2)}</td><td class="num">${f.weight}</td><td>${escape(f.detail)}</td></tr>`).join('')
  return `<div class="table-wrap"><table class="explanation"><thead><tr><th>Feature</th><th class="num">Score</th><th class="num">Weight</th><th>Detail</th></tr></thead><tbody>${rows}</tbody></table></div>`
}

const related = (h: HitJson) => (h.related.length ? `<div class="meta">Related: ${h.related.map((r) => `${escape(r.role)} ${escape(r.caption)}`).join('; ')}</div>` : '')

type BatchResult = ScreenAnswerJson | { query: Record<string, unknown>; error: string }

/** Reads a CSV, screens its rows in one POST, shows the top card of each, offers the full CSV. */
async function batch(file: File | undefined) {
  showError($('batch-error'), null)
  $('batch-table').innerHTML = ''
  try {
    if (!file) throw new Error('choose a CSV file first')
    const { header, rows } = parseCsv(await file.text())
    if (!header.includes('name')) throw new Error(`no "name" column in ${file.name} (columns: ${header.join(', ')})`)
    if (rows.length > MAX_BATCH) throw new Error(`${file.name} has ${rows.length} rows (at most ${MAX_BATCH} a batch)`)
    const queries = rows.map((r) => Object.fromEntries(['name', 'schema', 'country', 'birth_date', 'id'].filter((k) => r[k]).map((k) => [k, r[k]])))
    const init = () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries: queries.map((q) => ({ name: '', ...q })) }) })
    const r = await api<{ results: BatchResult[] }>('/screen', init())
    const table = r.results.map((x, i) => {
      const top = 'error' in x ? undefined : x.cards[0]
      return { row: i + 1, name: queries[i].name ?? '', top: 'error' in x ? `error: ${x.error}` : top?.caption ?? '', lists: top ? [...new Set(top.records.map(listName))].join(', ') : '', score: top?.score ?? null, match: 'error' in x || !x.cards.some((c) => c.match) ? '' : 'MATCH' }
    })
    const matched = table.filter((t) => t.match).length
    $('batch-summary').innerHTML = `${rows.length} rows screened from ${escape(file.name)}; <b>${matched}</b> with a match.`
    $('batch-downloads').innerHTML = '<span class="label">Download:</span><button type="button" data-download="batch-csv">Results CSV (every record, numbered by card, explained)</button>'
    $('batch-downloads').querySelector('button')!.onclick = async () => {
      const res = await fetch('/screen?format=csv', init())
      saveBlob(await res.blob(), `screening-${file.name.replace(/\.csv$/i, '')}-results.csv`)
    }
    renderTable($('batch-table'), table, [
      { key: 'row', label: 'Row', num: true }, { key: 'name', label: 'Name' }, { key: 'top', label: 'Top entity' }, { key: 'lists', label: 'Lists' },
      { key: 'score', label: 'Score', num: true, format: (v) => (v == null ? '' : v.toFixed(2)) }, { key: 'match', label: 'Match' },
    ])
  } catch (err) {
    showError($('batch-error'), err)
  }
}
