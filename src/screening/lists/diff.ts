import type { Entity } from '../model.js'

export interface Change {
  id: string
  caption: string
  schema: string
  fields?: string[]
  /** What each changed field lost and gained, value by value (fields in `fields`' order). */
  changes?: FieldChange[]
}

export interface FieldChange {
  field: string
  removed: string[]
  added: string[]
}

export interface ListDiff {
  added: Change[]
  removed: Change[]
  changed: Change[]
}

const brief = (e: Entity): Change => ({ id: e.id, caption: e.caption, schema: e.schema })

/** Entities added, removed and changed between two versions of a list, by entity id; `omit` fields are not compared. */
export function diffEntities(a: Entity[], b: Entity[], { omit = [] as string[] } = {}): ListDiff {
  const before = new Map(a.map((e) => [e.id, e]))
  const after = new Map(b.map((e) => [e.id, e]))
  const added = b.filter((e) => !before.has(e.id)).map(brief)
  const removed = a.filter((e) => !after.has(e.id)).map(brief)
  const changed: Change[] = []
  for (const e of b) {
    const old = before.get(e.id)
    if (!old) continue
    const changes = fieldChanges(old, e).filter((c) => !omit.includes(c.field))
    if (changes.length) changed.push({ ...brief(e), fields: changes.map((c) => c.field), changes })
  }
  return { added, removed, changed }
}

/** A change in one line for tables and CSV: `field: -lost +gained; ...`, each value quoted. */
export function describeChanges(changes: FieldChange[] = []): string {
  const values = (sign: string, vs: string[]) => vs.map((v) => `${sign}"${v}"`)
  return changes.map((c) => `${c.field}: ${[...values('-', c.removed), ...values('+', c.added)].join(' ')}`).join('; ')
}

/** The fields whose values differ (as sets: order is no change), each with the values lost and gained, by field name. */
function fieldChanges(a: Entity, b: Entity): FieldChange[] {
  const keys = new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])
  const out: FieldChange[] = []
  for (const field of keys) {
    const [before, after] = [new Set(a.properties[field] ?? []), new Set(b.properties[field] ?? [])]
    const removed = [...before].filter((v) => !after.has(v)).sort()
    const added = [...after].filter((v) => !before.has(v)).sort()
    if (removed.length || added.length) out.push({ field, removed, added })
  }
  if (a.schema !== b.schema) out.push({ field: 'schema', removed: [a.schema], added: [b.schema] })
  return out.sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0))
}

/** The fields each optional file of a list fills: when only one version has the file, these differ by construction. */
const PART_FIELDS: Record<string, string[]> = { add: ['address', 'country'], alt: ['alias', 'previousName'] }
const PART_NOTE: Record<string, string> = {
  comments: 'remarks continued in sdn_comments.csv (a few entries may show changed fields)',
  INDIVIDUALS: 'the INDIVIDUALS section (its people show as added or removed)',
  ENTITIES: 'the ENTITIES section (its organisations show as added or removed)',
}

export interface Side {
  id: string
  source: string
  as_of: string
  files: string[]
  parts: string[]
}

/**
 * What a diff of two versions compares: refused across sources (every entity would differ),
 * and, when the versions were loaded from different file sets (a full OFAC set against an
 * sdn.csv alone), the fields only one side can have are left out and the output says so.
 */
export function comparison(a: Side, b: Side): { crossSource?: string; omit: string[]; warnings: string[]; compared: string } {
  const crossSource = a.source !== b.source ? `${a.id} is a version of ${a.source}, ${b.id} of ${b.source}: entity ids differ across lists, so nearly every entity shows as added or removed` : undefined
  const onlyOne = [...a.parts.filter((p) => !b.parts.includes(p)), ...b.parts.filter((p) => !a.parts.includes(p))]
  const omit = onlyOne.flatMap((p) => PART_FIELDS[p] ?? [])
  const warnings: string[] = []
  if (onlyOne.length) {
    const what = onlyOne.map((p) => (PART_FIELDS[p] ? `${p} (fields ${PART_FIELDS[p].join(', ')}: left out of the comparison)` : (PART_NOTE[p] ?? p)))
    warnings.push(`different file sets: ${a.id} from ${a.files.join(' ')}, ${b.id} from ${b.files.join(' ')}; only one has ${what.join('; ')}`)
  }
  const side = (v: Side) => `${v.id} (${v.source}, as of ${v.as_of}: ${v.files.join(' ')})`
  const compared = `${side(a)} -> ${side(b)}, entities by id, ${omit.length ? `all fields except ${omit.join(', ')}` : 'all fields'}`
  return { crossSource, omit, warnings, compared }
}
