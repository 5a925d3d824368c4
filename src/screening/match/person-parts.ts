import { LINK_WORDS, MARRIED_NAME_MARK } from '../text/name-parts.js'
import type { NameForm } from '../text/names.js'
import type { Token } from '../text/tokens.js'
import type { Alignment, Similarity } from './align.js'
import { differsOutright, groupsDiffer, type Conflict } from './differs.js'
import { isNameWord, nameLayout, surnameWords, type Role, type Side } from './name-roles.js'
import { chineseConflict } from './chinese-names.js'
import { koreanConflict, koreanParts } from './korean-names.js'
import { extraLeadingName } from './leading-name.js'
import { nearNameConflicts, nearPairs } from './near-names.js'
import { places } from './places.js'
import { swappedRoles } from './swapped-roles.js'

/**
 * Rules for person names whose words mostly agree but whose parts say another person: a part
 * that differs outright where the other name has its own (a sibling: Hala / Rana Saddam
 * Hussein), roles swapped (father and son: Ahmed bin Ali / Ali bin Ahmed) and a given name in
 * front of the other name (the child: Uday Saddam Hussein / Saddam Hussein, leading-name.ts). Any
 * other part present on one side only is not one of them: lists add and drop middle names and
 * patronymics freely, and the alignment's unmatched-word penalty already counts it.
 */

/** A given or middle name that differs outright: evidence against (two siblings). */
export const PART_DIFFERS = 0.85
/** A patronymic, father's name or family name that differs outright: strong evidence against. */
export const ROLE_DIFFERS = 0.7

type Category = 'patronymic' | 'father' | 'family' | 'given' | 'part'
const CATEGORY: Record<Role, Category> = {
  patronymic: 'patronymic',
  father: 'father',
  ancestor: 'part',
  family: 'family',
  nisbah: 'family',
  given: 'given',
  part: 'part',
}
/** Most telling first: a conflict is labelled by the first category both sides share. */
const PRECEDENCE: Category[] = ['patronymic', 'father', 'family', 'given', 'part']
const STRONG = new Set<Category>(['patronymic', 'father', 'family'])
const LABEL: Record<Category, string> = {
  patronymic: 'patronymic differs',
  father: "father's name differs",
  family: 'family name differs',
  given: 'given name differs',
  part: 'name part differs',
}

/** Both names as written, for where a comma puts the family name ("SURNAME, Given"). */
export interface RawNames {
  q: string
  c: string
}

/** An unmatched name word: the token, its index in its form, its role. */
interface Word {
  t: Token
  i: number
  role: Role
}

/**
 * What speaks against two person name forms being one person beyond the words left over:
 * words aligned as one name spelt two ways that are two names (near-names.ts: Kurchenko /
 * Fursenko, Maria / Mario); roles swapped across a link or between given name and patronymic;
 * patronymics paired for their ending alone; then unmatched words of both sides that differ
 * outright (differs.ts), not where spelling may explain them (`differingParts`).
 */
export function personConflicts(
  al: Alignment,
  qf: NameForm,
  cf: NameForm,
  raw: RawNames = { q: '', c: '' },
  similarity?: Similarity
): Conflict[] {
  // Korean names: their own parts (korean-names.ts), not the roles of a Western or Arabic name.
  const korean = koreanParts(qf, cf)
  if (korean) return [koreanConflict(korean)].filter((x) => !!x)
  const chinese = chineseConflict(al, qf, cf)
  if (chinese) return [chinese]
  const generation = generationConflict(qf, cf)
  if (generation) return [generation]
  // Words aligned as one name spelt two ways that are two names (near-names.ts).
  const near = nearPairs(al, qf, cf)
  const reading = worthReading(al, qf, cf)
  if (!near.length && !reading) return []
  const q = { f: qf, layout: nameLayout(qf, surnameWords(raw.q)) }
  const c = { f: cf, layout: nameLayout(cf, surnameWords(raw.c)) }
  const found = near.length ? nearNameConflicts(near, q, c) : []
  if (!reading) return found
  const swap = swappedRoles(al, q, c)
  if (swap) found.push(swap)
  const leading = swap ? undefined : extraLeadingName(al, q, c)
  if (leading) found.push(leading)
  const paired = pairedPatronymics(al, q, c)
  if (paired) found.push(paired)
  differingParts(al, q, c, found, similarity)
  return found
}

/**
 * Two generations of one name (Jr / Sr, II / III): a father and his son, two people whatever
 * else agrees. A generation on one side only is a part the other list left out, and costs as
 * little as a missing patronymic (align.ts).
 */
export function generationConflict(qf: NameForm, cf: NameForm): Conflict | undefined {
  const q = qf.tokens.find((t) => t.kind === 'generation')
  const c = q && cf.tokens.find((t) => t.kind === 'generation')
  return c && c.text !== q.text ? { factor: ROLE_DIFFERS, note: `generation differs: ${q.text} vs ${c.text}` } : undefined
}

/**
 * Whether any rule could find something: unmatched name words on both sides, a patronymic, or
 * links on both sides. Reading the roles of the words costs, and many aligned pairs of a
 * screening have none of these.
 */
function worthReading(al: Alignment, qf: NameForm, cf: NameForm): boolean {
  // A name word on one side only may be a given name in front (leading-name.ts).
  if (al.unmatchedQ.some(isNameWord) || al.unmatchedC.some(isNameWord)) return true
  const patronymic = (f: NameForm) => f.tokens.some((t) => t.kind === 'patronymic')
  const linked = (f: NameForm) => f.tokens.some((t) => LINK_WORDS.has(t.text))
  return patronymic(qf) || patronymic(cf) || (linked(qf) && linked(cf))
}

/**
 * Unmatched words of both sides that differ outright: first by role, wherever they stand (a
 * patronymic or father's name against its counterpart), then by place between the matched
 * words (places.ts), labelled by the role both share. A lone patronymic is one that a list
 * omits, not another word in its place; a Spanish married name ("de MEZA") stands in for a
 * second surname.
 */
function differingParts(
  al: Alignment,
  q: Side,
  c: Side,
  found: Conflict[],
  similarity?: Similarity
) {
  let qu = unmatchedWords(al.unmatchedQ, q)
  let cu = unmatchedWords(al.unmatchedC, c)
  if (!qu.length || !cu.length) return
  for (const cat of ['patronymic', 'father'] as const) {
    const qs = qu.filter((w) => w.role === cat)
    const cs = cu.filter((w) => w.role === cat)
    if (!qs.length || !cs.length) continue
    if (groupsDiffer(tokens(qs), tokens(cs), similarity)) found.push(conflict(cat, qs, cs))
    qu = qu.filter((w) => w.role !== cat)
    cu = cu.filter((w) => w.role !== cat)
  }
  qu = qu.filter((w) => w.role !== 'patronymic')
  cu = cu.filter((w) => w.role !== 'patronymic')
  if (!qu.length || !cu.length) return
  const place = places(al, q.f, c.f)
  if (!place) return
  const cSlots = cu.map((w) => place.c(w.i))
  const seen = new Set<number>()
  for (const w of qu) {
    const slot = place.q(w.i)
    if (seen.has(slot)) continue
    seen.add(slot)
    const qs = qu.filter((x) => x === w || place.q(x.i) === slot)
    const cs = cu.filter((_, k) => cSlots[k] === slot)
    if (married(q.f, qs) !== married(c.f, cs)) continue
    if (groupsDiffer(tokens(qs), tokens(cs), similarity))
      found.push(conflict(shared(qs, cs), qs, cs))
  }
}

function unmatchedWords(ts: Token[], s: Side): Word[] {
  const out: Word[] = []
  for (const t of ts) {
    if (!isNameWord(t) || t.kind === 'initial') continue
    const i = s.f.tokens.indexOf(t)
    out.push({ t, i, role: s.layout.roles[i] ?? 'part' })
  }
  return out
}

const married = (f: NameForm, ws: Word[]) =>
  ws.some((w) => w.i > 0 && f.tokens[w.i - 1].text === MARRIED_NAME_MARK)
const tokens = (ws: Word[]) => ws.map((w) => w.t)
const texts = (ws: Word[]) => ws.map((w) => w.t.text).join(' ')

function conflict(cat: Category, qs: Word[], cs: Word[]): Conflict {
  const factor = STRONG.has(cat) ? ROLE_DIFFERS : PART_DIFFERS
  return { factor, note: `${LABEL[cat]}: ${texts(qs)} vs ${texts(cs)}` }
}

/** A differing part's label, by the roles of its word on each side (family name differs). */
export function partLabel(q: Role, c: Role): string {
  return LABEL[CATEGORY[q] === CATEGORY[c] ? CATEGORY[q] : 'part']
}

function shared(qs: Word[], cs: Word[]): Category {
  const q = new Set(qs.map((w) => CATEGORY[w.role]))
  const c = new Set(cs.map((w) => CATEGORY[w.role]))
  return PRECEDENCE.find((k) => q.has(k) && c.has(k)) ?? 'part'
}

/**
 * Patronymics the aligner paired for their shared ending (Yuryevich / Andreevich 0.70,
 * Olegovich / Flerovich 0.78) whose fathers' names differ outright.
 */
function pairedPatronymics(al: Alignment, q: Side, c: Side): Conflict | undefined {
  if (q.layout.patronymic < 0 || c.layout.patronymic < 0) return undefined
  const role = (s: Side, t: Token) => s.layout.roles[s.f.tokens.indexOf(t)]
  const p = al.pairs.find(
    (x) =>
      role(q, x.q) === 'patronymic' && role(c, x.c) === 'patronymic' && differsOutright(x.q, x.c)
  )
  return p && { factor: ROLE_DIFFERS, note: `${LABEL.patronymic}: ${p.q.text} vs ${p.c.text}` }
}
