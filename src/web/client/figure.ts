// A chart as it leaves the page: one SVG document holding the title, the legend, the chart(s),
// the source lines and the synthetic note, so a saved picture still says what it shows and
// where it comes from. Pure text layout without clocks or random ids: same answer, same bytes.

const PAD = 16
const FONT = 'system-ui, -apple-system, Segoe UI, sans-serif'
import type { ProvenanceLine } from '../../provenance.js'

/** A legend entry: a swatch (colour, optional pattern) and its label. */
export interface LegendItem {
  key?: string
  label: string
  color: string
  hatch?: string
}

/** A saved picture: standalone SVG text and its size in px. */
export interface Figure {
  svg: string
  width: number
  height: number
}

const xml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Words of `text` in lines of at most `chars` characters (a long word gets a line of its own). */
export function wrap(text: string, chars: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      out.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) out.push(line)
  return out
}

/** Lines of text from `y`, `size` px, `gap` px apart; returns the SVG and the height used. */
function block(lines: string[], y: number, { size = 11, gap = 15, weight = 400, fill = '#1b1f24' } = {}): { svg: string; height: number } {
  const spans = lines.map((l, i) => `<tspan x="${PAD}" y="${y + size + i * gap}">${xml(l)}</tspan>`).join('')
  return { svg: lines.length ? `<text font-size="${size}" font-weight="${weight}" fill="${fill}">${spans}</text>` : '', height: lines.length ? size + (lines.length - 1) * gap + 6 : 0 }
}

/**
 * Legend items ({label, color, hatch?}) as swatches and labels in rows that fit `width`; label
 * widths are estimated (6.5px a character at 12px), which is enough to keep items apart.
 */
function legendBlock(items: LegendItem[], y: number, width: number): { defs: string; svg: string; height: number } {
  const defs: string[] = []
  const parts: string[] = []
  let x = PAD
  let row = 0
  items.forEach((item, i) => {
    const w = 30 + Math.ceil(6.5 * item.label.length) + 14
    if (x > PAD && x + w > width - PAD) {
      x = PAD
      row++
    }
    const top = y + row * 20
    const id = `figure-legend-${i}`
    defs.push(`<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${item.color}"/>${item.hatch ?? ''}</pattern>`)
    parts.push(`<g data-legend="${xml(item.key ?? item.label)}"><rect x="${x}" y="${top + 2}" width="22" height="13" fill="url(#${id})" stroke="#888"/><text x="${x + 28}" y="${top + 13}" font-size="12">${xml(item.label)}</text></g>`)
    x += w
  })
  return { defs: defs.join(''), svg: `<g aria-label="legend">${parts.join('')}</g>`, height: items.length ? (row + 1) * 20 + 6 : 0 }
}

/**
 * The figure as SVG text. `charts` are the page's Plot SVGs (nested as they are, styles and
 * patterns included); `provenance` is the API's [{key, value}] list, printed under them as the
 * source; a synthetic answer gets a note at the top and again in the source lines.
 */
export function figureSvg({ charts, title, legend = [], provenance = [], synthetic = false, note }: { charts: SVGSVGElement[]; title: string; legend?: LegendItem[]; provenance?: ProvenanceLine[]; synthetic?: boolean; note?: string }): Figure {
  const width = Math.max(480, ...charts.map((c) => Number(c.getAttribute('width')) || c.getBoundingClientRect().width))
  // About 6.7px a character at 11px (digits are the widest); a line never runs off the picture.
  const chars = Math.floor((width - 2 * PAD) / 6.8)
  const body: string[] = []
  let y = PAD
  if (synthetic) {
    const text = note ?? 'SYNTHETIC DEMO DATA: generated, not real trade statistics'
    body.push(`<g aria-label="synthetic note"><rect x="0" y="0" width="${width}" height="28" fill="#fff3cd" stroke="#b58900" stroke-width="2"/><text x="${PAD}" y="19" font-size="13" font-weight="700" fill="#7a5c00">⚠ ${xml(text)}</text></g>`)
    y += 24
  }
  const head = block(wrap(title, Math.floor((width - 2 * PAD) / 9)), y, { size: 16, gap: 20, weight: 700 })
  body.push(head.svg)
  y += head.height + 6
  const lg = legendBlock(legend, y, width)
  body.push(lg.svg)
  y += lg.height + 4
  for (const chart of charts) {
    const clone = chart.cloneNode(true) as SVGSVGElement
    const h = Number(clone.getAttribute('height')) || chart.getBoundingClientRect().height
    clone.setAttribute('x', '0')
    clone.setAttribute('y', String(y))
    body.push(new XMLSerializer().serializeToString(clone))
    y += h + 8
  }
  const source = provenance.filter((l) => l.key !== 'title').flatMap((l) => wrap(`${l.key}: ${l.value}`, chars))
  const src = block(['Source: chokepoint', ...source], y, { size: 11, gap: 15, fill: '#3b434c' })
  body.push(`<g aria-label="source">${src.svg}</g>`)
  y += src.height + PAD
  const height = Math.ceil(y)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${xml(title)}"><defs>${lg.defs}</defs><rect width="100%" height="100%" fill="#fff"/>${body.join('')}</svg>`
  return { svg, width, height }
}
