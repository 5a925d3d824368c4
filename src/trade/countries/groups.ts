import { badInput } from '../../errors.js'
import data from './groups.json' with { type: 'json' }
import { normaliseName } from './countries.js'
import { closeCountries, editDistance, findCountry, resolveCountry } from './resolve.js'

/** A group of countries defined as data (groups.json): its members, and its own aggregate code if sources use one. */
export interface Group {
  id: string
  name: string
  aggregate: string | null
  members: string[]
  /** Names a text uses for the group ("China and Hong Kong"). */
  aliases: string[]
  source: string
}

export const GROUPS: Group[] = (data as { groups: Group[] }).groups

/** One exporter of a figure: a country (one reporter code) or a group of them. */
export type Exporter = { kind: 'country'; code: string; name: string } | ({ kind: 'group' } & Group)

/** A group by its id or one of its aliases, in any case ("eu27", "China incl. Hong Kong"). */
export function findGroup(raw: string): Group | undefined {
  const v = raw.trim().toLowerCase()
  const name = normaliseName(raw)
  return GROUPS.find((g) => g.id.toLowerCase() === v) ?? GROUPS.find((g) => g.aliases.some((a) => normaliseName(a) === name))
}

/** The partner of a share: one country, or a group whose members' rows are summed into one. */
export interface PartnerSet {
  code: string
  name: string
  members: string[]
}

/** `--partner` as typed: a country (RUS, "China") or a group (CHN+HKG, EU27); else an error with close matches. */
export function resolvePartner(raw: string, role = 'partner'): PartnerSet {
  const group = findGroup(raw)
  if (group) return { code: group.id, name: group.name, members: group.members }
  const place = resolveCountry(raw, role)
  return { code: place.code, name: place.name, members: [place.code] }
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
