import { bare, resolveColumns } from './columns.js'
import { hsCheck, num, numberCheck, periodCheck, periodParts, text } from './expressions.js'
import type { Format, FormatContext, Plan } from './format.js'

const field = (names: string[], required = false) => ({ names, required })

const FIELDS = {
  reporter: field(['REPORTER'], true),
  partner: field(['PARTNER'], true),
  product: field(['PRODUCT'], true),
  flow: field(['FLOW'], true),
  procedure: field(['STAT_PROCEDURE']),
  period: field(['PERIOD'], true),
  value: field(['VALUE_IN_EUR'], true),
  quantity100kg: field(['QUANTITY_IN_100KG']),
}

/** A Comext value without its leading code: "2-EXPORT" -> "EXPORT", "202408-Aug. 2024" -> "Aug. 2024". */
const withoutCode = (col: string, digits = '\\d+') =>
  `regexp_replace(TRIM(${col}), '^${digits}-', '')`

const BREAKDOWN = 'STAT_PROCEDURE is a breakdown of a Total row of the file'

/**
 * Eurostat Comext "relational view" CSV. Reporters and partners are labels, not codes
 * ("Germany (incl. German Democratic Republic 'DD' from 1991)", "European Union - 27 countries
 * (AT, BE, ...)"), so places use the label system, which tells members from the EU and euro-area
 * aggregates. Downloads differ in how they write periods, flows and products; all forms are read.
 */
export const eurostat: Format = {
  name: 'eurostat',
  description: 'Eurostat Comext relational-view CSV (labels; EUR)',
  plan({ file, header }: FormatContext): Plan {
    const c = resolveColumns(file, header, FIELDS)
    const { year, month } = periodParts(withoutCode(c.period!, '\\d{6}'))
    const flowWord = `upper(${withoutCode(c.flow!)})`
    const flow = `CASE ${flowWord} WHEN 'IMPORT' THEN 'import' WHEN 'EXPORT' THEN 'export' END`
    // "Total", "TOTAL-Total", "8542-Electronic integrated circuits", "85423190".
    const code = `NULLIF(regexp_extract(TRIM(${c.product!}), '^([0-9]+|[A-Za-z]+)(\\s*-.*)?$', 1), '')`
    const hs = `CASE WHEN upper(${code}) = 'TOTAL' THEN 'TOTAL' ELSE ${code} END`
    const procedure = c.procedure ? `lower(${withoutCode(c.procedure)})` : `'total'`
    return {
      target: 'flow',
      columns: {
        year,
        month,
        reporter_raw: text(c.reporter!),
        partner_raw: text(c.partner!),
        partner_label: text(c.partner!),
        flow,
        hs,
        value: num(c.value!),
        net_kg: c.quantity100kg ? `${num(c.quantity100kg)} * 100` : 'NULL',
        quantity: 'NULL',
        quantity_unit: 'NULL',
        // Kept on the stage only, for `refine` below.
        procedure: `COALESCE(${procedure}, 'total')`,
      },
      // Exports pasted together from several downloads repeat the header line.
      skip: `CASE WHEN upper(TRIM(${c.reporter!})) = 'REPORTER' AND upper(TRIM(${c.partner!})) = 'PARTNER' THEN 'repeated header line' END`,
      checks: [
        periodCheck(c.period!, year, month),
        {
          column: bare(c.flow!),
          bad: `${flow} IS NULL`,
          expected: 'one of IMPORT, EXPORT, 1-IMPORT, 2-EXPORT',
        },
        hsCheck(c.product!, [2, 4, 6, 8], hs),
        { column: bare(c.reporter!), bad: `${text(c.reporter!)} IS NULL`, expected: 'a reporter' },
        { column: bare(c.partner!), bad: `${text(c.partner!)} IS NULL`, expected: 'a partner' },
        numberCheck(c.value!, { required: true }),
        ...(c.quantity100kg ? [numberCheck(c.quantity100kg)] : []),
      ],
      // A file may hold both the Total of all statistical procedures and the procedures
      // themselves (normal, inward/outward processing): keep only the Total where it exists.
      refine: [
        `UPDATE stage SET _skip = '${BREAKDOWN}'
         WHERE _skip IS NULL AND _reject IS NULL AND procedure <> 'total' AND EXISTS (
           SELECT 1 FROM stage t WHERE t.procedure = 'total' AND t._skip IS NULL AND t._reject IS NULL
             AND t.reporter_raw = stage.reporter_raw AND t.partner_raw = stage.partner_raw
             AND t.flow = stage.flow AND t.hs = stage.hs AND t.year = stage.year
             AND t.month IS NOT DISTINCT FROM stage.month)`,
      ],
      places: { reporter_raw: 'label', partner_raw: 'label' },
      partnerLabel: 'partner_label',
      currency: 'EUR',
    }
  },
}
