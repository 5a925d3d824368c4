import { arabicGlossOf, splitArabicPrefix } from '../screening/text/arabic-glosses.js'
import { arabicKey } from '../screening/text/arabic.js'
import { AR_GLOSSES, AR_NAMES } from '../screening/text/glosses-ar.js'
import { alternatives } from '../screening/text/glosses.js'
import { alignArabic, arabicLatinWords } from './gloss-align-arabic.js'
import type { Pair } from './gloss-mine.js'

/**
 * The Arabic-script part of `npm run mine:glosses`: candidates (Arabic word without article or
 * prefix -> Latin word) counted by entity, a one-to-one leftover (`sole`) apart; then each row of
 * glosses-ar.ts with the entities whose names support it, so a reviewer sees which rows rest on
 * one entity (and a dev-set pair fixed by such a row on nothing but itself).
 */
export function reportArabic(pairs: Pair[]): void {
  const found = new Map<
    string,
    { original: string; english: string; ids: Set<string>; sole: number; ex: Pair[] }
  >()
  for (const p of pairs) {
    for (const c of alignArabic(p.original, p.english).candidates) {
      const key = `${c.original}\t${c.english}`
      const f = found.get(key) ?? { ...c, ids: new Set<string>(), sole: 0, ex: [] }
      if (!f.ids.has(p.id)) f.ex.push(p)
      f.ids.add(p.id)
      if (c.sole) f.sole++
      found.set(key, f)
    }
  }
  const rows = [...found.values()].sort(
    (a, b) => b.ids.size - a.ids.size || b.sole - a.sole || a.original.localeCompare(b.original)
  )
  console.log(
    `\narabic candidates (${rows.length}): original -> english | entities | one-to-one pairs | table | examples`
  )
  for (const r of rows) {
    const ex = r.ex
      .slice(0, 2)
      .map((p) => `${p.original} = ${p.english}`)
      .join('; ')
    console.log(
      `${r.original} -> ${r.english} | ${r.ids.size} | ${r.sole} | ${status(r.original, r.english)} | ${ex}`
    )
  }
  console.log(
    '\narabic table rows and the entities whose names support them (an Arabic name holding the word, a Latin name its gloss):'
  )
  const rowsOf = { ...AR_GLOSSES, ...AR_NAMES }
  for (const [arabic, value] of Object.entries(rowsOf)) {
    const ids = supporters(arabic, value, pairs)
    console.log(
      `  ${arabic}: ${value} | ${ids.size} | ${[...ids].sort().join(' ')}${ids.size <= 1 ? ' | one entity or none' : ''}`
    )
  }
}

function status(original: string, english: string): string {
  const g = arabicGlossOf(original)
  if (!g) return 'new'
  return g.english.some((x) => x.split(' ').includes(english)) ? 'in table' : 'new reading'
}

/** Entities with a pair whose Arabic name holds the row's word and whose Latin name holds a gloss of it. */
export function supporters(arabic: string, value: string, pairs: Pair[]): Set<string> {
  const k = arabicKey(arabic)
  const ids = new Set<string>()
  for (const p of pairs) {
    const latin = new Set(arabicLatinWords(p.english))
    const holds = p.original.split(/[\s\-–()]+/u).some((w) => {
      const { stem } = splitArabicPrefix(w)
      return arabicKey(stem) === k || arabicKey(stem) === `${k}ه`
    })
    if (holds && alternatives(value).some((g) => g.split(' ').every((w) => latin.has(w))))
      ids.add(p.id)
  }
  return ids
}
