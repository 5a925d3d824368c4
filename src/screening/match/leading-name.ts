import { ARTICLES, COMPOUND_HEADS } from '../text/name-parts.js'
import type { Token } from '../text/tokens.js'
import type { Alignment } from './align.js'
import type { Conflict } from './differs.js'
import { isNameWord, type Side } from './name-roles.js'

/**
 * One name has a given name of its own in front of the other name's words: the other's given
 * name stands in its second place or later (Saddam Hussein / Uday Saddam Hussein al-Tikriti,
 * Usama bin Laden / Hamza Usama Muhammad bin Laden). In a lineage of names the word after the
 * given name is the father's name, not a middle name: the longer name is the child's. Strong
 * evidence against, as a father's name that differs is.
 */
export const LEADING_NAME = 0.7

/**
 * The given name of one side left unmatched while the other side's given name is matched to a
 * word standing after it (in natural order, "SURNAME, Given" turned round), other than the
 * family name: an extra name in front. Only in a lineage of names (`lineage`): elsewhere a second
 * given name is one a person may go by (RIVERA MARADIAGA, Santos Isidro / Isidro; John Smith /
 * Robert John Smith). Either side may be the longer. An initial in front names nobody else.
 */
export function extraLeadingName(al: Alignment, q: Side, c: Side): Conflict | undefined {
  return leading(al, c, q, true) ?? leading(al, q, c, false)
}

/** `longer` has an unmatched given name before the word `shorter`'s given name is matched to. */
function leading(al: Alignment, longer: Side, shorter: Side, shorterIsQuery: boolean): Conflict | undefined {
  const { given, position, roles } = longer.layout
  if (given < 0 || shorter.layout.given < 0) return undefined
  const extra = longer.f.tokens[given]
  const unmatched = shorterIsQuery ? al.unmatchedC : al.unmatchedQ
  if (extra.kind === 'initial' || !isNameWord(extra) || !unmatched.includes(extra)) return undefined
  const own = shorter.f.tokens[shorter.layout.given]
  const pair = al.pairs.find((p) => (shorterIsQuery ? p.q : p.c) === own)
  // A name given twice (Hamid Hamad Hamid, named after his grandfather): the first may be his.
  if (!pair || extra.text === own.text || extra.skel === own.skel) return undefined
  const matched = shorterIsQuery ? pair.c : pair.q
  const at = longer.f.tokens.indexOf(matched)
  if (position[at] <= position[given] || roles[at] === 'family') return undefined
  if (!lineage(al, longer, shorter, shorterIsQuery)) return undefined
  return { factor: LEADING_NAME, note: `another given name in front: ${extra.text} ${matched.text} vs ${own.text}` }
}

/**
 * Whether the names read as a lineage (given name, father's, grandfather's, ...): one has a link
 * (bin, ibn, ould) or a nisbah (al-Tikriti), or the shorter name's family name is not the longer
 * one's (Saddam Hussein inside Uday Saddam Hussein: Hussein is the grandfather's name there).
 */
function lineage(al: Alignment, longer: Side, shorter: Side, shorterIsQuery: boolean): boolean {
  for (const s of [longer, shorter]) if (s.layout.links.length || hasNisbah(s.f.tokens)) return true
  const family = shorter.layout.roles.indexOf('family')
  // The end of a compound (Bashir ud-Din, Inam ul-Haq) is no family name to place.
  if (family < 1 || shorter.f.tokens[family - 1].kind === 'particle' || COMPOUND_ARTICLES.has(shorter.f.tokens[family - 1].text)) return false
  const own = shorter.f.tokens[family]
  const pair = al.pairs.find((p) => (shorterIsQuery ? p.q : p.c) === own)
  return !pair || longer.layout.roles[longer.f.tokens.indexOf(shorterIsQuery ? pair.c : pair.q)] !== 'family'
}

/** The article as Latin spellings write it inside a compound (ud-Din, ul-Haq, ar-Rahman). */
const COMPOUND_ARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ur', 'us', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'od'])

/** An article before a name word, not closing a compound (al-Tikriti, not Abd al-Rahman). */
function hasNisbah(t: Token[]): boolean {
  for (let i = 0; i + 1 < t.length; i++)
    if (ARTICLES.has(t[i].text) && isNameWord(t[i + 1]) && !(i > 0 && COMPOUND_HEADS.has(t[i - 1].text))) return true
  return false
}
