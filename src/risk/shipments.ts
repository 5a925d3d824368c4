import { csvParseRows } from 'd3-dsv'
import { badInput } from '../errors.js'
import { SHIPMENT_FIELDS } from '../trade/formats/shipments.js'
import { findCountry } from '../trade/countries/resolve.js'
import { SYNTHETIC_COLUMN } from '../trade/generate/mark.js'
import type { BadRow, Party, Shipment } from './model.js'

// A shipments file as the trade core writes and ingests it (trade/formats/shipments.ts: the same
// columns and names), plus what risk scoring can use when a file has it: an id per shipment, the
// notify party, and a quantity with its unit.
const FIELDS = {
  ...SHIPMENT_FIELDS,
  shipmentId: { names: ['shipment_id', 'line_id'], required: false },
  notifyName: { names: ['notify_party', 'notify_name', 'notify'], required: false },
  notifyCountry: { names: ['notify_country', 'notify_party_country'], required: false },
  quantity: { names: ['quantity', 'qty'], required: false },
  unit: { names: ['quantity_unit', 'unit', 'uom'], required: false },
}
type Field = keyof typeof FIELDS
/** Each field's column in the file's header, where it has one. */
export type Columns = Partial<Record<Field, string>>

export interface ShipmentRecord {
  line: number
  cells: Record<string, string>
}

/**
 * Reads a shipments CSV (RFC 4180, UTF-8, BOM allowed): header checked, each record with the line
 * it starts on. d3-dsv reads 100,000 rows about four times faster than csv-parse; it does not
 * count lines, so a record's line is the previous one's plus the line breaks inside its cells.
 */
export function readShipmentsCsv(
  text: string,
  name: string
): { header: string[]; columns: Columns; records: ShipmentRecord[]; synthetic: boolean } {
  const rows = csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  let line = 1
  const numbered: { line: number; record: string[] }[] = []
  for (const record of rows) {
    if (record.some((c) => c.trim())) numbered.push({ line, record })
    line += 1 + record.reduce((n, c) => n + (c.includes('\n') ? c.split('\n').length - 1 : 0), 0)
  }
  if (!numbered.length)
    throw badInput(`${name}: empty file (expected a header line with ${required().join(', ')})`)
  const header = numbered[0].record.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
  )
  const columns: Columns = {}
  for (const [field, spec] of Object.entries(FIELDS) as [Field, { names: string[] }][]) {
    const hit = spec.names.find((n) => header.includes(n))
    if (hit) columns[field] = hit
  }
  const missing = (Object.entries(FIELDS) as [Field, { names: string[]; required: boolean }][])
    .filter(([f, s]) => s.required && !columns[f])
    .map(([, s]) => s.names.join(' or '))
  if (missing.length)
    throw badInput(
      `${name}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.slice(0, 20).join(', ') || 'none'})`
    )
  const records = numbered
    .slice(1)
    .map((r) => ({
      line: r.line,
      cells: Object.fromEntries(header.map((h, k) => [h, r.record[k] ?? ''])),
    }))
  if (!records.length) throw badInput(`${name}: no shipments after the header`)
  return { header, columns, records, synthetic: header.includes(SYNTHETIC_COLUMN) }
}

const required = () =>
  Object.values(FIELDS)
    .filter((f) => f.required)
    .map((f) => f.names[0])
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const DAY_MS = 86_400_000

/** "2024-03-31" or "31.03.2024" as days since 1970-01-01, or why not. */
export function parseDay(text: string): number | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text)
  if (!m) return 'expected a date such as 2024-03-31 or 31.03.2024'
  const [y, mo, d] = text.includes('-') ? [+m[1], +m[2], +m[3]] : [+m[3], +m[2], +m[1]]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  if (mo < 1 || mo > 12 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return 'no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024'
  return t / DAY_MS
}

// A file names a few dozen countries a hundred thousand times: each is resolved once.
const countries = new Map<string, ReturnType<typeof findCountry>>()
function countryOf(raw: string) {
  if (countries.size > 10_000) countries.clear()
  if (!countries.has(raw)) countries.set(raw, findCountry(raw))
  return countries.get(raw)
}

export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** One record to a shipment, or a bad row naming each bad column and its value. */
export function readShipment({ line, cells }: ShipmentRecord, columns: Columns): Shipment | BadRow {
  const problems: string[] = []
  const cell = (f: Field) => (columns[f] ? (cells[columns[f]!] ?? '').trim() : '')
  const bad = (f: Field, why: string) =>
    problems.push(
      `column ${columns[f]}: ${cell(f) ? `bad value ${JSON.stringify(cell(f))}` : 'empty'} (${why})`
    )
  const shipment_id = cell('shipmentId') || cell('declaration') || `line ${line}`
  const day = parseDay(cell('date'))
  if (typeof day === 'string') bad('date', day)
  const hs = cell('hs').replace(/[.\s]/g, '')
  if (!/^\d{4,10}$/.test(hs))
    bad('hs', 'expected an HS code of 4 to 10 digits, dots allowed, such as 8542.31')
  // A value or quantity of 0 says nothing about price; a net weight of 0 is only unknown.
  const number = (
    f: Field,
    { positive, required = false }: { positive: boolean; required?: boolean }
  ) => {
    const raw = cell(f)
    if (!raw) return required ? void bad(f, 'expected a number') : undefined
    const v = NUMBER.test(raw) ? Number(raw) : NaN
    if (!(positive ? v > 0 : v >= 0))
      return void bad(f, `expected a number${positive ? ' above 0' : ''} such as 1250.50`)
    return v
  }
  const value = number('value', { positive: true, required: true })
  const currency = cell('currency').toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) bad('currency', 'expected a currency code such as USD')
  const netKg = number('netKg', { positive: false })
  const quantity = number('quantity', { positive: true })
  const country = (f: Field) => {
    if (!cell(f)) return undefined
    const place = countryOf(cell(f))
    if (!place) bad(f, 'unknown country; expected an ISO code such as RU or RUS, or a country name')
    return place?.code
  }
  const [shipperCountry, consigneeCountry, notifyCountry, origin, dispatch] = (
    ['shipperCountry', 'consigneeCountry', 'notifyCountry', 'origin', 'dispatch'] as Field[]
  ).map(country)
  if (problems.length) return { line, shipment_id, reason: problems.join('; '), cells }
  const party = (role: Party['role'], name: string, c?: string): Party[] =>
    name ? [{ role, name, ...(c ? { country: c } : {}) }] : []
  const unit =
    quantity !== undefined ? cell('unit').toLowerCase() || 'unit' : netKg ? 'kg' : undefined
  return {
    line,
    shipment_id,
    date: isoDay(day as number),
    day: day as number,
    hs,
    description: cell('description'),
    parties: [
      ...party('shipper', cell('shipperName'), shipperCountry),
      ...party('consignee', cell('consigneeName'), consigneeCountry),
      ...party('notify party', cell('notifyName'), notifyCountry),
    ],
    consignee: cell('consigneeName') || undefined,
    origin,
    dispatch,
    destination: consigneeCountry,
    value: value!,
    currency,
    quantity: quantity ?? (netKg || undefined),
    unit,
  }
}

export const isBadRow = (x: Shipment | BadRow): x is BadRow => 'reason' in x
