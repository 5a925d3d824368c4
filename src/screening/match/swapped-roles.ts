import type { Token } from '../text/tokens.js'
import { MIN_TOKEN_SIM, type Alignment } from './align.js'
import type { Conflict } from './differs.js'
import { tokenSimilarity } from './distance.js'
import type { Side } from './name-roles.js'

/**
 * The same words in swapped roles: the son of one name is the father of the other. Reordering
 * is harmless between a given and a family name (Li Wei / Wei Li), never across a link
 * (bin/ibn/ben/ould: the link orders the roles) or between given name and patronymic.
 */
export const ROLES_SWAPPED = 0.6

/**
 * A given name and a father's name this similar (or of one skeleton) are one name: Pavel /
 * Pavl(ovich). The aligner's looser 0.7 would make Vladislav one with Vyacheslav, Makhmud with
 * Akhmed.
 */
const SAME_NAME_SIM = 0.85

/** The first swap of roles between two person name forms (see the rules below), if any. */
export function swappedRoles(al: Alignment, q: Side, c: Side): Conflict | undefined {
  return swappedLinks(al, q, c) ?? swappedPatronymic(q, c) ?? swappedPatronymic(c, q)
}

/**
 * "A bin B" against "B bin A": both words matched, but the son of one name is the father of the
 * other. Words that are one name (Mohammed bin Mohammed) cannot swap.
 */
function swappedLinks(al: Alignment, q: Side, c: Side): Conflict | undefined {
  if (!q.layout.links.length || !c.layout.links.length) return undefined
  const partner = new Map(al.pairs.map((p) => [q.f.tokens.indexOf(p.q), c.f.tokens.indexOf(p.c)]))
  for (const [k, [son, father]] of q.layout.links.entries()) {
    const s = partner.get(son)
    const f = partner.get(father)
    if (s === undefined || f === undefined) continue
    const back = c.layout.links.findIndex(([cs, cf]) => cs === f && cf === s)
    const [a, b] = [q.f.tokens[son], q.f.tokens[father]]
    if (back < 0 || tokenSimilarity(a.text, b.text) >= MIN_TOKEN_SIM) continue
    const link = q.layout.linkWords[k]
    const other = `${c.f.tokens[f].text} ${c.layout.linkWords[back]} ${c.f.tokens[s].text}`
    return {
      factor: ROLES_SWAPPED,
      note: `roles swapped across "${link}": ${a.text} ${link} ${b.text} vs ${other}`,
    }
  }
  return undefined
}

/**
 * The given name of `x` is the father's name inside the patronymic of `y`, and `y` is not named
 * after his father (Ivan Petrovich / Petr Ivanovich; Ivan / Petr Ivanovich): father and son, or
 * brothers named the other way round. Aligned or not: the aligner pairs Aleksandr with
 * Aleksandrovich (0.71) when nothing closer is left.
 */
function swappedPatronymic(x: Side, y: Side): Conflict | undefined {
  const { fatherName, fatherSkeleton } = y.layout
  if (x.layout.given < 0 || y.layout.given < 0 || !fatherName) return undefined
  const fatherOf = (t: Token) =>
    t.skel === fatherSkeleton || tokenSimilarity(t.text, fatherName) >= SAME_NAME_SIM
  const given = x.f.tokens[x.layout.given]
  if (!fatherOf(given) || fatherOf(y.f.tokens[y.layout.given])) return undefined
  const note = `roles swapped: given name ${given.text} vs patronymic ${y.f.tokens[y.layout.patronymic].text}`
  return { factor: ROLES_SWAPPED, note }
}
