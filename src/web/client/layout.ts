// The page frame every dashboard page shares: navigation, the synthetic-data banner, errors,
// and the one way pages talk to the server (the public API, nothing else).

const PAGES = [
  ['index.html', 'Supply'],
  ['trend.html', 'Partner trend'],
  ['diversion.html', 'Diversion'],
  ['mirror.html', 'Mirror'],
  ['screen.html', 'Screening'],
  ['lists.html', 'Lists'],
  ['rules.html', 'Rules'],
  ['risk.html', 'Risk'],
  ['claims.html', 'Claims'],
  ['datasets.html', 'Datasets'],
  ['openapi.json', 'API'],
]

export type Params = Record<string, string>

/** Builds the header and returns the page's main element. */
export function frame(current: string): HTMLElement {
  const header = document.createElement('header')
  const links = PAGES.map(([href, label]) => `<a href="/${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a>`).join('')
  header.innerHTML = `<a class="brand" href="/index.html">chokepoint</a><nav aria-label="pages">${links}</nav>`
  document.body.prepend(header)
  return document.querySelector('main')!
}

/** Shows or hides the banner that says the data on screen is synthetic. */
export function banner(synthetic: boolean): void {
  let el = document.getElementById('synthetic-banner')
  if (!synthetic) return el?.remove()
  if (el) return
  el = document.createElement('div')
  el.id = 'synthetic-banner'
  el.className = 'banner'
  el.setAttribute('role', 'status')
  el.textContent = 'Synthetic demo data: generated to resemble published figures. These are not real trade statistics.'
  document.querySelector('main')!.prepend(el)
}

/**
 * GETs (or POSTs) an API route and returns its JSON as `T` (the API's own types); an
 * `{ok: false}` answer throws its message. A non-JSON answer (CSV) is returned as the Response.
 */
export async function api<T = Record<string, unknown>>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init)
  const type = res.headers.get('content-type') ?? ''
  if (!type.includes('json')) {
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`)
    return res as T
  }
  const body = await res.json()
  if (body.ok === false) throw new Error(body.error)
  return body as T
}

/** Puts an error message in `el` (or clears it with null). */
export function showError(el: HTMLElement, err: unknown): void {
  el.innerHTML = ''
  if (!err) return
  const box = document.createElement('div')
  box.className = 'error'
  box.setAttribute('role', 'alert')
  box.textContent = err instanceof Error ? err.message : String(err)
  el.append(box)
}

export const escape = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Form fields to and from the URL, so every view can be linked and reloaded. */
export function readForm(form: HTMLFormElement): Params {
  const out: Params = {}
  for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') out[k] = String(v).trim()
  return out
}

export function fillForm(form: HTMLFormElement, params: Params): void {
  for (const [k, v] of Object.entries(params)) {
    const field = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null
    if (field) field.value = v
  }
}

export function urlParams(): Params {
  return Object.fromEntries(new URLSearchParams(location.search))
}

export function setUrl(params: Params): void {
  const q = new URLSearchParams(params).toString()
  history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`)
}

export const query = (params: Params): string => new URLSearchParams(params).toString()

export interface ChartPage<T> {
  form: HTMLFormElement
  path: string
  params: Params
  panels: HTMLElement[]
  errorEl: HTMLElement
  draw: (view: { p: Params; result: T }) => void
}

/**
 * Wires a chart page to its API route: the form starts from the URL, a submit loads and draws,
 * a resize redraws the last answer, and a failed load clears the page's panels and shows why.
 */
export async function chartPage<T>({ form, path, params, panels, errorEl, draw }: ChartPage<T>): Promise<void> {
  let last: { p: Params; result: T } | undefined
  await fillBaskets(form.elements.namedItem('basket') as HTMLSelectElement, params.basket)
  fillForm(form, params)
  async function load(p: Params) {
    setUrl(p)
    showError(errorEl, null)
    try {
      last = { p, result: await api<T>(`${path}?${query(p)}`) }
      draw(last)
    } catch (err) {
      for (const el of panels) el.innerHTML = ''
      showError(errorEl, err)
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    load(readForm(form))
  })
  addEventListener('resize', () => last && draw(last))
  await load(params)
}

/** Fills a <select> with baskets from the API, grouped so CHPL tiers sit together. */
export async function fillBaskets(select: HTMLSelectElement, selected?: string): Promise<void> {
  const { baskets } = await api<{ baskets: { id: string; name: string }[] }>('/baskets')
  select.innerHTML = baskets.map((b) => `<option value="${escape(b.id)}">${escape(b.name)}</option>`).join('')
  if (selected) select.value = selected
}

type Num = number | null | undefined

export const fmt = {
  // The sign before the currency: -$341.1m, not $-341.1m.
  money: (v: Num, currency = 'USD') =>
    v == null ? '' : `${v < 0 ? '-' : ''}${currency === 'USD' ? '$' : ''}${(Math.abs(v) / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}m`,
  pct: (v: Num) => (v == null ? '' : `${(100 * v).toFixed(1)}%`),
  pts: (v: Num) => (v == null ? '' : Math.abs(v) < 0.05 ? '0.0' : `${v > 0 ? '+' : ''}${v.toFixed(1)}`),
  int: (v: Num) => (v == null ? '' : Number(v).toLocaleString('en-US')),
}
