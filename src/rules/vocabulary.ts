import { normaliseTerm, type Vocabulary } from './model.js'
import type { VocabularyInput } from './schema.js'

/** A problem in a rules file: where (file, path inside it) and why. */
export interface Issue {
  file: string
  path: (string | number)[]
  reason: string
}

type Kind = 'metals' | 'exchanges' | 'evidence' | 'actions'
const SINGULAR: Record<Kind, string> = { metals: 'metal', exchanges: 'exchange', evidence: 'evidence kind', actions: 'action' }

export function emptyVocabulary(): Vocabulary {
  return { metals: new Map(), exchanges: new Map(), evidence: new Map(), actions: new Map(), described: new Map() }
}

/**
 * Adds one file's vocabulary. A name or alias already taken (in this file or another) is an
 * issue: two rules files must not disagree on what "al" means.
 */
export function addVocabulary(v: Vocabulary, input: VocabularyInput, file: string, issues: Issue[]): void {
  const add = (kind: Kind, id: string, names: string[], description: string, path: (string | number)[]) => {
    const map = v[kind]
    for (const [i, name] of names.entries()) {
      const key = normaliseTerm(name)
      const owner = map.get(key)
      if (owner !== undefined && !(owner === id && i > 0)) {
        issues.push({ file, path: i ? [...path, 'aliases', i - 1] : path, reason: `${SINGULAR[kind]} name "${name}" already declared${owner === id ? '' : ` for ${owner}`}` })
        continue
      }
      map.set(key, id)
    }
    v.described.set(`${kind}:${id}`, description)
  }
  for (const [id, m] of Object.entries(input.metals)) add('metals', id, [id, ...m.aliases], m.name ?? id, ['vocabulary', 'metals', id])
  for (const [id, x] of Object.entries(input.exchanges)) add('exchanges', id, [id, ...x.aliases], x.name ?? id, ['vocabulary', 'exchanges', id])
  for (const [id, e] of Object.entries(input.evidence)) add('evidence', id, [id, ...e.aliases], e.description, ['vocabulary', 'evidence', id])
  for (const [id, d] of Object.entries(input.actions)) add('actions', id, [id], d, ['vocabulary', 'actions', id])
}

/** The canonical id a name stands for, or undefined. */
export function lookup(v: Vocabulary, kind: Kind, name: string): string | undefined {
  return v[kind].get(normaliseTerm(name))
}

/** The canonical ids of a kind, in the order declared. */
export function known(v: Vocabulary, kind: Kind): string[] {
  return [...new Set(v[kind].values())]
}

/** What a canonical id means (exchange name, evidence description). */
export function describe(v: Vocabulary, kind: Kind, id: string): string {
  return v.described.get(`${kind}:${id}`) ?? id
}

export function unknownName(v: Vocabulary, kind: Kind, name: string): string {
  return `unknown ${SINGULAR[kind]} "${name}" (known: ${known(v, kind).join(', ')})`
}
