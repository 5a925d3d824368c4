import { bare, resolveColumns } from './columns.js'
import { hsDigitsCheck, num, numberCheck, text } from './expressions.js'
import type { Format, FormatContext, Plan } from './format.js'

const field = (names: string[], required = false) => ({ names, required })

/** The shipment columns and the names files give them (the first is the one the generator writes). */
export const SHIPMENT_FIELDS = {
  date: field(['date', 'shipment_date', 'declaration_date'], true),
  declaration: field(['declaration_id', 'declaration']),
  hs: field(['hs_code', 'hs'], true),
  description: field(['description', 'goods_description']),
  shipperName: field(['shipper_name', 'shipper']),
  shipperCountry: field(['shipper_country']),
  consigneeName: field(['consignee_name', 'consignee']),
  consigneeCountry: field(['consignee_country']),
  origin: field(['origin_country', 'country_of_origin']),
  dispatch: field(['dispatch_country', 'country_of_dispatch']),
  value: field(['value'], true),
  currency: field(['currency'], true),
  netKg: field(['net_kg', 'net_weight_kg']),
}

/** ISO dates (2024-03-31) and the European form customs papers use (31.03.2024). */
function dateExpr(col: string): string {
  const v = text(col)
  return `CASE
    WHEN regexp_full_match(${v}, '\\d{4}-\\d{2}-\\d{2}') THEN TRY_STRPTIME(${v}, '%Y-%m-%d')::DATE
    WHEN regexp_full_match(${v}, '\\d{2}\\.\\d{2}\\.\\d{4}') THEN TRY_STRPTIME(${v}, '%d.%m.%Y')::DATE
  END`
}

/**
 * Shipment-level records (customs declarations, bills of lading) into the shipment table. Countries
 * may be written as ISO codes or names ('auto'). HS codes may carry dots ("8542.31.0000"); they are
 * stored as digits. Every value needs its currency: rows are never assumed to be in USD.
 */
export const shipments: Format = {
  name: 'shipments',
  description: 'shipment-level CSV (one declaration line a row) into the shipment table',
  plan({ file, header }: FormatContext): Plan {
    const c = resolveColumns(file, header, SHIPMENT_FIELDS)
    const date = dateExpr(c.date!)
    const hs = `regexp_replace(${text(c.hs!)}, '[.\\s]', '', 'g')`
    const opt = (col?: string) => (col ? text(col) : 'NULL')
    const currency = `upper(${text(c.currency!)})`
    return {
      target: 'shipment',
      columns: {
        date,
        declaration_id: opt(c.declaration),
        hs,
        description: opt(c.description),
        shipper_name: opt(c.shipperName),
        shipper_country_raw: opt(c.shipperCountry),
        consignee_name: opt(c.consigneeName),
        consignee_country_raw: opt(c.consigneeCountry),
        origin_raw: opt(c.origin),
        dispatch_raw: opt(c.dispatch),
        value: num(c.value!),
        currency,
        net_kg: c.netKg ? num(c.netKg) : 'NULL',
      },
      skip: 'NULL',
      checks: [
        {
          column: bare(c.date!),
          bad: `${date} IS NULL`,
          expected: 'a date such as 2024-03-31 or 31.03.2024',
        },
        hsDigitsCheck(c.hs!, [2, 3, 4, 5, 6, 7, 8, 9, 10], hs),
        numberCheck(c.value!, { required: true }),
        {
          column: bare(c.currency!),
          bad: `NOT regexp_full_match(COALESCE(${currency}, ''), '[A-Z]{3}')`,
          expected: 'a currency code such as USD',
        },
        ...(c.netKg ? [numberCheck(c.netKg)] : []),
      ],
      places: {
        shipper_country_raw: 'auto',
        consignee_country_raw: 'auto',
        origin_raw: 'auto',
        dispatch_raw: 'auto',
      },
      // Each row carries its own currency (checked above); the dataset names no single one.
      currency: 'per row',
    }
  },
}
