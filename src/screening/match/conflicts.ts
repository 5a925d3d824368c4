import type { NameForm } from '../text/names.js'
import type { Token } from '../text/tokens.js'
import type { Alignment, Similarity } from './align.js'
import type { NameScore } from './name-score.js'
import { firmNamedAfter, namedAfterPerson } from './named-after.js'
import { distinctWordConflict } from './org-words.js'
import { personConflicts, type RawNames } from './person-parts.js'

/**
 * Names scoring under this before the part rules are not weighed by them: half a match is no
 * match at any threshold in use (the default is 0.7). Nine in ten readings that reach the
 * rules score under it on the eval queries against OFAC + UN, and weighing them too made the
 * name feature 40% slower (10.6 to 15.1 us a candidate) to change no decision.
 */
export const CONFLICT_FLOOR = 0.5

export interface ConflictOptions {
  org: boolean
  /** The names as written: where a comma puts the family name (person-parts.ts). */
  raw: RawNames
  similarity?: Similarity
  /** The query, of no stated schema, reads as a person's name (this says why); the candidate is an organisation. */
  personQuery?: string
  /** The query, of no stated schema, reads as a firm's name (a legal form, a firm word); the candidate is a person. */
  firmQuery?: boolean
}

/**
 * Lowers a name score by what speaks against the two names being one party although their
 * words mostly agree: for persons a part that differs outright or roles swapped
 * (person-parts.ts), for organisations a distinctive word that differs (org-words.ts) or a
 * person's name queried in an organisation's name (named-after.ts). Each
 * finding multiplies the score by its factor and adds its note to the explanation. Skipped
 * under CONFLICT_FLOOR, where only common words agree (the score is capped far below a match
 * already) and for names matched ignoring spaces (no word-by-word alignment to read).
 */
export function weighConflicts(
  ns: NameScore,
  al: Alignment,
  qf: NameForm,
  cf: NameForm,
  { org, raw, similarity, personQuery, firmQuery }: ConflictOptions
): NameScore {
  if (ns.score < CONFLICT_FLOOR || al.weak || al.joined) return ns
  const read = untruncated(al, qf, cf)
  const firm = firmQuery ? firmNamedAfter(read, qf) : undefined
  const found = org
    ? [distinctWordConflict(read, similarity), personQuery && namedAfterPerson(read, cf, personQuery)].filter((x) => !!x)
    : [...personConflicts(read, qf, cf, raw, similarity), ...(firm ? [firm] : [])]
  if (!found.length) return ns
  return {
    score: found.reduce((s, x) => s * x.factor, ns.score),
    notes: [...ns.notes, ...found.map((x) => x.note)],
  }
}

/**
 * The aligner reads the first words of a long name only (align.ts): a word left unmatched on
 * one side may stand in the other name past that point. Such a word does not differ.
 */
function untruncated(al: Alignment, qf: NameForm, cf: NameForm): Alignment {
  const read = al.pairs.length
  if (
    read + al.unmatchedQ.length === qf.tokens.length &&
    read + al.unmatchedC.length === cf.tokens.length
  )
    return al
  const absent = (f: NameForm) => (t: Token) => !f.tokens.some((x) => x.text === t.text)
  return {
    ...al,
    unmatchedQ: al.unmatchedQ.filter(absent(cf)),
    unmatchedC: al.unmatchedC.filter(absent(qf)),
  }
}
