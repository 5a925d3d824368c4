import { badInput } from '../../errors.js'

/** One value cell of a product sheet, in the relational layout (the columns of RELATIONAL_HEADER). */
export type RelationalRow = [reporter: string, partner: string, product: string, flow: string, period: string, value: string, position: string]

/** The CSV header the Data Browser sheets are written under; eurostat-xlsx.ts plans over it. */
export const RELATIONAL_HEADER = ['REPORTER', 'PARTNER', 'PRODUCT', 'FLOW', 'PERIOD', 'VALUE_IN_EUR', 'POSITION']

/** A cell as the xlsx reader gives it: text, number, or a rich-text / formula object. */
export type CellValue = string | number | boolean | Date | null | undefined | { richText?: { text: string }[]; result?: unknown; text?: string }

/** Column letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnName(n: number): string {
  let s = ''
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** A cell's text; numbers in full (no exponent for the sizes trade values have). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (v.richText) return v.richText.map((r) => r.text).join('')
  if (v.result !== undefined) return cellText(v.result as CellValue)
  return v.text ?? ''
}

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/
const FLOWS = new Set(['EXPORT', 'IMPORT'])

/**
 * Reads one sheet of a Eurostat Data Browser workbook (SOURCE.txt of the shared xlsx files has
 * the layout): extraction notes, a "PRODUCT [PRODUCT]" row whose label ends in "[code]", FLOW,
 * INDICATORS, a TIME row of periods, the "REPORTER (Labels)" header row, then one row per
 * reporter x partner with a value (or ':') per period, and notes after the first row without a
 * partner. Sheets without a PRODUCT row (Summary, Structure) give no rows. The layout errors name
 * the sheet and cell; bad values are left to the load's checks, so --quarantine can keep the rest.
 */
export function createSheetReader(sheet: string, emit: (row: RelationalRow) => void) {
  let product: string | undefined
  let flow = 'EXPORT'
  let periods: { col: number; period: string }[] | undefined
  let state: 'head' | 'data' | 'done' = 'head'
  let labelCol = 1
  const at = (row: number, col: number) => `sheet "${sheet}" cell ${columnName(col)}${row}`
  const bad = (row: number, col: number, value: string, expected: string) =>
    badInput(`${at(row, col)}: bad value "${value}" (expected ${expected})`)

  /** The first non-empty cell after the row's title and where it is. */
  const valueOf = (cells: CellValue[], from: number) => {
    for (let c = from; c < cells.length; c++) if (cellText(cells[c]).trim()) return { col: c, text: cellText(cells[c]).trim() }
    return { col: from, text: '' }
  }

  function head(n: number, cells: CellValue[]) {
    const titleCol = cells.findIndex((v) => cellText(v).trim() !== '')
    if (titleCol < 0) return
    const title = cellText(cells[titleCol]).trim()
    // Everything above the PRODUCT row is notes (and the Structure sheet lists REPORTER labels).
    if (!product && !title.startsWith('PRODUCT')) return
    if (title.startsWith('PRODUCT')) {
      const { col, text } = valueOf(cells, titleCol + 1)
      product = /\[(\d{2,10})\]$/.exec(text)?.[1]
      if (!product) throw bad(n, col, text, 'a product label ending in its code, e.g. "Processors and controllers [85423190]"')
    } else if (title === 'FLOW') {
      const { col, text } = valueOf(cells, titleCol + 1)
      if (!FLOWS.has(text.toUpperCase())) throw bad(n, col, text, 'EXPORT or IMPORT')
      flow = text.toUpperCase()
    } else if (title === 'INDICATORS') {
      // A sheet of quantities read as euros would be wrong by orders of magnitude.
      const { col, text } = valueOf(cells, titleCol + 1)
      if (text !== 'VALUE_IN_EUROS') throw bad(n, col, text, 'VALUE_IN_EUROS')
    } else if (title === 'TIME') {
      periods = timeColumns(n, cells, titleCol)
    } else if (title.startsWith('REPORTER')) {
      if (!periods?.length) throw badInput(`${at(n, titleCol)}: header row without a TIME row of periods above it`)
      labelCol = titleCol
      state = 'data'
    }
  }

  function timeColumns(n: number, cells: CellValue[], titleCol: number) {
    const found: { col: number; period: string }[] = []
    for (let c = titleCol + 1; c < cells.length; c++) {
      const text = cellText(cells[c]).trim()
      if (!text || text === 'TIME') continue
      if (!PERIOD.test(text)) throw bad(n, c, text, 'a period such as 2022 or 2022-08')
      found.push({ col: c, period: text })
    }
    return found
  }

  function data(n: number, cells: CellValue[]) {
    const reporter = cellText(cells[labelCol]).trim()
    const partner = cellText(cells[labelCol + 1]).trim()
    // The block ends at the first row without a partner ("Special value" notes follow).
    if (!reporter || !partner) {
      state = 'done'
      return
    }
    for (const { col, period } of periods!) {
      emit([reporter, partner, product!, flow, period, cellText(cells[col]).trim(), at(n, col)])
    }
  }

  return {
    /** Takes the sheet's rows in order: `n` is the 1-based row number, `cells[c]` column c (1-based). */
    row(n: number, cells: CellValue[]) {
      if (state === 'head') head(n, cells)
      else if (state === 'data') data(n, cells)
    },
    /** Whether the sheet held a product table (checked when the sheet ends). */
    end(): boolean {
      if (product && state === 'head') throw badInput(`sheet "${sheet}": product ${product} without a "REPORTER (Labels)" header row`)
      return state !== 'head'
    },
  }
}
