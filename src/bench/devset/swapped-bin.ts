import { isPerson, type DevPair, type ListRecord } from './model.js'
import { groupParts, LINKS, naturalOrder } from './person-parts.js'
import { differOutright, fold, words } from './text.js'

/**
 * swapped-bin: "A bin B" (A, child of B) and "B bin A" (B, child of A) are father and son, not one
 * person. Negatives are real names with the two names around their first such link swapped;
 * controls (positives) are the same names with the link spelled another way (bin/ibn, ben/bin)
 * or left out, as lists write one person's name.
 */
export interface Linked {
  /** Names between the links, each a list of words. */
  segments: string[][]
  links: string[]
}

/** A name split at its link words (bin, ibn, ben, bint, ould, ...), in reading order. */
export function splitLinks(name: string): Linked {
  const segments: string[][] = [[]]
  const links: string[] = []
  for (const w of name.split(/\s+/).filter(Boolean)) {
    if (LINKS.has(fold(w)) && segments[segments.length - 1].length) {
      links.push(w)
      segments.push([])
    } else segments[segments.length - 1].push(w)
  }
  // A link at the very end links to nothing: it is a word of the last name ("Yoro Ould").
  if (!segments[segments.length - 1].length && links.length) {
    segments.pop()
    segments[segments.length - 1].push(links.pop()!)
  }
  return { segments, links }
}

export function joinLinks({ segments, links }: Linked): string {
  return segments.map((s, i) => (i < links.length ? [...s, links[i]] : s).join(' ')).join(' ')
}

/**
 * The name with the two names around its first link swapped, or null when they are one name. An
 * Arabic family name (al-X) ending the name stays at the end: "Faysal bin Ali AL ZAHRANI" ->
 * "Ali bin Faysal AL ZAHRANI".
 */
export function swapAtFirstLink(name: string): string | null {
  const l = splitLinks(name)
  if (!l.links.length) return null
  const a = l.segments[0]
  let b = l.segments[1]
  let tail: string[] = []
  if (l.segments.length === 2) {
    const parts = groupParts(b.join(' '))
    if (parts.length >= 2 && /^(al|el)\b/.test(fold(parts[parts.length - 1]))) {
      tail = parts[parts.length - 1].split(' ')
      b = b.slice(0, b.length - tail.length)
    }
  }
  if (a.length > 3 || b.length > 3 || !differOutright(a.join(' '), b.join(' '))) return null
  const swapped = joinLinks({ ...l, segments: [b, a, ...l.segments.slice(2)] })
  return tail.length ? `${swapped} ${tail.join(' ')}` : swapped
}

const sorted = (s: string) => words(s).sort().join(' ')

/**
 * Whether `b` is `a` with the names around a's first link swapped: the same words and links,
 * b's father (its second name) is a's first name, and b's first name opens a's second.
 */
export function isSwapped(a: string, b: string): boolean {
  const [x, y] = [splitLinks(a), splitLinks(b)]
  if (
    !x.links.length ||
    sorted(a) !== sorted(b) ||
    fold(x.links.join(' ')) !== fold(y.links.join(' '))
  )
    return false
  const text = (ws: string[]) => fold(ws.join(' '))
  const [x0, x1, y0, y1] = [
    text(x.segments[0]),
    text(x.segments[1]),
    text(y.segments[0]),
    text(y.segments[1]),
  ]
  const opens = (whole: string, start: string) => `${whole} `.startsWith(`${start} `)
  return x0 !== y0 && opens(y1, x0) && opens(x1, y0)
}

const RESPELL: Record<string, string> = {
  bin: 'ibn',
  ibn: 'bin',
  ben: 'bin',
  bint: 'binti',
  ould: 'wuld',
}

function controls(name: string): [string, string][] {
  const l = splitLinks(name)
  const first = fold(l.links[0])
  const respelt = RESPELL[first]
    ? joinLinks({ ...l, links: [l.links[0].replace(/\S+/, RESPELL[first]), ...l.links.slice(1)] })
    : null
  const dropped = l.segments.map((s) => s.join(' ')).join(' ')
  return [
    ...(respelt ? [[respelt, `link spelled ${RESPELL[first]}`] as [string, string]] : []),
    [dropped, 'links left out'],
  ]
}

/** Swapped negatives and respelt positives from the people's strong names, in record order. */
export function findSwappedBin(records: ListRecord[]): {
  positives: DevPair[]
  negatives: DevPair[]
} {
  const positives: DevPair[] = []
  const negatives: DevPair[] = []
  const seen = new Set<string>()
  for (const rec of records) {
    if (!isPerson(rec)) continue
    for (const raw of rec.names) {
      const name = naturalOrder(raw)
      // A link inside an OFAC surname ("BEN HENI, Lased") may be a family name (Ben-Pazi): swapped,
      // it is still another person, but left out it is not surely the same one.
      const given = raw.includes(',') ? raw.slice(raw.indexOf(',') + 1) : raw
      const swapped = swapAtFirstLink(name)
      if (!swapped || seen.has(fold(name))) continue
      seen.add(fold(name))
      negatives.push({
        schema: 'Person',
        name1: name,
        name2: swapped,
        match: false,
        id1: rec.id,
        id2: '',
        how: `generated: names around "${splitLinks(name).links[0]}" swapped`,
      })
      if (splitLinks(given).links.length)
        for (const [variant, how] of controls(name))
          positives.push({
            schema: 'Person',
            name1: name,
            name2: variant,
            match: true,
            id1: rec.id,
            id2: rec.id,
            how: `generated: ${how}`,
          })
    }
  }
  return { positives, negatives }
}
