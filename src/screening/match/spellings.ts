import { WADE_GILES_VIA, wadeGilesChanges } from '../text/names.js'
import { mayBeRespelled, respellings } from '../text/abbreviations.js'
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
  const qwg = qf.via.includes(WADE_GILES_VIA)
  const cwg = cf.via.includes(WADE_GILES_VIA)
  // Called for every candidate: most have nothing to say, and pay for no more than this loop.
  let q = false
  let c = false
  for (const p of al.pairs) {
    q ||= mayBeRespelled(p.q.text)
    c ||= mayBeRespelled(p.c.text)
  }
  if (!qwg && !cwg && !q && !c) return NONE
  const notes: string[] = []
  const changes = [
    ...(qwg ? wadeGilesChanges(qn.raw, org) : []),
    ...(cwg ? wadeGilesChanges(cn.raw, org) : []),
  ]
  if (changes.length) notes.push(`Wade-Giles: ${changes.join(', ')}`)
  // A raw name is read again only when an aligned word may be a respelling it lacks as written.
  const lacks = (raw: string, side: 'q' | 'c') => {
    const lower = raw.toLowerCase()
    return al.pairs.some((p) => mayBeRespelled(p[side].text) && !lower.includes(p[side].text))
  }
  const raws = [q && lacks(qn.raw, 'q') ? qn.raw : '', c && lacks(cn.raw, 'c') ? cn.raw : '']
  const aligned = new Set(al.pairs.flatMap((p) => [p.q.text, p.c.text]))
  const seen = new Set<string>()
  for (const r of raws.filter(Boolean).flatMap(respellings)) {
    if (!aligned.has(r.as) || seen.has(r.note)) continue
    seen.add(r.note)
    notes.push(r.note)
  }
  return notes
}

const NONE: string[] = []
