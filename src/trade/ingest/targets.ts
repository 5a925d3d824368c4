import type { Plan } from '../formats/format.js'

/** Place columns join the code map `pm` by stage column name; unmapped codes were added as `?raw`. */
const place = (col: string) => `(SELECT code FROM pm WHERE pm.col = '${col}' AND pm.raw = s.${col})`

/** SQL that moves the good rows of the stage table into the target table. */
export function insertSql(plan: Plan): string {
  const good = `WHERE s._skip IS NULL AND s._reject IS NULL`
  if (plan.target === 'shipment') {
    return `INSERT INTO shipment SELECT $dataset, s.date, s.declaration_id, s.hs, s.description,
      s.shipper_name, ${place('shipper_country_raw')}, s.consignee_name, ${place('consignee_country_raw')},
      ${place('origin_raw')}, ${place('dispatch_raw')}, s.value, COALESCE(s.currency, $currency), s.net_kg
      FROM stage s ${good}`
  }
  return `INSERT INTO flow
    SELECT $dataset,
      CASE WHEN s.month IS NULL THEN s.year::VARCHAR ELSE printf('%04d-%02d', s.year, s.month) END,
      s.year, s.month, r.code, p.code, p.kind = 'aggregate', s.flow, s.hs, s.value, $currency,
      s.net_kg, s.quantity, s.quantity_unit
    FROM stage s
    JOIN pm r ON r.col = 'reporter_raw' AND r.raw = s.reporter_raw
    JOIN pm p ON p.col = 'partner_raw' AND p.raw = s.partner_raw
    ${good}`
}

/** Statements that summarise a freshly loaded flow dataset (coverage rows, periods, HS levels). */
export const FLOW_SUMMARY = {
  codes: `INSERT INTO hs_code SELECT DISTINCT dataset, hs FROM flow WHERE dataset = $dataset`,
  coverage: `INSERT INTO coverage SELECT dataset, reporter, partner, flow, year, bit_or(CASE WHEN month IS NULL THEN 0 ELSE 1::INTEGER << (month::INTEGER - 1) END)
    FROM flow WHERE dataset = $dataset GROUP BY ALL`,
  stats: `SELECT count(*) AS rows, min(period) AS period_from, max(period) AS period_to, max(value) AS max_value,
    count(*) FILTER (WHERE month IS NULL) AS annual, count(*) FILTER (WHERE month IS NOT NULL) AS monthly,
    string_agg(DISTINCT CASE WHEN hs = 'TOTAL' THEN 'TOTAL' ELSE length(hs)::VARCHAR END, ','
      ORDER BY CASE WHEN hs = 'TOTAL' THEN 'TOTAL' ELSE length(hs)::VARCHAR END) AS hs_levels
    FROM flow WHERE dataset = $dataset`,
}

export const SHIPMENT_SUMMARY = {
  stats: `SELECT count(*) AS rows, strftime(min(date), '%Y-%m-%d') AS period_from, max(value) AS max_value,
    strftime(max(date), '%Y-%m-%d') AS period_to, 0 AS annual, count(*) AS monthly,
    string_agg(DISTINCT length(hs)::VARCHAR, ',' ORDER BY length(hs)::VARCHAR) AS hs_levels
    FROM shipment WHERE dataset = $dataset`,
}
