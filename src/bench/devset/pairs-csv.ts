import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { csvField } from '../../csv.js'
import type { DevSet } from './build.js'
import { CLASSES, type DevClass } from './model.js'

/**
 * A class as a pairs CSV: the columns `chokepoint screen --pairs` reads (schema, name1, name2),
 * then the truth (`label`: match / no-match) and where the pair comes from.
 */
export function pairsCsv(set: DevSet, c: DevClass): string {
  const head = 'schema,name1,name2,label,id1,id2,how'
  const rows = set[c].map((p) =>
    [p.schema, p.name1, p.name2, p.match ? 'match' : 'no-match', p.id1, p.id2, p.how]
      .map(csvField)
      .join(',')
  )
  return [head, ...rows].join('\n') + '\n'
}

/** A short fingerprint of a class's pairs: the baseline says which set its figures are of. */
export const fingerprint = (set: DevSet, c: DevClass) =>
  createHash('sha256').update(pairsCsv(set, c)).digest('hex').slice(0, 12)

/** Writes DIR/<class>.csv for every class; returns the files. */
export function writePairs(set: DevSet, dir: string): string[] {
  mkdirSync(dir, { recursive: true })
  return CLASSES.map((c) => {
    const file = join(dir, `${c}.csv`)
    writeFileSync(file, pairsCsv(set, c))
    return file
  })
}
