import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Small OFAC legacy CSV files (no header, `-0-`, CRLF, 0x1A at the end) written to a temp folder. */
export function ofacFiles(entries: [number, string, string][], { name = 'sdn.csv', eof = true, alt = [] as [number, string][] } = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cp-ofac-'))
  const nul = '-0- '
  const rows = entries.map(([num, caption, type]) => [num, `"${caption}"`, type || nul, '"RUSSIA-EO14024"', nul, nul, nul, nul, nul, nul, nul, nul].join(','))
  const end = eof ? '\x1a' : ''
  const sdn = join(dir, name)
  writeFileSync(sdn, rows.join('\r\n') + '\r\n' + end, 'latin1')
  if (!alt.length) return [sdn]
  const altFile = join(dir, 'alt.csv')
  writeFileSync(altFile, alt.map(([num, a], i) => `${num},${i + 1},"aka","${a}",-0- `).join('\r\n') + '\r\n' + end, 'latin1')
  return [sdn, altFile]
}

/** Entries 1..n with PUTIN as ent_num 200 when `putin`. */
export function entries(nums: number[]): [number, string, string][] {
  return nums.map((n) => (n === 200 ? [n, 'PUTIN, Vladimir Vladimirovich', 'individual'] : [n, `TEST TRADING COMPANY ${n} LLC`, '']))
}

/** A UN consolidated list with the sections asked for. */
export function unXml(sections: ('INDIVIDUALS' | 'ENTITIES')[], date = '2026-02-27'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-un-'))
  const ind = '<INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE></INDIVIDUAL></INDIVIDUALS>'
  const ent = '<ENTITIES><ENTITY><DATAID>2</DATAID><FIRST_NAME>TEST MINING COMPANY</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE></ENTITY></ENTITIES>'
  const body = sections.map((s) => (s === 'INDIVIDUALS' ? ind : ent)).join('')
  const file = join(dir, 'consolidated.xml')
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="${date}T00:00:09.554Z">${body}</CONSOLIDATED_LIST>`)
  return file
}

/** FtM JSON lines whose entities name the given datasets. */
export function ftmFile(name: string, datasets: string[], ids: string[], changed = '2025-03-01'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-ftm-'))
  const file = join(dir, name)
  const lines = ids.map((id) => JSON.stringify({ id, schema: 'Company', caption: `${id} holding`, properties: { name: [`${id} holding`] }, datasets, last_change: `${changed}T10:00:00` }))
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}
