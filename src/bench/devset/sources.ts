import { loadFtm } from '../../screening/loaders/ftm.js'
import { loadOfacCsv } from '../../screening/loaders/ofac.js'
import { loadUnXml } from '../../screening/loaders/un.js'
import { MATCHABLE, type Entity } from '../../screening/model.js'
import type { ListRecord } from './model.js'

/**
 * The public files the dev set is mined from, under ../shared/data. OFAC ent_nums are stable,
 * so the 2021 set (sdn, add, alt) and the 2024 sdn.csv with the 2025 add and alt merge by number into
 * one record per entity (aliases of both years); the non-SDN list is a source of its own.
 */
export const DEV_FILES = {
  ofac2021: ['ofac-sdn-2021-07/sdn.csv', 'ofac-sdn-2021-07/add.csv', 'ofac-sdn-2021-07/alt.csv'],
  ofac2024: [
    'ofac-sdn-2024-05/sdn_2024-05-03.csv',
    'ofac-add-alt-2025/add.csv',
    'ofac-add-alt-2025/alt.csv',
  ],
  ofacCons: [
    'ofac-consolidated-nonsdn-2025/cons_prim.csv',
    'ofac-consolidated-nonsdn-2025/cons_add.csv',
    'ofac-consolidated-nonsdn-2025/cons_alt.csv',
  ],
  un: ['un-consolidated-xml/UN_consolidated.xml'],
  ftm: [
    'opensanctions-ftm-sample/zala_aero_cluster.ftm.json',
    'opensanctions-ftm-sample/t1_entities.ftm.json',
  ],
}

const values = (e: Entity, ...keys: string[]) => keys.flatMap((k) => e.properties[k] ?? [])

function record(e: Entity, source: ListRecord['source'], id = e.id): ListRecord {
  // FtM has no primary name: the caption is the one the publisher shows first.
  const names = values(e, 'name', 'alias')
  const primary = names.includes(e.caption) ? [e.caption] : []
  return {
    id,
    source,
    schema: e.schema,
    names: [...new Set([...primary, ...names])],
    previous: values(e, 'previousName'),
    weak: values(e, 'weakAlias'),
    countries: values(e, 'nationality', 'citizenship', 'country', 'jurisdiction'),
  }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])]

function mergeOfac(later: ListRecord[], earlier: ListRecord[]): ListRecord[] {
  const byId = new Map(later.map((r) => [r.id, r]))
  for (const r of earlier) {
    const l = byId.get(r.id)
    if (!l) byId.set(r.id, r)
    else
      byId.set(r.id, {
        ...l,
        names: union(l.names, r.names),
        previous: union(l.previous, r.previous),
        weak: union(l.weak, r.weak),
        countries: union(l.countries, r.countries),
      })
  }
  // A name one year called primary may be a former name (f.k.a.) the next: former names are not aliases.
  return [...byId.values()].map((r) => ({
    ...r,
    names: r.names.filter((n, i) => i === 0 || !r.previous.includes(n)),
  }))
}

/** Every matchable list entity of the dev-set files, sorted by id (a fixed order to sample from). */
export function readRecords(dir: string): ListRecord[] {
  const at = (files: string[]) => files.map((f) => `${dir}/${f}`)
  const ofac = (files: string[]) => loadOfacCsv(at(files)).entities.map((e) => record(e, 'ofac'))
  const cons = loadOfacCsv(at(DEV_FILES.ofacCons)).entities.map((e) =>
    record(e, 'ofac-cons', e.id.replace(/^ofac-/, 'ofac-cons-'))
  )
  const un = loadUnXml(at(DEV_FILES.un)).entities.map((e) => record(e, 'un'))
  const ftm = loadFtm(at(DEV_FILES.ftm))
    .entities.filter((e) => MATCHABLE.has(e.schema))
    .map((e) => record(e, 'ftm'))
  const all = [
    ...mergeOfac(ofac(DEV_FILES.ofac2024), ofac(DEV_FILES.ofac2021)),
    ...cons,
    ...un,
    ...ftm,
  ]
  return all
    .filter((r) => MATCHABLE.has(r.schema) && r.names.length)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
