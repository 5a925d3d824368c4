import { businessLine } from '../text/business-lines.js'
import type { Token } from '../text/tokens.js'
import type { Alignment, Similarity } from './align.js'
import { groupsDiffer, isNumeral, type Conflict } from './differs.js'

/**
 * Two organisation names that agree but for their distinctive words, which differ (Novosibirsk
 * Steel Works / Novosibirsk Glass Works, Fund II / Fund IV, X Trading / X Shipping), are two
 * organisations of one group or one naming pattern. The factor keeps such a pair below the
 * default threshold 0.7 however much else agrees (an alignment with words left over scores
 * under 1), while an extra word on one side only (Huawei / Huawei Technologies) is not touched.
 */
export const DISTINCT_WORD_DIFFERS = 0.68

/**
 * A word that tells an organisation apart: a name word, a number, or a line of business. Not a
 * place: lists write one place several ways (HK / Hong Kong, Korea / Chosun).
 */
const distinctive = (t: Token) =>
  t.kind === 'word' || t.kind === 'number' || (t.kind === 'generic' && !!businessLine(t.text))

/**
 * The words left unmatched on both sides that tell an organisation apart, when every one of one
 * side differs outright from every one of the other (differs.ts). Common words, places and
 * particles left over are ignored: lists add and translate them freely; a word on one side only
 * is not a conflict.
 */
export function distinctWordConflict(al: Alignment, similarity?: Similarity): Conflict | undefined {
  if (al.joined || al.weak) return undefined
  // Numbers the aligner paired for their shape (99th / 77th 0.70) are left over as well.
  const numbers = al.pairs.filter((p) => isNumeral(p.q) && isNumeral(p.c) && p.q.text !== p.c.text)
  const qs = [...al.unmatchedQ.filter(distinctive), ...numbers.map((p) => p.q)]
  const cs = [...al.unmatchedC.filter(distinctive), ...numbers.map((p) => p.c)]
  if (!groupsDiffer(qs, cs, similarity)) return undefined
  const list = (ts: Token[]) => ts.map((t) => t.text).join(' ')
  return {
    factor: DISTINCT_WORD_DIFFERS,
    note: `distinctive word differs: ${list(qs)} vs ${list(cs)}`,
  }
}
