import { describe, expect, test } from 'vitest'
import { GROUPS, resolveExporters, resolvePartner } from './groups.js'

describe('exporter groups', () => {
  test('groups are data with members and a source', () => {
    expect(GROUPS.map((g) => g.id)).toEqual(['EU27', 'G7', 'coalition', 'CHN+HKG', 'CHN+HKG+MAC'])
    expect(GROUPS.find((g) => g.id === 'EU27')!.members).toHaveLength(27)
    for (const g of GROUPS) expect(g.source.length).toBeGreaterThan(10)
  })
  test('a group, a country and a comma list', () => {
    expect(resolveExporters('eu27')[0]).toMatchObject({ kind: 'group', id: 'EU27', aggregate: 'EU27' })
    expect(resolveExporters('Germany')).toEqual([{ kind: 'country', code: 'DEU', name: 'Germany' }])
    expect(resolveExporters('USA, JPN').map((e) => (e.kind === 'group' ? e.id : e.code))).toEqual(['USA', 'JPN'])
  })
  test('a country in two items is refused: it would count twice', () => {
    expect(() => resolveExporters('EU27,DEU')).toThrow('invalid exporter: "EU27,DEU" (DEU is in both EU27 and DEU: it would count twice)')
  })
  test('an unknown code lists close groups and countries', () => {
    expect(() => resolveExporters('EU72')).toThrow(/unknown country or group: "EU72" for exporter \(did you mean EU27 \(group/)
    expect(() => resolveExporters('Kyrgystan')).toThrow(/did you mean KGZ/)
  })
  test('a partner is a country or a group, by id or alias', () => {
    expect(resolvePartner('China')).toEqual({ code: 'CHN', name: 'China', members: ['CHN'] })
    expect(resolvePartner('China incl. Hong Kong')).toEqual({ code: 'CHN+HKG', name: 'China incl. Hong Kong', members: ['CHN', 'HKG'] })
    expect(resolvePartner('chn+hkg').members).toEqual(['CHN', 'HKG'])
    expect(() => resolvePartner('Chna')).toThrow(/unknown country: "Chna" for partner \(did you mean CHN/)
  })
})
