/**
 * The list entity, in FollowTheMoney shape (DESIGN.md data model): the same JSON a yente
 * client expects, so the HTTP API can hand it out unchanged.
 */
export type Props = Record<string, string[]>

export interface Entity {
  id: string
  schema: string
  caption: string
  properties: Props
  /** Source lists the entity comes from, e.g. `us_ofac_sdn`. */
  datasets: string[]
  /** First listing date (YYYY-MM-DD) when the list says so. */
  listed?: string
}

/** Schemas the matcher screens against; relations (Ownership, ...) are kept but not screened. */
export const MATCHABLE = new Set(['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel', 'Airplane'])

/** Properties whose values are names a query may match in full. */
export const NAME_PROPS = ['name', 'alias', 'previousName'] as const

/** Properties holding identifiers (registry numbers, tax ids, IMO, passports, ...). */
export const ID_PROPS = [
  'idNumber', 'innCode', 'ogrnCode', 'taxNumber', 'registrationNumber', 'passportNumber', 'imoNumber',
  'leiCode', 'swiftBic', 'vatCode', 'okpoCode', 'kppCode', 'uniqueEntityId', 'callSign', 'mmsi',
  'serialNumber', 'socialSecurityNumber',
] as const

/**
 * The programmes a record is listed under, as its list gives them: programme names or codes
 * (`program`: OFAC's RUSSIA-EO14024) and programme ids (`programId`: OpenSanctions' US-RUSHAR,
 * the only kind its files give). Every answer reads them here: one that read `program` alone
 * showed an OpenSanctions record's eleven programmes as none.
 */
export function programsOf(e: Entity): string[] {
  const names = e.properties.program ?? []
  const ids = e.properties.programId ?? []
  return ids.length ? [...new Set([...names, ...ids])] : names
}

/** Builds an entity, dropping empty values and duplicates. */
export function makeEntity(id: string, schema: string, dataset: string, props: Props, listed?: string): Entity {
  const properties: Props = {}
  for (const [k, vs] of Object.entries(props)) {
    const clean = [...new Set(vs.map((v) => v.trim()).filter((v) => v.length > 0))]
    if (clean.length) properties[k] = clean
  }
  const caption = properties.name?.[0] ?? id
  return { id, schema, caption, properties, datasets: [dataset], ...(listed ? { listed } : {}) }
}

/** Appends values to a property list (mutates: loaders build entities incrementally). */
export function addProp(props: Props, key: string, ...values: (string | undefined | null)[]): void {
  for (const v of values) {
    if (v == null) continue
    const t = v.trim()
    if (!t) continue
    const list = (props[key] ??= [])
    if (!list.includes(t)) list.push(t)
  }
}

export function prop(e: Entity, key: string): string[] {
  return e.properties[key] ?? []
}
