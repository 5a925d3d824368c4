import { WADE_GILES_VIA, wadeGilesChanges } from '../text/names.js'
import { mayBeRespelled, respellings } from '../text/org-words.js'
import type { Alignment } from './align.js'
import type { AnalysedName } from './analyse.js'
import type { NameForm } from '../text/names.js'

interface Compared {
  al: Alignment
  qn: AnalysedName
  cn: AnalysedName
  qf: NameForm
  cf: NameForm
}

/**
 * What the explanation of a name match says about spellings read as one: Wade-Giles syllables
 * and postal place names in pinyin ("Wade-Giles: hsiao-p'ing = xiaoping"), abbreviations and
 * numbers of organisation names ("abbreviation: intl = international"), where the words they
 * became are among the aligned ones.
 */
export function spellingNotes({ al, qn, cn, qf, cf }: Compared, org: boolean): string[] {
  const notes: string[] = []
  const wg = [
    qf.via.includes(WADE_GILES_VIA) ? qn.raw : '',
    cf.via.includes(WADE_GILES_VIA) ? cn.raw : '',
  ]
  const changes = wg.filter(Boolean).flatMap((raw) => wadeGilesChanges(raw, org))
  if (changes.length) notes.push(`Wade-Giles: ${changes.join(', ')}`)
  // Re-reading the raw names costs: only when an aligned word may be a respelling.
  if (!al.pairs.some((p) => mayBeRespelled(p.c.text))) return notes
  const aligned = new Set(al.pairs.flatMap((p) => [p.q.text, p.c.text]))
  const seen = new Set<string>()
  for (const r of [...respellings(qn.raw), ...respellings(cn.raw)]) {
    if (!aligned.has(r.as) || seen.has(r.note)) continue
    seen.add(r.note)
    notes.push(r.note)
  }
  return notes
}
