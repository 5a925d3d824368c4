import { shareAName } from './differing-part.js'
import { isFormWord } from './forms.js'
import { addTo, type DevPair, type ListRecord } from './model.js'
import { pick, rng } from './sample.js'
import { fold, words } from './text.js'

/**
 * aliases: an OFAC entity's name and one of its strong aliases (a.k.a./n.k.a. of alt.csv; former
 * names and the weak aliases of the remarks left out) as positives; the names of two OFAC
 * entities that share a rare word (in 2 to MAX_SHARING entities' names) as negatives.
 */
const MAX_SHARING = 5
const OFAC = new Set(['ofac', 'ofac-cons'])

/** Each OFAC entity's name with one of its aliases, chosen by the seed. */
export function aliasPositives(records: ListRecord[], seed: string): DevPair[] {
  const out: DevPair[] = []
  for (const rec of records) {
    if (!OFAC.has(rec.source)) continue
    const aliases = rec.names.slice(1).filter((a) => fold(a) !== fold(rec.names[0]))
    if (!aliases.length) continue
    const alias = pick(aliases, rng(`${seed}:${rec.id}`)())
    out.push({
      schema: rec.schema,
      name1: rec.names[0],
      name2: alias,
      match: true,
      id1: rec.id,
      id2: rec.id,
      how: 'mined: OFAC name and its a.k.a.',
    })
  }
  return out
}

/** Two entities of one OFAC list, of one schema, whose names share a rare word. */
export function sharedWordNegatives(records: ListRecord[]): DevPair[] {
  const holders = new Map<string, ListRecord[]>()
  for (const rec of records) {
    if (!OFAC.has(rec.source)) continue
    for (const w of new Set(words(rec.names[0]))) {
      if (w.length < 4 || isFormWord(w) || /\d/.test(w)) continue
      addTo(holders, `${rec.source} ${w}`, rec)
    }
  }
  const out: DevPair[] = []
  for (const key of [...holders.keys()].sort()) {
    const list = holders.get(key)!
    if (list.length < 2 || list.length > MAX_SHARING) continue
    const [a, b] = [list[0], list.find((r) => r.schema === list[0].schema && r !== list[0])]
    if (!b || shareAName(a, b)) continue
    out.push({
      schema: a.schema,
      name1: a.names[0],
      name2: b.names[0],
      match: false,
      id1: a.id,
      id2: b.id,
      how: `mined: two entities sharing the word "${key.split(' ')[1]}"`,
    })
  }
  return out
}
