import { bare, resolveColumns } from './columns.js'
import { hsDigitsCheck, num, numberCheck, periodCheck, periodParts, text } from './expressions.js'
import type { Format, FormatContext, Plan } from './format.js'

const field = (names: string[], required = false) => ({ names, required })

const FIELDS = {
  direction: field(['DIRECTION', 'NAPR'], true),
  period: field(['PERIOD'], true),
  country: field(['COUNTRY', 'STRANA'], true),
  hs: field(['HS', 'TNVED'], true),
  unit: field(['UM', 'EDIZM']),
  value: field(['VALUE', 'STOIM'], true),
  netWeight: field(['NETWEIGHT', 'NETTO']),
  quantity: field(['QUANTITY', 'KOL']),
}

// The FCS writes the direction in Latin or in Cyrillic (ИМ = импорт, ЭК = экспорт).
const DIRECTIONS: Record<string, string> = {
  IMP: 'import',
  ИМ: 'import',
  EXP: 'export',
  ЭК: 'export',
}

/**
 * Russian customs (FCS) HS10 monthly statistics: one row per direction, month, partner
 * (ISO alpha-2), HS code and region. Russia is the reporter; values are USD, weights kg. Rows
 * by region add up to the national figure, so all of them load. The delimiter (tab, comma or
 * semicolon) is guessed from the header by the pipeline.
 */
export const ruCustoms: Format = {
  name: 'ru-customs',
  description: 'Russian customs (FCS) HS10 monthly CSV (reporter RUS; USD)',
  plan({ file, header }: FormatContext): Plan {
    const c = resolveColumns(file, header, FIELDS)
    const { year, month } = periodParts(c.period!)
    const direction = `upper(${text(c.direction!)})`
    const flow = `CASE ${direction} ${Object.entries(DIRECTIONS)
      .map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
      .join(' ')} END`
    const hs = text(c.hs!)
    const optional = [c.netWeight, c.quantity].filter((x): x is string => !!x)
    return {
      target: 'flow',
      columns: {
        year,
        month,
        reporter_raw: `'RUS'`,
        partner_raw: text(c.country!),
        partner_label: 'NULL',
        flow,
        hs,
        value: num(c.value!),
        net_kg: c.netWeight ? num(c.netWeight) : 'NULL',
        quantity: c.quantity ? num(c.quantity) : 'NULL',
        quantity_unit: c.unit ? text(c.unit) : 'NULL',
      },
      skip: 'NULL',
      checks: [
        {
          column: bare(c.direction!),
          bad: `${flow} IS NULL`,
          expected: `one of ${Object.keys(DIRECTIONS).join(', ')}`,
        },
        periodCheck(c.period!, year, month),
        { column: bare(c.period!), bad: `${month} IS NULL`, expected: 'a month such as 08/2023' },
        {
          column: bare(c.country!),
          bad: `NOT regexp_full_match(COALESCE(${text(c.country!)}, ''), '[A-Za-z]{2}')`,
          expected: 'an ISO alpha-2 country code',
        },
        // Odd lengths are rejected: a 9-digit code is a 10-digit one that lost its leading zero.
        hsDigitsCheck(c.hs!, [2, 4, 6, 8, 10], hs),
        numberCheck(c.value!, { required: true }),
        ...optional.map((col) => numberCheck(col)),
      ],
      places: { reporter_raw: 'alpha3', partner_raw: 'alpha2' },
      currency: 'USD',
    }
  },
}
