import { badInput } from '../../errors.js'
import { literal } from '../../store/sql.js'
import type { Store } from '../../store/store.js'
import { getBasket } from '../baskets/baskets.js'
import { SYNTHETIC_COLUMN } from './mark.js'
import { GROUPS } from './model.js'
import {
  COALITION_ORIGINS,
  CONSIGNEES,
  CORRIDOR_SHIPPERS,
  DESCRIPTIONS,
  FORWARDERS,
  LATE_CONSIGNEES,
  LISTED,
  MISFITS,
  SHELLS,
  SHIPPERS,
} from './shipment-parties.js'

/** The kinds of risky shipment the generator plants, each in `PLANTED_PER_MILLE` of rows. */
export const PLANTED_KINDS = [
  'listed_party',
  'corridor',
  'new_consignee',
  'unit_value',
  'description',
] as const
export type PlantedKind = (typeof PLANTED_KINDS)[number]
export const PLANTED_PER_MILLE = 5

/** Days the generated declarations span from 2022-01-01 (to 2024-09-26, within the ECB table). */
const DAYS = 1000

const arr = (xs: (string | number)[]) =>
  `[${xs.map((x) => (typeof x === 'number' ? String(x) : literal(x))).join(', ')}]`

/**
 * Writes a synthetic shipment-level CSV (2022-2024 declarations into Russia) with `rows` rows,
 * marked as such (mark.ts). Most rows are clean: parties on no list, goods of Chinese or Turkish
 * origin, prices spread around each code's own level, descriptions that fit their codes. A few
 * are planted risky shipments, `PLANTED_PER_MILLE` per thousand of each kind: a listed consignee
 * or notify party; coalition-made goods dispatched from a transit country; CHPL goods to a
 * buyer first seen in the file's last months; a unit value 25 times off its code's level; a
 * description of other goods. `truth` names a CSV to write the planted rows' ids and kinds to.
 */
export async function generateShipments(
  store: Store,
  { rows, out, seed = 1, truth }: { rows: number; out: string; seed?: number; truth?: string }
) {
  if (!Number.isInteger(rows) || rows < 1)
    throw badInput(`invalid rows: "${rows}" (expected a whole number > 0)`)
  const codes = GROUPS.flatMap((g) => g.codes)
  const chpl = getBasket('chpl').codes
  const h = (k: number) => `hash(i, ${seed}, ${k})`
  const u = (k: number) => `((${h(k)} % 1000000) / 1000000.0)`
  const pick = (list: (string | number)[], k: number) =>
    `${arr(list)}[1 + (${h(k)} % ${list.length})::INTEGER]`
  const at = (list: (string | number)[], index: string) => `${arr(list)}[${index}]`
  const kind = `CASE ${PLANTED_KINDS.map((k, n) => `WHEN ${h(20)} % 1000 < ${(n + 1) * PLANTED_PER_MILLE} THEN '${k}'`).join(' ')} ELSE 'clean' END`
  // A standard normal from 12 uniforms (Irwin-Hall): prices spread log-normally around each code's level.
  const normal = `(${Array.from({ length: 12 }, (_, k) => u(40 + k)).join(' + ')} - 6)`
  const descKeys = Object.keys(DESCRIPTIONS)
  await store.run(`CREATE OR REPLACE TEMP TABLE generated_shipment AS
    WITH base AS (
      SELECT i, ${kind} AS kind, 1 + (${h(1)} % ${SHIPPERS.length})::INTEGER AS s, 1 + (${h(5)} % ${codes.length})::INTEGER AS c,
        (${h(6)} % 100) < 3 AS late, round(1 + (${h(16)} % 5000) * 1.0, 1) AS net_kg, ${h(10)} % 3 = 2 AS as_notify,
        ${h(13)} % 100 < 15 AS forwarded FROM range(${rows}) t(i)),
    goods AS (
      SELECT *, CASE WHEN kind = 'new_consignee' THEN ${pick(chpl, 7)} ELSE ${at(codes, 'c')} END AS hs6 FROM base)
    SELECT i, kind, printf('S%07d', i + 1) AS shipment_id,
      strftime(DATE '2022-01-01' + (CASE WHEN kind = 'new_consignee' OR (kind = 'clean' AND late) THEN ${DAYS - 1} - ${h(2)} % 120 ELSE ${h(2)} % ${DAYS} END)::INTEGER, '%Y-%m-%d') AS date,
      printf('10%06d/%06d/%07d', (${h(3)} % 1000000)::INTEGER, (${h(4)} % 1000000)::INTEGER, i) AS declaration_id,
      hs6 || '0000' AS hs_code,
      CASE WHEN kind = 'description' THEN ${pick(MISFITS, 8)} ELSE ${arr(descKeys.map((k) => DESCRIPTIONS[k]))}[list_position(${arr(descKeys)}, left(hs6, 4))] END AS description,
      CASE WHEN kind = 'corridor' THEN ${pick(
        CORRIDOR_SHIPPERS.map((x) => x[0]),
        9
      )} ELSE ${at(
        SHIPPERS.map((x) => x[0]),
        's'
      )} END AS shipper_name,
      CASE WHEN kind = 'corridor' THEN ${pick(
        CORRIDOR_SHIPPERS.map((x) => x[1]),
        9
      )} ELSE ${at(
        SHIPPERS.map((x) => x[1]),
        's'
      )} END AS shipper_country,
      CASE WHEN kind = 'listed_party' AND NOT as_notify THEN ${pick(
        LISTED.map((x) => x[0]),
        11
      )}
        WHEN kind = 'new_consignee' THEN ${pick(SHELLS, 11)}
        WHEN kind = 'clean' AND late THEN ${pick(LATE_CONSIGNEES, 11)}
        ELSE ${pick(CONSIGNEES, 12)} END AS consignee_name,
      'RU' AS consignee_country,
      CASE WHEN kind = 'listed_party' AND as_notify THEN ${pick(
        LISTED.map((x) => x[0]),
        11
      )}
        WHEN forwarded THEN ${pick(
          FORWARDERS.map((x) => x[0]),
          14
        )} ELSE '' END AS notify_party,
      CASE WHEN kind = 'listed_party' AND as_notify THEN 'RU' WHEN forwarded THEN ${pick(
        FORWARDERS.map((x) => x[1]),
        14
      )} ELSE '' END AS notify_country,
      CASE WHEN kind = 'corridor' THEN ${pick(COALITION_ORIGINS, 15)} ELSE ${at(
        SHIPPERS.map((x) => x[2]),
        's'
      )} END AS origin_country,
      CASE WHEN kind = 'corridor' THEN ${pick(
        CORRIDOR_SHIPPERS.map((x) => x[1]),
        9
      )} ELSE ${at(
        SHIPPERS.map((x) => x[1]),
        's'
      )} END AS dispatch_country,
      -- Each code's own price level, 30 to 3,000 USD/kg, spread log-normally (sigma 0.4).
      round(net_kg * exp(ln(30) + (hash(hs6, ${seed}) % 1000) / 1000.0 * ln(100) + 0.4 * ${normal})
        * CASE WHEN kind <> 'unit_value' THEN 1 WHEN ${h(17)} % 2 = 0 THEN 1 / 25.0 ELSE 25.0 END, 2) AS value,
      'USD' AS currency, net_kg
    FROM goods`)
  try {
    const columns =
      'shipment_id, date, declaration_id, hs_code, description, shipper_name, shipper_country, consignee_name, consignee_country, notify_party, notify_country, origin_country, dispatch_country, value, currency, net_kg'
    await store.run(
      `COPY (SELECT ${columns}, 'true' AS ${SYNTHETIC_COLUMN} FROM generated_shipment ORDER BY i) TO ${literal(out)} (HEADER, DELIMITER ',')`
    )
    if (truth)
      await store.run(
        `COPY (SELECT shipment_id, kind FROM generated_shipment WHERE kind <> 'clean' ORDER BY i) TO ${literal(truth)} (HEADER, DELIMITER ',')`
      )
  } finally {
    await store.run('DROP TABLE IF EXISTS generated_shipment')
  }
  return { rows }
}
