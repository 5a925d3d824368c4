// Risk: score shipments (pasted or uploaded CSV) by risk (POST /risk): a ranked table, each
// row's reasons (factor, points, why) on click, the weights and lists that scored.
import type { RiskReport, ScoredShipment } from '../../risk/assess.js'
import { api, banner, escape, frame, readForm, showError } from './layout.js'
import { saveBlob } from './table.js'

const main = frame('risk.html')
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!
const form = main.querySelector<HTMLFormElement>('#score')!
const field = form.elements.namedItem('shipments') as HTMLTextAreaElement

type Risk = Omit<RiskReport, 'rejected'> & {
  rejected: { line: number; shipment_id: string; reason: string }[]
}

/** The repository's examples/shipments.csv: clean rows and one risky shipment of each kind. */
export const SAMPLE = `shipment_id,date,declaration_id,hs_code,description,shipper_name,shipper_country,consignee_name,consignee_country,notify_party,notify_country,origin_country,dispatch_country,value,currency,net_kg
EX-001,2023-01-12,10702010/120123/0000001,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,OOO Promelektronika,RU,,,CN,CN,14160.00,USD,12.0
EX-002,2023-02-08,10702010/080223/0000002,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,"ООО ""Техноком""",RU,,,CN,HK,14520.00,USD,12.0
EX-003,2023-03-15,10702010/150323/0000003,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,JSC Uralmash Supply,RU,,,CN,CN,15000.00,USD,12.0
EX-004,2023-04-11,10702010/110423/0000004,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,OOO Promelektronika,RU,,,CN,HK,14280.00,USD,12.0
EX-005,2023-05-09,10702010/090523/0000005,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,"ООО ""Техноком""",RU,,,CN,CN,14760.00,USD,12.0
EX-006,2023-06-14,10702010/140623/0000006,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,JSC Uralmash Supply,RU,,,CN,HK,14460.00,USD,12.0
EX-007,2023-07-12,10702010/120723/0000007,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,OOO Promelektronika,RU,,,CN,CN,15120.00,USD,12.0
EX-008,2023-08-16,10702010/160823/0000008,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,"ООО ""Техноком""",RU,,,CN,HK,14100.00,USD,12.0
EX-009,2023-09-13,10702010/130923/0000009,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,JSC Uralmash Supply,RU,,,CN,CN,14880.00,USD,12.0
EX-010,2023-10-11,10702010/111023/0000010,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,OOO Promelektronika,RU,,,CN,HK,14640.00,USD,12.0
EX-011,2023-11-15,10702010/151123/0000011,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,"ООО ""Техноком""",RU,,,CN,CN,14340.00,USD,12.0
EX-012,2023-12-13,10702010/131223/0000012,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,JSC Uralmash Supply,RU,,,CN,HK,14580.00,USD,12.0
EX-013,2024-01-17,10702010/170124/0000013,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,OOO Promelektronika,RU,,,CN,CN,14820.00,USD,12.0
EX-014,2024-02-14,10702010/140224/0000014,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,"ООО ""Техноком""",RU,,,CN,HK,14220.00,USD,12.0
EX-015,2024-03-13,10702010/130324/0000015,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,JSC Uralmash Supply,RU,,,CN,CN,14700.00,USD,12.0
EX-101,2023-06-20,10702010/200623/0000101,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,Radioavtomatika,RU,,,CN,CN,14400.00,USD,12.0
EX-102,2023-09-05,10702010/050923/0000102,8542.31.0000,integrated circuits: processors and controllers,Almaty Tech Supply LLP,KZ,OOO Promelektronika,RU,,,DE,KZ,14700.00,USD,12.0
EX-103,2024-05-28,10702010/280524/0000103,8542.31.0000,integrated circuits: processors and controllers,Hong Kong Bright Ocean Trading Limited,HK,"ООО ""Вектор Плюс""",RU,,,CN,HK,14500.00,USD,12.0
EX-104,2023-11-02,10702010/021123/0000104,8542.31.0000,integrated circuits: processors and controllers,"Shenzhen Xinda Electronics Co., Ltd.",CN,JSC Uralmash Supply,RU,,,CN,CN,560.00,USD,12.0
EX-105,2024-01-22,10702010/220124/0000105,8542.31.0000,household goods,Hong Kong Bright Ocean Trading Limited,HK,"ООО ""Техноком""",RU,,,CN,HK,14300.00,USD,12.0
EX-106,2024-02-06,10702010/060224/0000106,8458.11.0000,CNC lathes for removing metal,"Jinan Precision Machine Tool Co., Ltd.",CN,"АО ""Станкосервис""",RU,,,CN,CN,86000.00,USD,3200.0`

const factorLabel = (f: string) => f.replace(/_/g, ' ')

/** A row of the ranked table; the row after it (hidden until the row is opened) lists its reasons. */
function rows(r: ScoredShipment): string {
  const chips = r.reasons
    .map((x) => `<span class="factor">${escape(factorLabel(x.factor))} +${x.points}</span>`)
    .join(' ')
  const review = r.review ? '<span class="decision needs_review">review</span>' : ''
  const why = r.reasons.length
    ? `<ul class="reasons">${r.reasons.map((x) => `<li><b>+${x.points} ${escape(factorLabel(x.factor))}</b>: ${escape(x.why)}</li>`).join('')}</ul>`
    : '<p class="note">No factor added points.</p>'
  return (
    `<tr class="clickable" tabindex="0" aria-expanded="false" data-id="${escape(r.shipment_id)}"><td>${r.rank}</td><td>${escape(r.shipment_id)}</td><td class="num">${r.score}</td><td>${review}</td>` +
    `<td>${chips}</td><td>${escape(r.hs_code)}</td><td>${escape(r.consignee)}</td><td>${escape(r.date)}</td></tr>` +
    `<tr class="why" hidden><td colspan="8">${why}<span class="cite">line ${r.line}: ${escape(r.description)} · shipper ${escape(r.shipper)}</span></td></tr>`
  )
}

function draw(r: Risk): void {
  banner(r.synthetic)
  const lists = r.provenance.lists.length
    ? r.provenance.lists.map((l) => `${l.source} as of ${l.as_of}`).join(', ')
    : 'none loaded (parties not screened)'
  $('summary').innerHTML =
    `${r.counts.shipments} shipments scored: <b>${r.counts.review}</b> at or above ${r.weights.review_at} points (weights <b>${escape(r.weights.name)}</b>, ${escape(r.weights_version)}).` +
    `<br>Lists: ${escape(lists)}. Corridors: ${escape(r.provenance.corridors)}.` +
    r.warnings.map((w) => `<br>warning: ${escape(w)}`).join('')
  $('ranked').innerHTML =
    `<div class="table-wrap"><table><caption>Click a row for its reasons</caption><thead><tr><th scope="col">Rank</th><th scope="col">Shipment</th><th scope="col">Score</th><th scope="col">Review</th>` +
    `<th scope="col">Factors</th><th scope="col">HS code</th><th scope="col">Consignee</th><th scope="col">Date</th></tr></thead><tbody>${r.rows.map(rows).join('')}</tbody></table></div>`
  $('rejected').innerHTML = r.rejected.length
    ? `<h3>Set aside (${r.rejected.length})</h3><ul>${r.rejected.map((b) => `<li>line ${b.line} (${escape(b.shipment_id)}): ${escape(b.reason)}</li>`).join('')}</ul>`
    : ''
  $('downloads').hidden = false
}

function toggle(tr: HTMLTableRowElement): void {
  const open = tr.getAttribute('aria-expanded') !== 'true'
  tr.setAttribute('aria-expanded', String(open))
  ;(tr.nextElementSibling as HTMLElement).hidden = !open
}

const path = (format?: string) => {
  const p = readForm(form)
  const q = new URLSearchParams({
    ...(p.quarantine ? { quarantine: 'true' } : {}),
    ...(format ? { format } : {}),
  }).toString()
  return `/risk${q ? `?${q}` : ''}`
}
const post = { method: 'POST', headers: { 'content-type': 'text/csv' } }

async function score(): Promise<void> {
  showError($('error'), null)
  for (const id of ['summary', 'ranked', 'rejected']) $(id).innerHTML = ''
  $('downloads').hidden = true
  try {
    draw(await api<Risk>(path(), { ...post, body: field.value }))
  } catch (err) {
    showError($('error'), err)
  }
}

field.value = SAMPLE
;(form.elements.namedItem('file') as HTMLInputElement).addEventListener('change', async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0]
  if (file) field.value = await file.text()
})
form.addEventListener('submit', (e) => {
  e.preventDefault()
  score()
})
$('ranked').addEventListener('click', (e) => {
  const tr = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr.clickable')
  if (tr) toggle(tr)
})
$('ranked').addEventListener('keydown', (e) => {
  const tr = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr.clickable')
  if (tr && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault()
    toggle(tr)
  }
})
$('download-csv').addEventListener('click', async () => {
  const res = await fetch(path('csv'), { ...post, body: field.value })
  saveBlob(await res.blob(), 'risk.csv')
})
$('download-json').addEventListener('click', async () => {
  const res = await fetch(path(), { ...post, body: field.value })
  saveBlob(await res.blob(), 'risk.json')
})
await score()
