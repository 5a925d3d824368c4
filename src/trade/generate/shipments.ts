import { badInput } from '../../errors.js'
import { literal } from '../../store/sql.js'
import type { Store } from '../../store/store.js'
import { SYNTHETIC_COLUMN } from './mark.js'
import { GROUPS } from './model.js'

// Invented parties (marked synthetic wherever shown): trading houses of the post-2022 routes
// and Russian importers, some written in Cyrillic or Chinese as real declarations are.
const SHIPPERS: [string, string][] = [
  ['Shenzhen Xinda Electronics Co., Ltd.', 'CN'],
  ['深圳市华芯电子有限公司', 'CN'],
  ['Hong Kong Bright Ocean Trading Limited', 'HK'],
  ['Jinan Precision Machine Tool Co., Ltd.', 'CN'],
  ['Istanbul Makina Dis Ticaret A.S.', 'TR'],
  ['Dubai Gulf Components FZE', 'AE'],
  ['Almaty Tech Supply LLP', 'KZ'],
  ['Yerevan Electronics Trade LLC', 'AM'],
  ['Bishkek Import Export OsOO', 'KG'],
  ['Guangzhou Sunrise Machinery Import & Export Co., Ltd.', 'CN'],
]
const CONSIGNEES = ['ООО "Техноком"', 'OOO Promelektronika', 'АО "Станкосервис"', 'LLC Microtech Solutions', 'ООО "Северный Ветер"', 'JSC Uralmash Supply', 'ООО "Радиодеталь"']
const ORIGIN: Record<string, string> = { CN: 'CN', HK: 'CN', TR: 'CN', AE: 'US', KZ: 'DE', AM: 'KR', KG: 'CN' }

const arr = (xs: string[]) => `[${xs.map((x) => literal(x)).join(', ')}]`

/** Writes a synthetic shipment-level CSV (2022-2024 declarations into Russia) with `rows` rows, marked as such (mark.ts). */
export async function generateShipments(store: Store, { rows, out, seed = 1 }: { rows: number; out: string; seed?: number }) {
  if (!Number.isInteger(rows) || rows < 1) throw badInput(`invalid rows: "${rows}" (expected a whole number > 0)`)
  const codes = GROUPS.flatMap((g) => g.codes)
  const h = (k: number) => `hash(i, ${seed}, ${k})`
  const pick = (list: string, k: number, n: number) => `${list}[1 + (${h(k)} % ${n})::INTEGER]`
  const shipper = `(${h(1)} % ${SHIPPERS.length})::INTEGER + 1`
  await store.run(`COPY (
    SELECT strftime(DATE '2022-01-01' + (${h(2)} % 1095)::INTEGER, '%Y-%m-%d') AS date,
      printf('10%06d/%06d/%07d', (${h(3)} % 1000000)::INTEGER, (${h(4)} % 1000000)::INTEGER, i) AS declaration_id,
      ${pick(arr(codes), 5, codes.length)} || '0000' AS hs_code,
      'synthetic declaration line' AS description,
      ${arr(SHIPPERS.map((s) => s[0]))}[${shipper}] AS shipper_name,
      ${arr(SHIPPERS.map((s) => s[1]))}[${shipper}] AS shipper_country,
      ${pick(arr(CONSIGNEES), 6, CONSIGNEES.length)} AS consignee_name,
      'RU' AS consignee_country,
      ${arr(SHIPPERS.map((s) => ORIGIN[s[1]]))}[${shipper}] AS origin_country,
      ${arr(SHIPPERS.map((s) => s[1]))}[${shipper}] AS dispatch_country,
      round(500 + (${h(7)} % 250000) * 1.0, 2) AS value, 'USD' AS currency,
      round(1 + (${h(8)} % 5000) * 1.0, 1) AS net_kg,
      'true' AS ${SYNTHETIC_COLUMN}
    FROM range(${rows}) t(i)) TO ${literal(out)} (HEADER, DELIMITER ',')`)
  return { rows }
}
