// Rules: decide lots (pasted or uploaded CSV) against the metals rules (POST /metals/check),
// and list the rules in force on a date (GET /rules).
import type { CheckReport } from '../../rules/check.js'
import type { LotDecision, RuleDecision } from '../../rules/decide.js'
import type { RuleSummary } from '../../rules/in-force.js'
import { api, escape, fillForm, frame, query, readForm, setUrl, showError, urlParams } from './layout.js'
import { downloadBar, renderTable } from './table.js'

const main = frame('rules.html')
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!
const checkForm = main.querySelector<HTMLFormElement>('#check')!
const rulesForm = main.querySelector<HTMLFormElement>('#in-force')!
const lotsField = checkForm.elements.namedItem('lots') as HTMLTextAreaElement

type Check = CheckReport & { rejected: { line: number; lot_id: string; reason: string }[] }
type Rules = { rules_version: string; on: string; rules: RuleSummary[] }

const SAMPLE = `lot_id,metal,origin_country,producer,production_date,warrant_issue_date,exchange,actor_jurisdiction,action,evidence
A-102,aluminium,RU,Rusal Bratsk,2024-04-12,,LME,CH,place_on_warrant,
A-103,aluminium,RU,Rusal Bratsk,2024-04-13,,LME,CH,place_on_warrant,
A-105,aluminium,RU,Rusal Krasnoyarsk,2024-04-12T22:58Z,2024-04-12T22:58Z,LME,GB,acquire,
A-106,aluminium,RU,Rusal Krasnoyarsk,2024-04-12T23:00Z,,LME,GB,acquire,certificate_of_analysis
A-113,copper,RU,Kyshtym Copper,2024-06-03,,,US,import,substantially transformed
A-115,nickel,FI,Norilsk Nickel Harjavalta,2024-06-01,,LME,GB,place_on_warrant,
A-120,aluminium,RU,Rusal Sayanogorsk,2024-04-20,,LME,GB,place_on_warrant,`

const label = (d: string) => d.replace('_', ' ')
const badge = (d: string) => `<span class="decision ${escape(d)}">${escape(label(d))}</span>`

/** One lot's row: its overall decision, the rule and condition that decided it, and every rule's word on it. */
function lotRow(x: LotDecision): string {
  const cite = x.citation ? `<span class="cite">${escape(x.citation)}</span>` : ''
  const all = x.decisions.length > 1 ? `<details><summary>${x.decisions.length} rules spoke</summary><ul class="rules">${x.decisions.map(ruleItem).join('')}</ul></details>` : ''
  return `<tr data-lot="${escape(x.lot_id)}"><td>${escape(x.lot_id)}</td><td>${badge(x.decision)}</td><td>${escape(x.rule ?? '(none)')}</td>` +
    `<td>${escape(x.reason)}${cite}${all}</td><td>${escape(x.condition)}</td></tr>`
}

function ruleItem(d: RuleDecision): string {
  return `<li>${badge(d.decision)} <b>${escape(d.rule ?? 'vocabulary')}</b>: ${escape(d.condition)}${d.obligations ? ` (then: ${escape(d.obligations.join('; '))})` : ''}</li>`
}

function drawCheck(r: Check): void {
  const counts = Object.entries(r.counts).map(([k, n]) => `${n} ${label(k)}`).join(', ')
  $('summary').innerHTML = `${r.rows.length} lot${r.rows.length === 1 ? '' : 's'} decided with rules <b>${escape(r.rules_version)}</b> (${r.rules_in_force} rules in force at ${escape(r.at)}): ${escape(counts)}`
  $('decisions').innerHTML = `<div class="table-wrap"><table><thead><tr><th scope="col">Lot</th><th scope="col">Decision</th><th scope="col">Rule</th><th scope="col">Reason and citation</th><th scope="col">Condition that decided</th></tr></thead><tbody>${r.rows.map(lotRow).join('')}</tbody></table></div>`
  if (r.warnings.length) $('summary').innerHTML += `<br>${r.warnings.map((w) => `warning: ${escape(w)}`).join('<br>')}`
  $('rejected').innerHTML = r.rejected.length
    ? `<h3>Set aside (${r.rejected.length})</h3><ul>${r.rejected.map((b) => `<li>line ${b.line} (${escape(b.lot_id || 'no id')}): ${escape(b.reason)}</li>`).join('')}</ul>`
    : ''
}

async function check(): Promise<void> {
  const p = readForm(checkForm)
  showError($('check-error'), null)
  for (const id of ['summary', 'decisions', 'rejected']) $(id).innerHTML = ''
  try {
    const q = query({ ...(p.at ? { at: p.at } : {}), ...(p.quarantine ? { quarantine: 'true' } : {}) })
    drawCheck(await api<Check>(`/metals/check${q ? `?${q}` : ''}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: lotsField.value }))
  } catch (err) {
    showError($('check-error'), err)
  }
}

async function listRules(on: string): Promise<void> {
  setUrl({ on })
  showError($('rules-error'), null)
  try {
    const r = await api<Rules>(`/rules?${query({ on })}`)
    $('rules-summary').textContent = `${r.rules.length} rules in force on ${r.on} (rules ${r.rules_version})`
    downloadBar($('rules-downloads'), { json: `/rules?${query({ on })}`, csv: `/rules?${query({ on, format: 'csv' })}` })
    renderTable($('rules'), r.rules, [
      { key: 'id', label: 'Rule' },
      { key: 'jurisdiction', label: 'Jurisdiction' },
      { key: 'effective', label: 'In force from' },
      { key: 'outcome', label: 'Outcome', format: label },
      { key: 'when', label: 'When' },
      { key: 'citation', label: 'Citation' },
    ])
  } catch (err) {
    for (const id of ['rules-summary', 'rules-downloads', 'rules']) $(id).innerHTML = ''
    showError($('rules-error'), err)
  }
}

lotsField.value = SAMPLE
;(checkForm.elements.namedItem('file') as HTMLInputElement).addEventListener('change', async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0]
  if (file) lotsField.value = await file.text()
})
checkForm.addEventListener('submit', (e) => {
  e.preventDefault()
  check()
})
rulesForm.addEventListener('submit', (e) => {
  e.preventDefault()
  listRules(readForm(rulesForm).on ?? '')
})
const start = urlParams()
fillForm(rulesForm, start)
await Promise.all([check(), listRules(start.on ?? '2024-04-13')])
