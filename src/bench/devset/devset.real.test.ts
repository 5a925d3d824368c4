import { beforeAll, describe, expect, test } from 'vitest'
import { sharedData } from '../../test-support/files.js'
import { buildDevSet, type DevSet } from './build.js'
import { onlyFormDiffers } from './legal-form.js'
import { CLASSES, type ListRecord } from './model.js'
import { pairsCsv } from './pairs-csv.js'
import { parsePerson, partKey } from './person-parts.js'
import { readRecords } from './sources.js'
import { isSwapped, splitLinks } from './swapped-bin.js'
import { differOutright, fold, scriptOf } from './text.js'

// The dev set built from the real files in ../shared/data: every class has both labels, each
// pair is what its class says, and the same files give the same pairs byte for byte.
const data = sharedData('')
const SLOW = 180_000

describe.skipIf(!data.present)('dev set on the real files', () => {
  let records: ListRecord[]
  let set: DevSet
  const byId = new Map<string, ListRecord>()
  const strong = (id: string) => byId.get(id)?.names ?? []
  beforeAll(() => {
    records = readRecords(data.path)
    set = buildDevSet(records)
    for (const r of records) byId.set(r.id, r)
  }, SLOW)

  test('every class has positives and negatives, a few hundred at most each', () => {
    for (const c of CLASSES) {
      const pos = set[c].filter((p) => p.match).length
      const neg = set[c].length - pos
      expect([c, pos > 0, neg > 0, pos <= 300, neg <= 300]).toEqual([c, true, true, true, true])
    }
  })

  test('a positive is one entity, a negative two (or a name made up from one)', () => {
    for (const c of CLASSES)
      for (const p of set[c])
        expect([c, p.name1, p.name2, p.match ? p.id1 === p.id2 : p.id1 !== p.id2]).toEqual([
          c,
          p.name1,
          p.name2,
          true,
        ])
  })

  test('swapped-bin: each negative has a link with the names around it swapped', () => {
    for (const p of set['swapped-bin'].filter((x) => !x.match)) {
      expect(splitLinks(p.name1).links.length).toBeGreaterThan(0)
      expect([p.name1, p.name2, isSwapped(p.name1, p.name2)]).toEqual([p.name1, p.name2, true])
    }
  })

  test('distinctive-word: negatives are two different list organisations, their own names, one word apart', () => {
    for (const p of set['distinctive-word'].filter((x) => !x.match)) {
      expect(p.id1).not.toBe(p.id2)
      expect(strong(p.id1)).toContain(p.name1)
      expect(strong(p.id2)).toContain(p.name2)
      const [a, b] = [fold(p.name1).split(' '), fold(p.name2).split(' ')]
      expect(a.length).toBe(b.length)
      expect(a.filter((w, i) => w !== b[i])).toHaveLength(1)
    }
  })

  test('differing-part: mined negatives are two list people sharing every part but one, which differs outright', () => {
    const mined = set['differing-part'].filter((x) => !x.match && x.how.startsWith('mined'))
    expect(mined.length).toBeGreaterThan(50)
    for (const p of mined) {
      const [a, b] = [parsePerson(p.name1).parts, parsePerson(p.name2).parts]
      expect(a.length).toBe(b.length)
      const differ = a.flatMap((x, i) => (partKey(x.raw) === partKey(b[i].raw) ? [] : [i]))
      expect([
        p.name1,
        p.name2,
        differ.length,
        differOutright(a[differ[0]].raw, b[differ[0]].raw),
      ]).toEqual([p.name1, p.name2, 1, true])
    }
  })

  test('aliases: positives are an OFAC name and one of its strong aliases (alt.csv), never a former name', () => {
    for (const p of set.aliases.filter((x) => x.match)) {
      const r = byId.get(p.id1)!
      expect(r.names[0]).toBe(p.name1)
      expect(r.names).toContain(p.name2)
      expect(r.previous).not.toContain(p.name2)
    }
  })

  test('scripts: original-script names beside Latin names; legal-form mined positives differ only in the form', () => {
    for (const p of set['arabic-script'])
      expect([scriptOf(p.name1), scriptOf(p.name2)]).toEqual(['arabic', 'latin'])
    for (const p of set['cross-script-han-cyrillic'])
      expect(['han', 'cyrillic']).toContain(scriptOf(p.name1))
    for (const p of set['legal-form'].filter((x) => x.how.startsWith('mined') && x.match))
      expect([p.name1, p.name2, onlyFormDiffers(p.name1, p.name2)]).toEqual([
        p.name1,
        p.name2,
        true,
      ])
  })

  test(
    'the same files give the same pairs, byte for byte',
    () => {
      const again = buildDevSet(readRecords(data.path))
      for (const c of CLASSES) expect(pairsCsv(again, c)).toBe(pairsCsv(set, c))
    },
    SLOW
  )
})
