import { badInput } from '../../errors.js'
import data from './groups.json' with { type: 'json' }
import { closeCountries, editDistance, findCountry } from './resolve.js'

/** A group of exporters defined as data (groups.json): its members, and its own aggregate code if sources use one. */
export interface Group {
  id: string
  name: string
  aggregate: string | null
  members: string[]
  source: string
}

export const GROUPS: Group[] = (data as { groups: Group[] }).groups

/** One exporter of a figure: a country (one reporter code) or a group of them. */
export type Exporter = { kind: 'country'; code: string; name: string } | ({ kind: 'group' } & Group)

export function findGroup(raw: string): Group | undefined {
  const v = raw.trim().toLowerCase()
  return GROUPS.find((g) => g.id.toLowerCase() === v)
}

/**
 * `--exporter` as typed: a country, a group (EU27, G7, coalition) or a comma list of them. A group
 * is checked before countries, so EU27 means the group (aggregate row or members), not only the
 * aggregate code. A country in two items (DEU,EU27) would count twice: refused.
 */
export function resolveExporters(raw: string, role = 'exporter'): Exporter[] {
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean)
  if (!items.length) throw badInput(`invalid ${role}: "${raw}" (expected a country, a group such as EU27, or a comma list)`)
  const out = items.map((item): Exporter => {
    const group = findGroup(item)
    if (group) return { kind: 'group', ...group }
    const place = findCountry(item)
    if (!place) throw unknownExporter(item, role)
    return { kind: 'country', code: place.code, name: place.name }
  })
  const seen = new Map<string, string>()
  for (const e of out) {
    for (const code of e.kind === 'group' ? [...e.members, ...(e.aggregate ? [e.aggregate] : [])] : [e.code]) {
      const id = e.kind === 'group' ? e.id : e.code
      if (seen.has(code) && seen.get(code) !== id) throw badInput(`invalid ${role}: "${raw}" (${code} is in both ${seen.get(code)} and ${id}: it would count twice)`)
      seen.set(code, id)
    }
  }
  return out
}

/** `unknown country or group: "EU72" for exporter (did you mean EU27 ...?)`: groups and countries alike. */
function unknownExporter(raw: string, role: string) {
  const q = raw.trim().toLowerCase()
  const groups = GROUPS.filter((g) => editDistance(q, g.id.toLowerCase(), 2) <= 2).map((g) => `${g.id} (group: ${g.name})`)
  const near = [...groups, ...closeCountries(raw).filter((p) => !findGroup(p.code)).map((p) => `${p.code} ${p.name}`)].slice(0, 4)
  const hint = near.length ? `did you mean ${near.join(', ')}?` : `expected an ISO code such as DEU, or a group: ${GROUPS.map((g) => g.id).join(', ')}`
  return badInput(`unknown country or group: "${raw}" for ${role} (${hint})`)
}
