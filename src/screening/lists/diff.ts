import type { Entity } from '../model.js'

export interface Change {
  id: string
  caption: string
  schema: string
  fields?: string[]
}

export interface ListDiff {
  added: Change[]
  removed: Change[]
  changed: Change[]
}

const brief = (e: Entity): Change => ({ id: e.id, caption: e.caption, schema: e.schema })

/** Entities added, removed and changed between two versions of a list, by entity id. */
export function diffEntities(a: Entity[], b: Entity[]): ListDiff {
  const before = new Map(a.map((e) => [e.id, e]))
  const after = new Map(b.map((e) => [e.id, e]))
  const added = b.filter((e) => !before.has(e.id)).map(brief)
  const removed = a.filter((e) => !after.has(e.id)).map(brief)
  const changed: Change[] = []
  for (const e of b) {
    const old = before.get(e.id)
    if (!old) continue
    const fields = changedFields(old, e)
    if (fields.length) changed.push({ ...brief(e), fields })
  }
  return { added, removed, changed }
}

function changedFields(a: Entity, b: Entity): string[] {
  const keys = new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])
  const out = [...keys].filter((k) => JSON.stringify([...(a.properties[k] ?? [])].sort()) !== JSON.stringify([...(b.properties[k] ?? [])].sort()))
  if (a.schema !== b.schema) out.unshift('schema')
  return out.sort()
}
