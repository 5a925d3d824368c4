import { badInput } from '../../errors.js'
import { ident, literal } from '../../store/sql.js'
import { bare, headerList } from './columns.js'
import { hsCheck, num, numberCheck, periodCheck, periodParts, text } from './expressions.js'
import type { Check, Format, FormatContext, Plan } from './format.js'
import { parseMapping, type Mapping } from './mapping.js'

const FLOWS = ['import', 'export', 're-import', 're-export']
const HS_LENGTHS = [2, 4, 6, 8, 10]

/**
 * Any flow CSV, read through a JSON mapping (`--map`, docs/csv-mapping.md) that names the file's
 * columns for period, partner, value ... and gives constants for what the file leaves out
 * (the reporter of a national file, its currency).
 */
export const csv: Format = {
  name: 'csv',
  description: 'any flow CSV with a JSON mapping file (--map MAP.json)',
  plan({ file, header, map }: FormatContext): Plan {
    const m = parseMapping(map)
    const col = columnFinder(file, header)
    const c = Object.fromEntries(
      Object.entries(m.columns).map(([key, name]) => [key, col(key, name)])
    ) as Partial<Record<keyof Mapping['columns'], string>>
    const { year, month } = periodParts(c.period!)
    const flow = c.flow ? flowExpr(c.flow, m.flows) : literal(m.constants.flow!)
    const hs = c.hs
      ? `CASE WHEN upper(${text(c.hs)}) = 'TOTAL' THEN 'TOTAL' ELSE ${text(c.hs)} END`
      : literal(m.constants.hs!)
    const scale = m.value_scale ?? 1
    const checks: Check[] = [
      periodCheck(c.period!, year, month),
      { column: bare(c.partner!), bad: `${text(c.partner!)} IS NULL`, expected: 'a partner' },
      numberCheck(c.value!, { required: true }),
      ...[c.net_kg, c.quantity].filter((x): x is string => !!x).map((x) => numberCheck(x)),
    ]
    if (c.reporter)
      checks.push({
        column: bare(c.reporter),
        bad: `${text(c.reporter)} IS NULL`,
        expected: 'a reporter',
      })
    if (c.flow)
      checks.push({
        column: bare(c.flow),
        bad: `${flow} IS NULL`,
        expected: `one of ${Object.keys(m.flows ?? {}).join(', ') || FLOWS.join(', ')}`,
      })
    if (c.hs) checks.push(hsCheck(c.hs, HS_LENGTHS, hs))
    return {
      target: 'flow',
      columns: {
        year,
        month,
        reporter_raw: c.reporter ? text(c.reporter) : literal(m.constants.reporter!),
        partner_raw: text(c.partner!),
        partner_label: c.partner_label ? text(c.partner_label) : 'NULL',
        flow,
        hs,
        value: scale === 1 ? num(c.value!) : `${num(c.value!)} * ${scale}`,
        net_kg: c.net_kg ? num(c.net_kg) : 'NULL',
        quantity: c.quantity ? num(c.quantity) : 'NULL',
        quantity_unit: c.quantity_unit ? text(c.quantity_unit) : 'NULL',
      },
      skip: 'NULL',
      checks,
      // A constant reporter may be written in any system ("RUS", "643"), whatever the file uses.
      places: { reporter_raw: c.reporter ? m.codes : 'auto', partner_raw: m.codes },
      partnerLabel: c.partner_label ? 'partner_label' : undefined,
      currency: m.constants.currency,
    }
  },
}

/** Looks a mapped column up in the header: exact name first, then ignoring case and spaces. */
function columnFinder(file: string, header: string[]) {
  return (key: string, name: string): string => {
    const hit =
      header.find((h) => h === name) ??
      header.find((h) => h.trim().toLowerCase() === name.trim().toLowerCase())
    if (hit === undefined) {
      throw badInput(
        `${file}: missing column "${name}" (named by the mapping's columns.${key}; header has: ${headerList(header)})`
      )
    }
    return ident(hit)
  }
}

/** The file's flow values mapped to ours (case-insensitive); without `flows`, our own words. */
function flowExpr(col: string, flows?: Record<string, string>): string {
  const pairs = flows ? Object.entries(flows) : FLOWS.map((f) => [f, f])
  const whens = pairs
    .map(([from, to]) => `WHEN ${literal(from.trim().toLowerCase())} THEN ${literal(to)}`)
    .join(' ')
  return `CASE lower(${text(col)}) ${whens} END`
}
