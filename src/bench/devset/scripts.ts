import { shareAName } from './differing-part.js'
import { coreWords, isFormWord } from './forms.js'
import { addTo, type DevPair, type ListRecord } from './model.js'
import anyAscii from 'any-ascii'
import { consonantKey, scriptOf, words, wordSet, type Script } from './text.js'

/**
 * arabic-script and cross-script-han-cyrillic: a name in its original script beside the same
 * entity's Latin name (positives), and beside the Latin name of another entity of the same list
 * that shares a word with the entity's own Latin names (negatives: Saddam Hussein's name in Arabic
 * against his son's). Only within one list: the same person listed by OFAC and the UN would be
 * two ids but one person.
 */
const PARTICLES = wordSet('al el bin ibn ben bint abu abd abdul the of and')

/**
 * The entity's English (Latin) names: a list's Latin name first. FtM records also hold
 * translations into other Latin-script languages (Irish "Cuideachta faoi Dhliteanas Teoranta",
 * Czech "Vjačeslavovič"): there a name counts when it is plain ASCII and shares a word with
 * another such name of the entity.
 */
const latinCache = new WeakMap<ListRecord, string[]>()

export function latinNames(r: ListRecord): string[] {
  let names = latinCache.get(r)
  if (!names) latinCache.set(r, (names = englishNames(r)))
  return names
}

function englishNames(r: ListRecord): string[] {
  const latin = r.names.filter((n) => scriptOf(n) === 'latin')
  const ascii = latin.filter((n) => /^[\x20-\x7e\u201c-\u201e]+$/.test(n))
  if (r.source !== 'ftm' || ascii.length < 2) return ascii.length ? ascii : latin
  const ws = ascii.map((n) => new Set(coreWords(n).filter((w) => w.length >= 3)))
  const supported = ascii.filter((_, i) =>
    ws.some((other, j) => j !== i && [...ws[i]].some((w) => other.has(w)))
  )
  return supported.length ? supported : ascii
}

/**
 * The Latin name an original-script name is paired with: a list's own Latin name (the UN gives
 * NAME_ORIGINAL_SCRIPT beside it); in FtM, where names come unordered, the Latin name closest to
 * the name's any-ascii reading (so Захарова is paired with Zakharova, not with her maiden name).
 */
export function counterpart(rec: ListRecord, name: string): string {
  const latin = latinNames(rec)
  if (rec.source !== 'ftm') return latin[0]
  const ws = new Set(words(anyAscii(name)).map(consonantKey))
  const common = (n: string) => words(n).filter((w) => ws.has(consonantKey(w))).length
  return latin.reduce((best, n) => (common(n) > common(best) ? n : best), latin[0])
}

const telling = (w: string) => w.length >= 3 && !PARTICLES.has(w) && !isFormWord(w)
const latinWords = (r: ListRecord) => new Set(latinNames(r).flatMap(words).filter(telling))

/** Other entities of the list sharing a telling Latin word, most shared words first, then id. */
function neighbours(self: ListRecord, index: Map<string, ListRecord[]>): ListRecord[] {
  const own = latinWords(self)
  const cores = new Set(latinNames(self).map((n) => coreWords(n).join(' ')))
  const shared = new Map<ListRecord, number>()
  for (const w of own)
    for (const r of index.get(w) ?? []) if (r !== self) shared.set(r, (shared.get(r) ?? 0) + 1)
  return [...shared.entries()]
    .filter(
      ([r]) =>
        (r.schema === 'Person') === (self.schema === 'Person') &&
        !shareAName(self, r) &&
        !latinNames(r).some((n) => cores.has(coreWords(n).join(' ')))
    )
    .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
    .map(([r]) => r)
}

function wordIndex(records: ListRecord[]): Map<string, ListRecord[]> {
  const index = new Map<string, ListRecord[]>()
  for (const r of records) for (const w of latinWords(r)) addTo(index, w, r)
  return index
}

/** Pairs for the names in `scripts` of the records of one list (`records`, in id order). */
export function scriptPairs(
  records: ListRecord[],
  scripts: Script[],
  label: string
): { positives: DevPair[]; negatives: DevPair[] } {
  const positives: DevPair[] = []
  const negatives: DevPair[] = []
  const withLatin = records.filter((r) => latinNames(r).length)
  const index = wordIndex(withLatin)
  for (const rec of withLatin) {
    const originals = rec.names.filter((n) => scripts.includes(scriptOf(n))).sort()
    if (!originals.length) continue
    const latin = latinNames(rec)
    const near = neighbours(rec, index)
    originals.forEach((name, i) => {
      const how = `mined: ${label} name and the entity's Latin name`
      positives.push({
        schema: rec.schema,
        name1: name,
        name2: counterpart(rec, name),
        match: true,
        id1: rec.id,
        id2: rec.id,
        how,
      })
      // An organisation's English name is often a translation (Беспилотные системы, Unmanned Systems).
      if (i === 0 && rec.schema !== 'Person' && latin[0] !== counterpart(rec, name))
        positives.push({
          schema: rec.schema,
          name1: name,
          name2: latin[0],
          match: true,
          id1: rec.id,
          id2: rec.id,
          how: `${how} (translated)`,
        })
      if (!near.length) return
      const other = near[i % near.length]
      const otherLatin = latinNames(other)
      negatives.push({
        schema: rec.schema,
        name1: name,
        name2: otherLatin[i % otherLatin.length],
        match: false,
        id1: rec.id,
        id2: other.id,
        how: `mined: ${label} name and another entity's Latin name sharing a word`,
      })
    })
  }
  return { positives, negatives }
}
