import type { Token } from '../text/tokens.js'
import type { Alignment } from './align.js'
import type { Conflict } from './differs.js'
import { tokenSimilarity } from './distance.js'
import { isNameWord, type Side } from './name-roles.js'

/**
 * The same words in swapped roles: the son of one name is the father of the other. Reordering
 * is harmless between a given and a family name (Li Wei / Wei Li), never across a link
 * (bin/ibn/ben/ould: the link orders the roles) or between given name and patronymic.
 */
export const ROLES_SWAPPED = 0.6

/**
 * Two names this similar (or of one skeleton) are one name: Pavel / Pavl(ovich), Muhammad /
 * Mohamed. The aligner's looser 0.7 would make Vladislav one with Vyacheslav, Makhmud with
 * Akhmed, Ahmad with Amar.
 */
const SAME_NAME_SIM = 0.85

const sameName = (a: Token, b: Token) =>
  a.skel === b.skel || tokenSimilarity(a.text, b.text) >= SAME_NAME_SIM

/** The first swap of roles between two person name forms (see the rules below), if any. */
export function swappedRoles(al: Alignment, q: Side, c: Side): Conflict | undefined {
  return swappedLinks(al, q, c) ?? swappedPatronymic(q, c) ?? swappedPatronymic(c, q)
}

/**
 * "A bin B" against "B bin A": matched words cross a link (the first, second, ... of each name)
 * both ways, a word before it on one side after it on the other and another the other way round,
 * so the son of one name is the father of the other (also "A1 A2 bin B1 B2" / "B1 B2 bin A1 A2",
 * "A bin B bin C" / "A bin C bin B"). One way only is a lineage shortened (Usama bin Muhammad
 * bin Ladin / Usama bin Ladin). Words that are one name (Mohammed bin Mohammed) cannot swap.
 */
function swappedLinks(al: Alignment, q: Side, c: Side): Conflict | undefined {
  const links = Math.min(q.layout.links.length, c.layout.links.length)
  if (!links) return undefined
  const named = al.pairs.filter((p) => isNameWord(p.q) && isNameWord(p.c))
  for (let k = 0; k < links; k++) {
    const swap = crossing(named, q, c, q.layout.links[k].word, c.layout.links[k].word)
    if (swap) return swap
  }
  return undefined
}

/** Matched words on both sides of the k-th link of each name, crossing it both ways. */
function crossing(pairs: Alignment['pairs'], q: Side, c: Side, lq: number, lc: number) {
  // Before or after the link in each name's natural order ("SURNAME, Given" turned round).
  const side = (s: Side, t: Token, link: number) =>
    Math.sign(s.layout.position[s.f.tokens.indexOf(t)] - s.layout.position[link])
  const at = pairs.map((p) => ({ p, q: side(q, p.q, lq), c: side(c, p.c, lc) }))
  const ups = at.filter((x) => x.q > 0 && x.c < 0)
  const down = at.find((d) => d.q < 0 && d.c > 0 && ups.some((u) => !sameName(d.p.q, u.p.q)))
  const up = down && ups.find((u) => !sameName(down.p.q, u.p.q))
  if (!down || !up) return undefined
  const [link, other] = [q.f.tokens[lq].text, c.f.tokens[lc].text]
  const note = `roles swapped across "${link}": ${down.p.q.text} ${link} ${up.p.q.text} vs ${up.p.c.text} ${other} ${down.p.c.text}`
  return { factor: ROLES_SWAPPED, note }
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
  // An initial stands for any name: M. Maghomedzakirovich is not the son of an M.
  if (given.kind === 'initial' || y.f.tokens[y.layout.given].kind === 'initial') return undefined
  if (!fatherOf(given) || fatherOf(y.f.tokens[y.layout.given])) return undefined
  const note = `roles swapped: given name ${given.text} vs patronymic ${y.f.tokens[y.layout.patronymic].text}`
  return { factor: ROLES_SWAPPED, note }
}
