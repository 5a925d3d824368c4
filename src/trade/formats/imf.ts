import { badInput } from '../../errors.js'
import { literal } from '../../store/sql.js'
import { bare, headerList, resolveColumns } from './columns.js'
import { num, numberCheck, periodCheck, periodParts, text } from './expressions.js'
import type { Check, Format, FormatContext, Plan } from './format.js'

const field = (names: string[], required = false) => ({ names, required })

const FIELDS = {
  reporter: field(['COUNTRY.ID', 'REF_AREA'], true),
  indicator: field(['INDICATOR.ID'], true),
  partner: field(['COUNTERPART_COUNTRY.ID', 'COUNTERPART_AREA'], true),
  partnerLabel: field(['COUNTERPART_COUNTRY']),
  scale: field(['SCALE.ID', 'UNIT_MULT'], true),
  period: field(['TIME_PERIOD']),
  value: field(['OBS_VALUE']),
}

// IMTS indicators: imports are valued CIF, exports FOB (REFERENCE.md). The FOB imports series and
// the trade balance restate the same trade, so they are skipped (counted), never added.
const FLOWS: Record<string, string> = { MG_CIF_USD: 'import', XG_FOB_USD: 'export' }
const RESTATED: Record<string, string> = {
  MG_FOB_USD: 'imports valued FOB (the CIF series is the one loaded)',
  TBG_USD: 'trade balance (not a flow)',
}

/** Year (2021) or month (2021-M08, 2021M08) columns of the wide layout. */
const PERIOD_COLUMN = /^\d{4}(-?M\d{2})?$/

/**
 * IMF IMTS (ex-DOTS) SDMX CSV: one row per reporter, indicator and counterpart, one column per
 * period (the portal's wide download), or the long layout with TIME_PERIOD and OBS_VALUE. Values
 * are in units of 10^SCALE.ID USD (6 = millions) and are stored in USD. Empty cells are periods
 * without a value: skipped and counted.
 */
export const imf: Format = {
  name: 'imf',
  description: 'IMF IMTS SDMX CSV (wide by period, or long with TIME_PERIOD/OBS_VALUE)',
  plan({ file, header }: FormatContext): Plan {
    const c = resolveColumns(file, header, FIELDS)
    const periods = periodColumns(file, header)
    const long = c.period && c.value
    if (!long && !periods.length) {
      throw badInput(
        `${file}: missing column TIME_PERIOD and OBS_VALUE, or period columns such as 2021 (header has: ${headerList(header)})`
      )
    }
    const period = long ? c.period! : '"TIME_PERIOD"'
    const value = long ? c.value! : '"OBS_VALUE"'
    const { year, month } = periodParts(period)
    const indicator = `upper(${text(c.indicator!)})`
    const flow = `CASE ${indicator} ${Object.entries(FLOWS)
      .map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
      .join(' ')} END`
    const scale = `TRY_CAST(${text(c.scale!)} AS INTEGER)`
    return {
      target: 'flow',
      from: long ? undefined : (raw) => unpivot(raw, periods),
      columns: {
        year,
        month,
        reporter_raw: text(c.reporter!),
        partner_raw: text(c.partner!),
        partner_label: c.partnerLabel ? text(c.partnerLabel) : 'NULL',
        flow,
        hs: `'TOTAL'`,
        // Rounded to 1/10000 USD: drops float noise of the scaling (16.214498e6 = 16214497.999999998).
        value: `round(${num(value)} * power(10, ${scale}), 4)`,
        net_kg: 'NULL',
        quantity: 'NULL',
        quantity_unit: 'NULL',
      },
      skip: `CASE
        ${Object.entries(RESTATED)
          .map(([k, why]) => `WHEN ${indicator} = '${k}' THEN '${k}: ${why}'`)
          .join('\n')}
        WHEN ${text(value)} IS NULL THEN 'empty cell (no value for the period)'
      END`,
      checks: [
        ...(long ? [periodCheck(period, year, month)] : []),
        {
          column: bare(c.indicator!),
          bad: `${flow} IS NULL`,
          expected: `one of ${[...Object.keys(FLOWS), ...Object.keys(RESTATED)].join(', ')}`,
        },
        {
          column: bare(c.reporter!),
          bad: `${text(c.reporter!)} IS NULL`,
          expected: 'a reporter code',
        },
        {
          column: bare(c.partner!),
          bad: `${text(c.partner!)} IS NULL`,
          expected: 'a counterpart code',
        },
        {
          column: bare(c.scale!),
          bad: `(${scale} IS NULL OR ${scale} NOT BETWEEN 0 AND 12)`,
          expected: 'an exponent of ten from 0 to 12, e.g. 6 for millions',
        },
        ...(long ? [numberCheck(value)] : periods.map((p) => valueCheck(p))),
      ],
      places: { reporter_raw: 'imf', partner_raw: 'imf' },
      partnerLabel: c.partnerLabel ? 'partner_label' : undefined,
      currency: 'USD',
    }
  },
}

/**
 * Turns the period columns into rows (TIME_PERIOD, OBS_VALUE), keeping every original column
 * so a bad cell is reported under its own column name ("column 2021: bad value ...").
 */
function unpivot(raw: string, periods: string[]): string {
  const pick = periods.map((p) => `WHEN ${literal(p)} THEN w."${p}"`).join(' ')
  const names = periods.map((p) => `(${literal(p)})`).join(', ')
  return `(SELECT w.*, t.p AS "TIME_PERIOD", CASE t.p ${pick} END AS "OBS_VALUE"
    FROM ${raw} AS w CROSS JOIN (VALUES ${names}) AS t(p)) AS raw`
}

/** A number check on one period column, applied only to the rows unpivoted from it. */
function valueCheck(p: string): Check {
  const check = numberCheck(`"${p}"`)
  return { ...check, bad: `("TIME_PERIOD" = ${literal(p)} AND ${check.bad})` }
}

/** The header's period columns, checked here once rather than on every row. */
function periodColumns(file: string, header: string[]): string[] {
  const periods = header.filter((h) => PERIOD_COLUMN.test(h))
  for (const p of periods) {
    const year = Number(p.slice(0, 4))
    const month = p.length > 4 ? Number(p.slice(-2)) : 1
    if (year < 1900 || year > 2100 || month < 1 || month > 12) {
      throw badInput(
        `${file}:1: column ${p}: bad period "${p}" (expected a year such as 2021 or a month such as 2021-M08)`
      )
    }
  }
  return periods
}
