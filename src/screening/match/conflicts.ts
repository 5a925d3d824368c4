import type { NameForm } from '../text/names.js'
import type { Alignment, Similarity } from './align.js'
import type { NameScore } from './name-score.js'
import { distinctWordConflict } from './org-words.js'
import { personConflicts, type RawNames } from './person-parts.js'

/**
 * Names scoring under this before the part rules are not weighed by them: half a match is no
 * match at any threshold in use (the default is 0.7), and nine in ten candidates of a
 * screening score under it, so reading their parts would cost a third of the matcher's time
 * (measured on the eval queries against OFAC + UN) to change no decision.
 */
export const CONFLICT_FLOOR = 0.5

export interface ConflictOptions {
  org: boolean
  /** The names as written: where a comma puts the family name (person-parts.ts). */
  raw: RawNames
  similarity?: Similarity
}

/**
 * Lowers a name score by what speaks against the two names being one party although their
 * words mostly agree: for persons a part that differs outright or roles swapped
 * (person-parts.ts), for organisations a distinctive word that differs (org-words.ts). Each
 * finding multiplies the score by its factor and adds its note to the explanation. Skipped
 * under CONFLICT_FLOOR, where only common words agree (the score is capped far below a match
 * already) and for names matched ignoring spaces (no word-by-word alignment to read).
 */
export function weighConflicts(
  ns: NameScore,
  al: Alignment,
  qf: NameForm,
  cf: NameForm,
  { org, raw, similarity }: ConflictOptions
): NameScore {
  if (ns.score < CONFLICT_FLOOR || al.weak || al.joined) return ns
  const found = org
    ? [distinctWordConflict(al, similarity)].filter((x) => !!x)
    : personConflicts(al, qf, cf, raw, similarity)
  if (!found.length) return ns
  return {
    score: found.reduce((s, x) => s * x.factor, ns.score),
    notes: [...ns.notes, ...found.map((x) => x.note)],
  }
}
