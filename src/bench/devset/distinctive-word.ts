import { BUCKET_SCAN, shareAName } from './differing-part.js'
import { coreWords, isFormWord } from './forms.js'
import { addTo, isOrganisation, type DevPair, type ListRecord } from './model.js'
import { differOutright, wordSet, words } from './text.js'

/**
 * distinctive-word: two organisations whose names differ in one word only, and that word tells
 * them apart (an industry, a number in a series, the field of an institute). Mined from
 * different entities of one list; controls (positives) are one entity's names that differ in one
 * word (not only in the legal form).
 */
const PER_BUCKET = 2
const STOP = wordSet(`
  of and for the de la el al del des du y et in
`)
/** Industry words of firm names: a pair differing in one of these is two trades of one group. */
const INDUSTRY = wordSet(`
  bank trading shipping oil gas petroleum petrochemical chemical steel metal metals mining
  construction engineering electronics electric energy power insurance investment
  investments finance aviation airlines air marine logistics transport textile textiles
  pharmaceutical pharmaceuticals tobacco food foods tourism travel exchange industries
  industrial technology technologies machinery manufacturing development holding holdings
  services import export agriculture agricultural telecom communications tanker tankers
  cement gold diamond diamonds media security defense defence research production
`)
const NUMBER_WORDS =
  /^(\d+(st|nd|rd|th)?|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/

interface OrgName {
  rec: ListRecord
  raw: string
  ws: string[]
}

function orgNames(records: ListRecord[]): OrgName[] {
  const out: OrgName[] = []
  for (const rec of records) {
    if (!isOrganisation(rec) || rec.source === 'ftm') continue
    for (const raw of rec.names) {
      const ws = words(raw)
      if (ws.length >= 2 && ws.length <= 8) out.push({ rec, raw, ws })
    }
  }
  return out
}

/** What kind of word tells the two apart (for the pair's `how`). */
export function wordKind(a: string, b: string, before: string[]): string {
  if (NUMBER_WORDS.test(a) || NUMBER_WORDS.test(b)) return 'number'
  if (INDUSTRY.has(a) || INDUSTRY.has(b)) return 'industry'
  if (before.includes('of')) return 'of-field'
  return 'word'
}

/** Whether the one differing word is a word that can tell two firms apart. */
function distinctive(a: string, b: string): boolean {
  if (STOP.has(a) || STOP.has(b) || isFormWord(a) || isFormWord(b)) return false
  return NUMBER_WORDS.test(a) || NUMBER_WORDS.test(b) ? a !== b : differOutright(a, b)
}

function buckets(names: OrgName[]): Map<string, { n: OrgName; i: number }[]> {
  const out = new Map<string, { n: OrgName; i: number }[]>()
  for (const n of names) {
    n.ws.forEach((_, i) => {
      const key = [n.rec.source, ...n.ws.map((w, j) => (j === i ? '*' : w))].join(' ')
      addTo(out, key, { n, i })
    })
  }
  return out
}

type Visit = (x: { n: OrgName; i: number }, y: { n: OrgName; i: number }) => boolean

function eachPair(names: OrgName[], perBucket: number, visit: Visit): void {
  const all = buckets(names)
  for (const key of [...all.keys()].sort()) {
    const list = all.get(key)!.slice(0, BUCKET_SCAN)
    let taken = 0
    for (let a = 0; a < list.length && taken < perBucket; a++)
      for (let b = a + 1; b < list.length && taken < perBucket; b++)
        if (visit(list[a], list[b])) taken++
  }
}

/** In how many organisations' names each word occurs. */
function wordCounts(names: OrgName[]): Map<string, number> {
  const ids = new Map<string, Set<string>>()
  for (const n of names) for (const w of n.ws) ids.set(w, (ids.get(w) ?? new Set()).add(n.rec.id))
  return new Map([...ids].map(([w, s]) => [w, s.size]))
}

/**
 * Different organisations of one list whose names differ in one distinctive word. A pair whose
 * differing word is a number or the field after "of" is kept; one differing in any other word
 * (an industry too) only when the names share a word at least as rare (VTB Bank Azerbaijan /
 * Georgia), else the differing word is the name itself (Gulf / Tijuana Cartel): an easy pair.
 */
export function mineDistinctiveWords(records: ListRecord[]): DevPair[] {
  const pairs: DevPair[] = []
  const seen = new Set<string>()
  const names = orgNames(records)
  const count = wordCounts(names)
  const df = (w: string) => count.get(w) ?? 0
  eachPair(names, PER_BUCKET, (x, y) => {
    const [a, b] = [x.n.ws[x.i], y.n.ws[y.i]]
    const ids = `${x.n.rec.id}|${y.n.rec.id}`
    if (
      x.n.rec.id === y.n.rec.id ||
      seen.has(ids) ||
      !distinctive(a, b) ||
      shareAName(x.n.rec, y.n.rec)
    )
      return false
    const kind = wordKind(a, b, x.n.ws.slice(0, x.i))
    const shared = x.n.ws.filter((w, j) => j !== x.i && !STOP.has(w) && !isFormWord(w))
    if (
      (kind === 'word' || kind === 'industry') &&
      !shared.some((w) => df(w) <= Math.min(df(a), df(b)))
    )
      return false
    seen.add(ids)
    pairs.push({
      schema: x.n.rec.schema,
      name1: x.n.raw,
      name2: y.n.raw,
      match: false,
      id1: x.n.rec.id,
      id2: y.n.rec.id,
      how: `mined: ${kind} differs (${a} / ${b})`,
    })
    return true
  })
  return pairs
}

/** Most organisations a shared word may name for a control pair to count as one firm's names. */
const RARE = 20

/**
 * One organisation's names that differ in one word other than a legal form, and share a rare word
 * (so the pair is one firm's name told two ways, not two unrelated aliases): the same firm.
 */
export function mineOneWordControls(records: ListRecord[]): DevPair[] {
  const pairs: DevPair[] = []
  const names = orgNames(records)
  const count = wordCounts(names)
  eachPair(names, Infinity, (x, y) => {
    const [a, b] = [x.n.ws[x.i], y.n.ws[y.i]]
    if (
      x.n.rec.id !== y.n.rec.id ||
      isFormWord(a) ||
      isFormWord(b) ||
      coreWords(x.n.raw).join(' ') === coreWords(y.n.raw).join(' ')
    )
      return false
    if (
      !x.n.ws.some(
        (w, j) => j !== x.i && !STOP.has(w) && !isFormWord(w) && (count.get(w) ?? 0) <= RARE
      )
    )
      return false
    pairs.push({
      schema: x.n.rec.schema,
      name1: x.n.raw,
      name2: y.n.raw,
      match: true,
      id1: x.n.rec.id,
      id2: x.n.rec.id,
      how: `mined: one entity's names differ in one word (${a} / ${b})`,
    })
    return true
  })
  return pairs
}
