import ExcelJS from 'exceljs'

/** One product sheet of a Data Browser workbook: rows are reporter, partner, then a value per period. */
export interface ProductSheet {
  code: string
  label?: string
  flow?: string
  indicator?: string
  periods: string[]
  rows: (string | number)[][]
}

/**
 * Writes a workbook in the Eurostat Data Browser layout (see databrowser.ts), streamed, so the
 * tests can make small ones and the bench a 100 MB one without holding it in memory. Sheets come
 * from an iterable so a large workbook is generated while it is written.
 */
export async function writeDataBrowser(file: string, sheets: Iterable<ProductSheet>): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false })
  const summary = wb.addWorksheet('Summary')
  summary.addRow([null, 'EU trade since 1988 by HS2-4-6 and CN8 [DS-045409]']).commit()
  summary.commit()
  let n = 0
  for (const s of sheets) {
    const ws = wb.addWorksheet(`Sheet ${++n}`)
    const add = (cells: (string | number | null)[]) => ws.addRow(cells).commit()
    add(['Data extracted on 21/01/2023 17:37:40 from [ESTAT]'])
    add(['Dataset: ', 'EU trade since 1988 by HS2-4-6 and CN8 [DS-045409]'])
    add(['Last updated: ', '13/01/2023 11:00'])
    add([])
    add(['PRODUCT [PRODUCT]', null, `${s.label ?? 'Product'} [${s.code}]`])
    add(['FLOW', null, s.flow ?? 'EXPORT'])
    add(['INDICATORS', null, s.indicator ?? 'VALUE_IN_EUROS'])
    add([])
    add(['TIME', 'TIME', ...s.periods])
    add(['FREQ (Labels)', 'FREQ (Labels)', ...s.periods.map(() => 'Monthly')])
    add(['REPORTER (Labels)', 'PARTNER (Labels)', ...s.periods.map(() => '')])
    for (const row of s.rows) add(row)
    add([])
    add(['Special value'])
    add([':', 'not available'])
    ws.commit()
  }
  await wb.commit()
}
