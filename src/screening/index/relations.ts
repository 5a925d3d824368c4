import type { Entity } from '../model.js'

/** A link from a hit to another entity of the list data: an owner, a subsidiary, a director. */
export interface Relation {
  role: string
  id: string
  caption: string
  schema: string
  via: string
}

/** FtM relation schemata and the two ends each joins, with the role seen from each end. */
const ENDS: Record<string, [string, string, string, string]> = {
  Ownership: ['owner', 'asset', 'owns', 'owned by'],
  Directorship: ['director', 'organization', 'director of', 'directed by'],
  Family: ['person', 'relative', 'relative', 'relative'],
  Associate: ['person', 'associate', 'associate', 'associate'],
  Membership: ['member', 'organization', 'member of', 'has member'],
  Employment: ['employee', 'employer', 'employed by', 'employs'],
  UnknownLink: ['subject', 'object', 'linked to', 'linked to'],
}

/**
 * Relations by entity id, from the relation entities of the loaded list data (OpenSanctions
 * FtM carries Ownership, Directorship, ...), so a hit can show its owners and subsidiaries.
 */
export function buildRelations(entities: Entity[]): Map<string, Relation[]> {
  const byId = new Map(entities.map((e) => [e.id, e]))
  const out = new Map<string, Relation[]>()
  const add = (from: string, r: Relation) => {
    const l = out.get(from) ?? []
    if (!l.some((x) => x.id === r.id && x.role === r.role)) l.push(r)
    out.set(from, l)
  }
  for (const rel of entities) {
    const ends = ENDS[rel.schema]
    if (!ends) continue
    const [pa, pb, roleA, roleB] = ends
    const detail = [rel.properties.role?.[0], rel.properties.percentage?.[0] && `${rel.properties.percentage[0]}%`].filter(Boolean).join(', ')
    for (const a of rel.properties[pa] ?? []) {
      for (const b of rel.properties[pb] ?? []) {
        const ea = byId.get(a)
        const eb = byId.get(b)
        if (eb) add(a, { role: roleA, id: b, caption: eb.caption, schema: eb.schema, via: `${rel.schema}${detail ? ` (${detail})` : ''}` })
        if (ea) add(b, { role: roleB, id: a, caption: ea.caption, schema: ea.schema, via: `${rel.schema}${detail ? ` (${detail})` : ''}` })
      }
    }
  }
  return out
}
