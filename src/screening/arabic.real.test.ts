import { describe, expect, test } from 'vitest'
import { sharedData } from '../test-support/files.js'
import { buildIndex } from './index/candidates.js'
import { loadUnXml } from './loaders/un.js'
import { DEFAULT_THRESHOLD, scoreMatch } from './match/algorithm.js'
import { analyseEntity, analyseQuery } from './match/analyse.js'
import type { Entity } from './model.js'
import { screenIndex } from './screen.js'

// The UN list gives many entries' names in Arabic script too (NAME_ORIGINAL_SCRIPT, some aliases):
// each is screened against the same entry's Latin names, and against the whole list with every
// Arabic-script name taken out (so only a reading can find it).
const un = sharedData('un-consolidated-xml/UN_consolidated.xml')
const ARABIC = /\p{Script=Arabic}/u
const LATIN = /\p{Script=Latin}/u
const NAMES = ['name', 'alias', 'previousName']

function latinOnly(e: Entity): Entity {
  const props = Object.fromEntries(NAMES.map((p) => [p, (e.properties[p] ?? []).filter((n) => !ARABIC.test(n))]))
  return { ...e, properties: { ...e.properties, ...props } }
}

describe.skipIf(!un.present)('Arabic-script names of the UN list', () => {
  const entities = un.present ? loadUnXml([un.path]).entities : []
  const pairs: { e: Entity; arabic: string }[] = []
  for (const e of entities) {
    const names = NAMES.flatMap((p) => e.properties[p] ?? [])
    if (!names.some((n) => LATIN.test(n) && !ARABIC.test(n))) continue
    for (const n of names) if (ARABIC.test(n) && !LATIN.test(n)) pairs.push({ e, arabic: n })
  }
  const share = (n: number) => n / pairs.length

  test('there are about 370 of them (names wholly in Arabic script beside a Latin name)', () => {
    // 374 since an alias with other spellings in a bracket ("حسن غول (Hassan Ghul; Hassan Gul)")
    // is read as its names (loaders/un.ts bracketedNames): four Arabic names came free of theirs.
    expect(pairs.length).toBe(374)
  })

  // Before Arabic script was read (any-ascii's "sdm hsyn ltkryty"): 0 of 370 at the threshold.
  test('nine in ten score at least the threshold against their own entry', () => {
    const ok = pairs.filter(({ e, arabic }) => {
      const q = analyseQuery({ name: arabic, schema: e.schema })
      return scoreMatch(q, analyseEntity(latinOnly(e)), {}).score >= DEFAULT_THRESHOLD
    }).length
    console.log(`Arabic-script UN names >= ${DEFAULT_THRESHOLD} against their entry's Latin names: ${ok} of ${pairs.length}`)
    expect(share(ok)).toBeGreaterThanOrEqual(0.88)
  })

  test('screened against the list, the top hit is the entry itself, rarely another one', () => {
    const index = buildIndex(entities.map((e) => ({ entity: latinOnly(e), version: 'un' })))
    let own = 0
    let other = 0
    for (const { e, arabic } of pairs) {
      const [top] = screenIndex(index, new Map(), { name: arabic, schema: e.schema }, { limit: 1 }).hits
      if (top?.match && top.entity.id === e.id) own++
      else if (top?.match) other++
    }
    console.log(`top hit the entry itself: ${own} of ${pairs.length}; another entry at >= ${DEFAULT_THRESHOLD}: ${other}`)
    expect(share(own)).toBeGreaterThanOrEqual(0.86)
    expect(share(other)).toBeLessThanOrEqual(0.02)
  })
})
