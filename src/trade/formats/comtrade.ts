import { badInput } from '../../errors.js'
import { bare, resolveColumns } from './columns.js'
import { hsCheck, num, numberCheck, periodCheck, periodParts, text } from './expressions.js'
import type { Format, FormatContext, Plan } from './format.js'

const field = (names: string[], required = false) => ({ names, required })

// Comtrade+ API and bulk files use camelCase; the legacy API used spaced titles.
const FIELDS = {
  period: field(['period', 'Period', 'refPeriodId'], true),
  reporterCode: field(['reporterCode', 'Reporter Code']),
  reporterISO: field(['reporterISO', 'Reporter ISO']),
  partnerCode: field(['partnerCode', 'Partner Code']),
  partnerISO: field(['partnerISO', 'Partner ISO']),
  partnerDesc: field(['partnerDesc', 'Partner']),
  partner2Code: field(['partner2Code', '2nd Partner Code']),
  flowCode: field(['flowCode', 'Trade Flow Code'], true),
  cmdCode: field(['cmdCode', 'Commodity Code'], true),
  customsCode: field(['customsCode', 'Customs Proc. Code']),
  motCode: field(['motCode', 'Mode of Transport Code']),
  mosCode: field(['mosCode']),
  qtyUnitAbbr: field(['qtyUnitAbbr', 'Qty Unit']),
  qtyUnitCode: field(['qtyUnitCode', 'Qty Unit Code']),
  qty: field(['qty', 'Qty']),
  netWgt: field(['netWgt', 'Netweight (kg)']),
  cifvalue: field(['cifvalue', 'CIF Trade Value (US$)']),
  fobvalue: field(['fobvalue', 'FOB Trade Value (US$)']),
  primaryValue: field(['primaryValue', 'Trade Value (US$)']),
}

// Flow codes: totals we load, and the special-procedure breakdowns Comtrade+ also publishes.
const FLOWS: Record<string, string> = { M: 'import', X: 'export', RM: 're-import', RX: 're-export' }
const LEGACY_FLOWS: Record<string, string> = { '1': 'import', '2': 'export', '3': 're-export', '4': 're-import' }
const BREAKDOWN_FLOWS = ['MIP', 'XIP', 'MOP', 'XOP', 'MIF', 'XIF', 'DX', 'FM', 'MTP', 'XTP']

/**
 * UN Comtrade+ CSV (API or bulk, also the legacy API). Only totals are loaded: customsCode C00,
 * motCode 0, mosCode 0 and partner2Code 0; every other row is a breakdown of a total and would
 * count the same trade twice (REFERENCE.md). Such rows are skipped and counted by reason.
 */
export const comtrade: Format = {
  name: 'comtrade',
  description: 'UN Comtrade+ CSV (API or bulk download; legacy API columns too)',
  plan({ file, header }: FormatContext): Plan {
    const c = resolveColumns(file, header, FIELDS)
    const reporter = c.reporterCode ?? c.reporterISO
    const partner = c.partnerCode ?? c.partnerISO
    if (!reporter || !partner) {
      throw badInput(`${file}: missing column ${reporter ? 'partnerCode or partnerISO' : 'reporterCode or reporterISO'}`)
    }
    const { year, month } = periodParts(c.period!)
    const flowRaw = `upper(${text(c.flowCode!)})`
    const flowMap = { ...FLOWS, ...LEGACY_FLOWS }
    const flow = `CASE ${flowRaw} ${Object.entries(flowMap).map(([k, v]) => `WHEN '${k}' THEN '${v}'`).join(' ')} END`
    const hs = `CASE WHEN upper(${text(c.cmdCode!)}) = 'TOTAL' THEN 'TOTAL' ELSE ${text(c.cmdCode!)} END`
    const fallback = (col?: string) => (col ? num(col) : 'NULL')
    const value = `COALESCE(${fallback(c.primaryValue)}, CASE WHEN ${flowRaw} LIKE '%M%' THEN ${fallback(c.cifvalue)} ELSE ${fallback(c.fobvalue)} END)`
    const valueCols = [c.primaryValue, c.cifvalue, c.fobvalue].filter((x): x is string => !!x)
    if (!valueCols.length) throw badInput(`${file}: missing column primaryValue, cifvalue or fobvalue`)

    const totalsOnly = (col: string | undefined, total: string[]) =>
      col ? `WHEN ${text(col)} IS NOT NULL AND ${text(col)} NOT IN (${total.map((t) => `'${t}'`).join(', ')}) THEN '${bare(col)} is not ${total[0]} (breakdown of a total)'` : ''
    const skip = `CASE
      ${totalsOnly(c.customsCode, ['C00'])}
      ${totalsOnly(c.motCode, ['0'])}
      ${totalsOnly(c.mosCode, ['0'])}
      ${totalsOnly(c.partner2Code, ['0'])}
      WHEN ${flowRaw} IN (${BREAKDOWN_FLOWS.map((f) => `'${f}'`).join(', ')}) THEN 'flowCode ' || ${flowRaw} || ' (special-procedure breakdown)'
    END`
    return {
      target: 'flow',
      columns: {
        year,
        month,
        reporter_raw: text(reporter),
        partner_raw: text(partner),
        partner_label: c.partnerDesc ? text(c.partnerDesc) : 'NULL',
        flow,
        hs,
        value,
        net_kg: c.netWgt ? num(c.netWgt) : 'NULL',
        quantity: c.qty ? num(c.qty) : 'NULL',
        quantity_unit: c.qtyUnitAbbr ? text(c.qtyUnitAbbr) : c.qtyUnitCode ? text(c.qtyUnitCode) : 'NULL',
      },
      skip,
      checks: [
        periodCheck(c.period!, year, month),
        { column: bare(c.flowCode!), bad: `${flow} IS NULL`, expected: `one of ${Object.keys(FLOWS).join(', ')}` },
        hsCheck(c.cmdCode!, [2, 4, 6], hs),
        { column: bare(reporter), bad: `${text(reporter)} IS NULL`, expected: 'a reporter code' },
        { column: bare(partner), bad: `${text(partner)} IS NULL`, expected: 'a partner code' },
        ...valueCols.map((col) => numberCheck(col)),
        { column: bare(valueCols[0]), bad: `${value} IS NULL`, expected: 'a trade value' },
        ...[c.netWgt, c.qty].filter((x): x is string => !!x).map((col) => numberCheck(col)),
      ],
      places: { reporter_raw: c.reporterCode ? 'm49' : 'alpha3', partner_raw: c.partnerCode ? 'm49' : 'alpha3' },
      partnerLabel: c.partnerDesc ? 'partner_label' : undefined,
      currency: 'USD',
    }
  },
}
