// Claims: the server's claims file checked against the loaded data (GET /claims), and an article
// pasted in: its claims extracted (POST /claims/extract) and checked (POST /claims/check).
import type { ClaimCheck, Reading } from '../../claims/check.js'
import type { ExtractedClaim } from '../../claims/extract.js'
import { api, banner, escape, frame, showError } from './layout.js'
import { downloadBar } from './table.js'

const main = frame('claims.html')
const $ = (id: string) => main.querySelector<HTMLElement>(`#${id}`)!
const form = main.querySelector<HTMLFormElement>('#article')!

type Checks = { file: string; checks: ClaimCheck[] }
type Extracted = { date: string | null; claims: ExtractedClaim[]; yaml: string }

const SAMPLE = `Saturday, July 6, 2024
China provided over 70% of the machine tools imported by Russia in the last quarter of 2023. Additionally, 90% of Russia's microelectronics imports came from China last year.
China's share of Russia's imports rose from about 25% in 2021 to 45% in 2023.`

const slug = (v: string) => v.replace(/ /g, '-')
const badge = (v: string) => `<span class="decision ${escape(slug(v))}">${escape(v)}</span>`

function figure(c: ClaimCheck, v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return v == null ? '' : v > 0 ? '∞' : '-∞'
  if (c.claim.measure === 'value') return Math.abs(v) >= 1e9 ? `$${(v / 1e9).toFixed(2)}bn` : `$${(v / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })}m`
  return `${c.claim.measure === 'change' && v > 0 ? '+' : ''}${(100 * v).toFixed(1)}%`
}

function readingItem(c: ClaimCheck, r: Reading): string {
  const state = r.value == null ? `not enough data: ${escape(r.missing)}` : `${escape(figure(c, r.value))} (${r.supports ? 'supports' : 'does not support'} the claim)`
  return `<li data-reading="${escape(`${r.basket}/${r.basis}`)}"><b>${escape(r.basket)}</b>, ${escape(r.basis)}: ${state}<br>HS ${escape(r.codes.join(' '))}${r.datasets.length ? `; datasets: ${escape(r.datasets.join('; '))}` : ''}<br><code>${escape(r.command)}</code></li>`
}

function claimRow(c: ClaimCheck): string {
  const k = c.claim
  const what = [k.country, k.partner && `partner ${k.partner}`, k.basket, k.period, k.basis && `${k.basis} basis`].filter(Boolean).join(', ')
  const readings = c.readings.length ? `<details><summary>${c.readings.length} readings</summary><ul class="claim-readings">${c.readings.map((r) => readingItem(c, r)).join('')}</ul></details>` : ''
  return `<tr data-claim="${escape(k.id)}"><td><span class="claim-statement">${escape(k.statement)}</span><br><span class="cite">${escape(k.source ?? '')}${k.date ? ` (${escape(k.date)})` : ''}</span></td>` +
    `<td>${escape(what)}</td><td>${escape(k.comparator)} ${escape(k.high != null ? `${figure(c, k.figure)} to ${figure(c, k.high)}` : figure(c, k.figure))}</td>` +
    `<td>${badge(c.verdict)}</td><td class="num" data-key="computed">${escape(c.range ? (c.range[0] === c.range[1] ? figure(c, c.range[0]) : `${figure(c, c.range[0])} to ${figure(c, c.range[1])}`) : '')}</td>` +
    `<td>${escape(c.summary)}${readings}</td></tr>`
}

function drawChecks(el: HTMLElement, checks: ClaimCheck[]): void {
  if (!checks.length) {
    el.innerHTML = '<p class="note">No claims.</p>'
    return
  }
  el.innerHTML = `<div class="table-wrap"><table><thead><tr><th scope="col">Claim</th><th scope="col">Read as</th><th scope="col">Figure</th><th scope="col">Verdict</th><th scope="col" class="num">Computed</th><th scope="col">Why</th></tr></thead><tbody>${checks.map(claimRow).join('')}</tbody></table></div>`
}

const counts = (checks: ClaimCheck[]) => ['supported', 'contradicted', 'not enough data'].map((v) => `${checks.filter((c) => c.verdict === v).length} ${v}`).join(', ')

async function published(): Promise<void> {
  try {
    const r = await api<Checks>('/claims')
    banner(r.checks.some((c) => c.synthetic))
    $('summary').textContent = `${r.checks.length} claims of ${r.file.split('/').pop()}: ${counts(r.checks)}`
    downloadBar($('downloads'), { json: '/claims', csv: '/claims?format=csv' })
    drawChecks($('claims'), r.checks)
  } catch (err) {
    showError($('error'), err)
  }
}

async function article(): Promise<void> {
  const data = new FormData(form)
  const date = String(data.get('date') ?? '').trim()
  showError($('article-error'), null)
  $('article-summary').textContent = ''
  $('article-claims').innerHTML = ''
  try {
    const x = await api<Extracted>(`/claims/extract${date ? `?date=${encodeURIComponent(date)}` : ''}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: String(data.get('text') ?? '') })
    const r = await api<Checks>('/claims/check', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: x.yaml })
    const unmapped = x.claims.reduce((n, c) => n + c.unmapped.length, 0)
    $('article-summary').textContent = `${x.claims.length} claims found (article date ${x.date ?? 'unknown'}; ${unmapped} fields left unmapped): ${counts(r.checks)}`
    drawChecks($('article-claims'), r.checks)
  } catch (err) {
    showError($('article-error'), err)
  }
}

;(form.elements.namedItem('text') as HTMLTextAreaElement).value = SAMPLE
form.addEventListener('submit', (e) => {
  e.preventDefault()
  article()
})
await published()
