import { isOrganisation, isPerson, type DevPair, type ListRecord } from './model.js'
import { rng } from './sample.js'
import { fold, scriptOf, words } from './text.js'
import {
  abbreviation,
  initial,
  middleLeftOut,
  numberWords,
  pinyinSpacing,
  shortForm,
  wadeGilesNames,
  type Variant,
} from './variants.js'

/**
 * name-variants: a real list name beside itself rewritten one way (positives), and the first name
 * of a near-miss negative pair rewritten the same way (negatives: the rewrite must not make two
 * parties one). Chinese parties (by the list's country) also get the pinyin rewrites, on words
 * no non-Chinese party uses (so "China", "Marine", "Mining" are never read as pinyin).
 */
const CHINESE = /china|hong kong|taiwan|macau/i
/** Where a given name is often two parts ("CHOE, Song Nam"): no initials, no part left out. */
const EAST_ASIAN = /china|hong kong|taiwan|macau|korea|vietnam|burma|myanmar|japan/i
const PERSON: [string, Variant][] = [
  ['short form', shortForm],
  ['initial', initial],
  ['middle name left out', middleLeftOut],
]
const ORGANISATION: [string, Variant][] = [
  ['abbreviation', abbreviation],
  ['number as words/digits', numberWords],
]
const PINYIN: [string, Variant][] = [
  ['pinyin spaced/joined', pinyinSpacing],
  ['wade-giles', wadeGilesNames],
]

const isChinese = (r: ListRecord) => r.countries.some((c) => CHINESE.test(c))
const isEastAsian = (r: ListRecord) => r.countries.some((c) => EAST_ASIAN.test(c))

type Rewrites = (rec: ListRecord) => { how: string; variant: Variant; protect: Set<string> }[]

/** The rewrites that apply to each record, with the words each must leave alone. */
function rewrites(records: ListRecord[]): Rewrites {
  const none = new Set<string>()
  const international = new Set(
    records.filter((r) => !isChinese(r)).flatMap((r) => r.names.flatMap(words))
  )
  return (rec) => {
    const own = isPerson(rec)
      ? isEastAsian(rec)
        ? PERSON.slice(0, 1)
        : PERSON
      : isOrganisation(rec)
        ? ORGANISATION
        : []
    return [
      ...own.map(([how, variant]) => ({ how, variant, protect: none })),
      ...(isChinese(rec)
        ? PINYIN.map(([how, variant]) => ({ how, variant, protect: international }))
        : []),
    ]
  }
}

/** Every list party's first name with each rewrite that applies; `how` names the rewrite. */
export function generateVariants(records: ListRecord[], seed: string): DevPair[] {
  const pairs: DevPair[] = []
  const applicable = rewrites(records)
  for (const rec of records) {
    const name = rec.names[0]
    if (rec.source === 'ftm' || scriptOf(name) !== 'latin') continue
    for (const { how, variant, protect } of applicable(rec)) {
      const v = variant(name, { protect, r: rng(`${seed}:${rec.id}:${how}`) })
      if (v && fold(v) !== fold(name))
        pairs.push({
          schema: rec.schema,
          name1: name,
          name2: v,
          match: true,
          id1: rec.id,
          id2: rec.id,
          how: `generated: ${how}`,
        })
    }
  }
  return pairs
}

/** Near-miss negatives with their first name rewritten, leaving the words that differ alone. */
export function variantNegatives(
  nearMisses: DevPair[],
  records: ListRecord[],
  seed: string
): DevPair[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const applicable = rewrites(records)
  const out: DevPair[] = []
  for (const p of nearMisses) {
    const rec = byId.get(p.id1)
    if (!rec) continue
    const [a, b] = [new Set(words(p.name1)), new Set(words(p.name2))]
    const differing = [...a, ...b].filter((w) => !a.has(w) || !b.has(w))
    const r = rng(`${seed}:${p.id1}|${p.id2}`)
    const options = applicable(rec)
    for (let k = 0, start = Math.floor(r() * options.length); k < options.length; k++) {
      const { how, variant, protect } = options[(start + k) % options.length]
      const v = variant(p.name1, { protect: new Set([...protect, ...differing]), r })
      if (v && fold(v) !== fold(p.name1)) {
        out.push({ ...p, name1: v, how: `${p.how}; first name rewritten: ${how}` })
        break
      }
    }
  }
  return out
}
