// Tables and downloads: every table on a page can be saved as CSV, every chart as SVG or PNG
// (with its title, legend and sources: figure.ts).
import type { Figure } from './figure.js'
import { escape } from './layout.js'

/** A table column: the row's key, its heading, and how to show (and mark numeric) its cells. */
export interface Column<R> {
  key: keyof R & string
  label?: string
  num?: boolean
  // The value's type varies by column; each formatter knows its own.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  format?: (v: any, row: R) => string
}

/**
 * Renders rows as a table. Numeric cells carry their raw value in data-value so tests (and
 * copy-paste) can check the figure behind the formatting.
 */
export function renderTable<R extends object>(el: HTMLElement, rows: R[], columns: Column<R>[], { caption }: { caption?: string } = {}): void {
  const head = columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ''}>${escape(c.label ?? c.key)}</th>`).join('')
  const body = rows
    .map((r) => {
      const cells = columns.map((c) => {
        const v = r[c.key]
        const shown = c.format ? c.format(v, r) : v
        const raw = c.num && v != null ? ` data-value="${escape(v)}"` : ''
        return `<td${c.num ? ' class="num"' : ''}${raw} data-key="${escape(c.key)}">${escape(shown)}</td>`
      })
      return `<tr>${cells.join('')}</tr>`
    })
    .join('')
  const cap = caption ? `<caption class="note">${escape(caption)}</caption>` : ''
  el.innerHTML = `<div class="table-wrap"><table>${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
}

/** Saves a Blob under `name` through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = name
  document.body.append(a)
  a.click()
  setTimeout(() => (URL.revokeObjectURL(a.href), a.remove()), 1000)
}

export function saveSvg(figure: Figure, name: string): void {
  saveBlob(new Blob([figure.svg], { type: 'image/svg+xml' }), `${name}.svg`)
}

/** Draws the figure onto a canvas at twice its size and saves it as PNG. */
export async function savePng({ svg, width, height }: Figure, name: string): Promise<void> {
  const img = new Image()
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * 2)
  canvas.height = Math.ceil(height * 2)
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error(`could not draw the chart as PNG: "${name}"`)
  saveBlob(blob, `${name}.png`)
}

/**
 * The download bar under a chart or table: links to the JSON twin and the CSV of the same query
 * (its provenance in `#` lines), and buttons for the figure as SVG or PNG when there is one.
 * `figure()` returns figureSvg()'s answer: the chart with its title, legend and sources.
 */
export function downloadBar(el: HTMLElement, { json, csv, figure, name = 'chart' }: { json: string; csv: string; figure?: () => Figure; name?: string }): void {
  el.innerHTML = `<span class="label">Download:</span>
    <a class="button" href="${escape(csv)}" download data-download="csv">CSV</a>
    ${figure ? '<button type="button" data-download="svg">SVG</button><button type="button" data-download="png">PNG</button>' : ''}
    <a class="button" href="${escape(json)}" data-download="json">JSON</a>`
  if (!figure) return
  el.querySelector<HTMLButtonElement>('[data-download=svg]')!.onclick = () => saveSvg(figure(), name)
  el.querySelector<HTMLButtonElement>('[data-download=png]')!.onclick = () => savePng(figure(), name)
}

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF) into objects by header. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (ch === '"') quoted = true
    else if (ch === ',') endField()
    else if (ch === '\n') endRow()
    else if (ch !== '\r') field += ch
  }
  if (field !== '' || row.length) endRow()
  const [header = [], ...body] = rows.filter((r) => r.some((c) => c.trim() !== ''))
  const keys = header.map((h) => h.trim().toLowerCase())
  return { header: keys, rows: body.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()]))) }
}
