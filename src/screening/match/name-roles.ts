import { ARTICLES, COMPOUND_HEADS, LINK_WORDS, patronymicStem } from '../text/name-parts.js'
import type { NameForm } from '../text/names.js'
import { skeleton } from '../text/phonetic.js'
import { splitWords, type Token } from '../text/tokens.js'
import { TITLES } from '../text/words.js'

/**
 * What part of a person name a word is, as far as its place and its neighbours tell:
 * - `patronymic`: a Russian-style patronymic (token kind) outside the family name;
 * - `father`: the word after a "bin/ibn/ben/ould" that follows a name (Ahmed bin ALI);
 * - `ancestor`: the word after a further link (grandfather, ...), unless it is the family name;
 * - `family`: the words before the comma of "SURNAME, Given"; else the first word of a
 *   Russian-ordered name (Ivanov Ivan Ivanovich), else the last word;
 * - `nisbah`: the word after an article al-/el- (AL-HARBI), unless it closes a compound
 *   (Abd al-Rahman, Abu al-Hasan);
 * - `given`: the first word after the family name of "SURNAME, Given", the second of a
 *   Russian-ordered name, else the first;
 * - `part`: anything else (middle names, names of a lineage written without links).
 */
export type Role = 'patronymic' | 'father' | 'ancestor' | 'family' | 'nisbah' | 'given' | 'part'

export interface NameLayout {
  /** Role by token index; undefined for particles and link words. */
  roles: (Role | undefined)[]
  /** Every "A bin B" of the name, as token indices, in the name's natural order. */
  links: Link[]
  /** Place of each token in the name's natural order ("SURNAME, Given" turned round). */
  position: number[]
  /** Index of the given name and of the first patronymic, -1 when none. */
  given: number
  patronymic: number
  /** The father's name inside that patronymic and its skeleton ('' when none). */
  fatherName: string
  fatherSkeleton: string
}

/** "son bin father": the token indices of the son, the link word and the father. */
export interface Link {
  son: number
  word: number
  father: number
}

/** A name form with the roles of its words read: one side of a comparison. */
export interface Side {
  f: NameForm
  layout: NameLayout
}

/** A word that names someone: not a particle, a link word or the head of a compound (Abdel). */
export const isNameWord = (t: Token) =>
  t.kind !== 'particle' && !LINK_WORDS.has(t.text) && !COMPOUND_HEADS.has(t.text)

/**
 * How many words stand before the comma of a name written "SURNAME, Given" (0 without one):
 * the family name, as lists write it. Titles are not words of the form (names.ts drops them).
 */
export function surnameWords(raw: string): number {
  const comma = raw.indexOf(',')
  if (comma < 0) return 0
  return splitWords(raw.slice(0, comma).toLowerCase()).filter((w) => !TITLES.has(w)).length
}

/**
 * Layouts read, by form: a query's forms meet every candidate, a candidate's every query form.
 * Weak keys: a layout lives as long as its form, so nothing grows with queries.
 */
const read = new WeakMap<NameForm, NameLayout & { surnames: number }>()

/** Reads the roles of the words of a person name form; `surnames` from `surnameWords`. */
export function nameLayout(f: NameForm, surnames = 0): NameLayout {
  const known = read.get(f)
  if (known?.surnames === surnames) return known
  const layout = { ...readLayout(f, surnames), surnames }
  read.set(f, layout)
  return layout
}

function readLayout(f: NameForm, surnames: number): NameLayout {
  const t = f.tokens
  const words = t.map((_, i) => i).filter((i) => isNameWord(t[i]))
  const roles: (Role | undefined)[] = t.map(() => undefined)
  // "SURNAME, Given" read in its natural order, Given SURNAME, for the lineage and its order.
  const n = t.length
  const natural = t.map((_, k) => (k + surnames) % n)
  const position: number[] = []
  natural.forEach((i, k) => (position[i] = k))
  const { links, depth } = lineage(natural.map((i) => t[i]))
  const family = new Set<number>()
  let given: number | undefined
  const last = words[words.length - 1]
  if (surnames > 0) {
    for (const i of words) if (i < surnames) family.add(i)
    given = words.find((i) => i >= surnames)
  } else if (
    words.length > 2 &&
    t[last].kind === 'patronymic' &&
    t[words[words.length - 2]].kind !== 'patronymic'
  ) {
    family.add(words[0])
    given = words[1]
  } else if (words.length > 1) {
    family.add(last)
    given = words[0]
  }
  for (const i of words)
    roles[i] = roleOf(t, i, depth.get(position[i]) ?? 0, family.has(i), i === given)
  const patronymic = roles.indexOf('patronymic')
  const fatherName = patronymic < 0 ? '' : patronymicStem(t[patronymic].text)
  return {
    roles,
    links: links.map(({ son, word, father }) => ({
      son: natural[son],
      word: natural[word],
      father: natural[father],
    })),
    position,
    given: roles.indexOf('given'),
    patronymic,
    fatherName,
    fatherSkeleton: fatherName ? skeleton(fatherName) : '',
  }
}

function roleOf(t: Token[], i: number, depth: number, family: boolean, given: boolean): Role {
  if (t[i].kind === 'patronymic' && !family) return 'patronymic'
  if (depth === 1) return 'father'
  if (family) return 'family'
  if (depth > 1) return 'ancestor'
  if (i > 0 && ARTICLES.has(t[i - 1].text) && !(i > 1 && COMPOUND_HEADS.has(t[i - 2].text)))
    return 'nisbah'
  return given ? 'given' : 'part'
}

/**
 * The links of a name in its natural order: for each link word with a name word right before
 * it, that word is the son and the next name word after it the father. Depth counts
 * generations along a chain (Usama bin Muhammad bin Awad: 0, 1, 2). A link with nothing before
 * it ("Bin Ladin" alone) starts a family name, not a lineage.
 */
function lineage(t: Token[]) {
  const links: Link[] = []
  const depth = new Map<number, number>()
  for (let i = 1; i < t.length; i++) {
    if (!LINK_WORDS.has(t[i].text) || !isNameWord(t[i - 1])) continue
    let j = i + 1
    while (j < t.length && !isNameWord(t[j])) j++
    if (j >= t.length) continue
    links.push({ son: i - 1, word: i, father: j })
    depth.set(j, (depth.get(i - 1) ?? 0) + 1)
  }
  return { links, depth }
}
