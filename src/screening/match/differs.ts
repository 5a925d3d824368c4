import { businessLine } from '../text/business-lines.js'
import { patronymicStem } from '../text/name-parts.js'
import { sameGivenName } from '../text/nicknames.js'
import { numeralValue } from '../text/numerals.js'
import { skeleton } from '../text/phonetic.js'
import type { Token } from '../text/tokens.js'
import { MIN_TOKEN_SIM, type Similarity } from './align.js'
import { tokenSimilarity, weightedDistance } from './distance.js'
import { sameFatherStem } from './given-names.js'

/**
 * Skeletons this far apart (weighted distance, distance.ts) are one consonant apart by a near
 * sound (Omgy / Umqi: amg, amk 0.6): one word romanised another way.
 */
export const SKELETON_GAP = 0.6
/**
 * Letters this similar, with skeletons one consonant apart, are one word spelt another way
 * (Fouzi / Fawzy 0.6, Nazir / Natheer 0.67, Mykola / Nikola 0.67, Mohd / Muhammad 0.66). Two
 * names of one shape differ in more consonants (Ali / Saleh 1.5, Zakharov / Sychugov 2) or in
 * more letters (Yury / Andrei 0.4, Oleg / Fler 0.5). Mohamed / Ahmed (0.67, mhmd / ahmd) falls
 * on the spelling side: a word is only said to differ outright where spelling cannot explain it.
 */
export const NEAR_SPELLING_SIM = 0.6
/** A shorter form this long that starts the longer one is its short form (Alex, Abdul, Moh). */
const MIN_SHORT_FORM = 3
/** A word this long that ends the longer one is part of a compound (Arms / Forearms, Holding / Agroholding). */
const MIN_COMPOUND_PART = 4
/** A number in any writing (text/numerals.ts): two of them differ when their values do. */
export const isNumeral = (t: Token) => t.kind === 'number' || numeralValue(t.text) !== undefined

/**
 * Two numerals of different value. A lone I, V or X counts as one beside another numeral
 * (Investments I / Investments II, which the aligner pairs as an initial).
 */
export function numeralsDiffer(a: Token, b: Token): boolean {
  const va = numeralValue(a.text, numeralValue(b.text) !== undefined)
  const vb = numeralValue(b.text, numeralValue(a.text) !== undefined)
  return va !== undefined && vb !== undefined && va !== vb
}

/**
 * Whether two words left unaligned differ outright, as another name does, rather than by
 * spelling: not an initial, not close in letters (MIN_TOKEN_SIM) nor in consonant skeleton
 * (same skeleton: Mokhammed / Muhammad, Yevgeniy / Evgeni; SKELETON_GAP), not both fairly
 * close in letters and one consonant apart (NEAR_SPELLING_SIM), not a short form, an
 * abbreviation or a part of one another (Alex / Alexander, Mg / Maung, Arms / Forearms). Two patronymics compare by the father's name in them (Ivanovich
 * / Petrovich: ivan / petr), numbers when their values do (Seven / 7 do not), and two common
 * business words differ when their lines do (business-lines.ts). Nicknames (Bill / William)
 * are not known.
 */
export function differsOutright(a: Token, b: Token, similarity: Similarity = plain): boolean {
  if (a.kind === 'initial' || b.kind === 'initial' || a.text === b.text) return false
  const [va, vb] = [numeralValue(a.text), numeralValue(b.text)]
  if (va !== undefined && vb !== undefined) return va !== vb
  if (a.kind === 'number' || b.kind === 'number') return true
  const la = businessLine(a.text)
  const lb = businessLine(b.text)
  if (la && lb) return la !== lb
  const sa = patronymicStem(a.text)
  const sb = patronymicStem(b.text)
  // Patronymics of one father's name (Grigoryevich / Ryhorovich) and one given name in two
  // languages (Volodymyr / Vladimir) are one name however unlike their letters are.
  if (sa && sb) return !sameFatherStem(sa, sb) && !spelledAlike(sa, sb, skeleton(sa), skeleton(sb), tokenSimilarity(sa, sb))
  if (sameGivenName(a.text, b.text)) return false
  return !spelledAlike(a.text, b.text, a.skel, b.skel, similarity(a, b))
}

/**
 * Whether two parts of words differ outright as two names' do (the stems before a common
 * ending: lukash / zakharch), by the tests `differsOutright` reads two words with.
 */
export function stemsDiffer(x: string, y: string): boolean {
  return !spelledAlike(x, y, skeleton(x), skeleton(y), tokenSimilarity(x, y))
}

function spelledAlike(x: string, y: string, sx: string, sy: string, sim: number): boolean {
  if (sim >= MIN_TOKEN_SIM || sx === sy) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  if (short.length >= MIN_SHORT_FORM && long.startsWith(short)) return true
  if (consonantsOf(short, long)) return true
  if (short.length >= MIN_COMPOUND_PART && long.endsWith(short)) return true
  // More than one consonant apart in length is more than one consonant apart.
  if (Math.abs(sx.length - sy.length) > 1) return false
  const gap = weightedDistance(sx, sy)
  return gap <= SKELETON_GAP || (sim >= NEAR_SPELLING_SIM && gap <= 1)
}

/**
 * A word of consonants only that spells the start and some consonants of the other in order:
 * the other abbreviated (Mg / Maung, Md / Muhammad, Mhd / Mohammed).
 */
function consonantsOf(short: string, long: string): boolean {
  if (short.length < 2 || /[aeiouy]/.test(short) || short[0] !== long[0]) return false
  let k = 0
  for (const ch of long) if (ch === short[k]) k++
  return k === short.length
}

const plain: Similarity = (a, b) => tokenSimilarity(a.text, b.text)

/**
 * Whether two groups of unaligned words from one place of two names conflict: both have words
 * and every word of one differs outright from every word of the other. One close pair means the
 * place may hold the same word, badly spelt.
 */
export function groupsDiffer(qs: Token[], cs: Token[], similarity: Similarity = plain): boolean {
  if (!qs.length || !cs.length) return false
  return qs.every((q) => cs.every((c) => differsOutright(q, c, similarity)))
}

/** A rule's finding: what it multiplies the name score by, and the note that says why. */
export interface Conflict {
  factor: number
  note: string
}
