import type { NameForm } from '../text/names.js'
import type { Alignment } from './align.js'
import { isNameWord } from './name-roles.js'

/** Where an unmatched word stands: the place of a word by its token index, on each side. */
export interface Places {
  q: (i: number) => number
  c: (j: number) => number
}

/**
 * Places between the matched name words, shared by both names: a word's place is the matched
 * word that follows it, going round past the end, so the first and last places are one and
 * "SMITH, John" lines up with "John Smith" (Peter Smith / Smith, John: peter and john share a
 * place). Undefined when the matched words are not in one circular order on both sides (then
 * places do not correspond) or when no name word is matched.
 */
export function places(al: Alignment, qf: NameForm, cf: NameForm): Places | undefined {
  const anchors = al.pairs
    .filter((p) => isNameWord(p.q) && isNameWord(p.c))
    .map((p) => [qf.tokens.indexOf(p.q), cf.tokens.indexOf(p.c)])
    .sort((a, b) => a[0] - b[0])
  if (!anchors.length) return undefined
  // In circular order the other side's positions fall exactly once, or never with one anchor.
  const n = anchors.length
  let falls = n > 1 && anchors[n - 1][1] > anchors[0][1] ? 1 : 0
  for (let k = 1; k < n; k++) if (anchors[k][1] < anchors[k - 1][1]) falls++
  if (n > 1 && falls !== 1) return undefined
  const byC = anchors.map((a, k) => [a[1], k]).sort((a, b) => a[0] - b[0])
  return {
    q: (i) =>
      Math.max(
        0,
        anchors.findIndex((a) => a[0] > i)
      ),
    c: (j) => (byC.find((a) => a[0] > j) ?? byC[0])[1],
  }
}
