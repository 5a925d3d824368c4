import { readFile } from 'node:fs/promises'
import { badInput } from '../errors.js'
import { writeWhole } from './write-whole.js'
import { checkLots, quarantineCsv, type CheckReport } from '../rules/check.js'
import { momentOf, parseMoment, rulesInForce, ruleSummary } from '../rules/in-force.js'
import { loadRules } from '../rules/load.js'
import { readLotsCsv } from '../rules/lots.js'

// `metals check` and `metals rules`: the files and the clock are read here, at the edge; the
// rules code gets text, records and a moment.

/** Decides a lots file; with `quarantine`, writes the bad rows there (whole, or not at all). */
export async function checkFile(file: string, { rules = [], quarantine, at }: { rules?: string[]; quarantine?: string; at?: string }): Promise<CheckReport> {
  const set = loadRules({ extra: rules })
  const moment = at ? parseMoment(at, '--at') : momentOf(new Date())
  const text = await readFile(file, 'utf8').catch(() => {
    throw badInput(`no such file: ${file}`)
  })
  const { header, records } = readLotsCsv(text, file)
  const report = checkLots(records, set, { at: moment, quarantine: !!quarantine, where: (line) => `${file}:${line}`, hint: '--quarantine BAD.csv' })
  if (quarantine) await writeWhole(quarantine, quarantineCsv(header, report.rejected))
  return report
}

export function listRules({ on, rules = [] }: { on?: string; rules?: string[] }) {
  const set = loadRules({ extra: rules })
  const moment = on ? parseMoment(on, '--on') : momentOf(new Date())
  return { rules_version: set.version, on: moment.text, rules: rulesInForce(set, moment).map((r) => ruleSummary(r, set)) }
}
