import type { NameForm } from '../text/names.js'
import type { Alignment, Similarity } from './align.js'
import type { Analysed } from './analyse.js'
import { differsOutright, type Conflict } from './differs.js'
import { sameFatherName } from './given-names.js'
import { ROLE_DIFFERS } from './person-parts.js'

/**
 * A patronymic the query has and the aligned name lacks, where the entity's other names give
 * the father's name and it is another: OLIYNYK, Volodymyr Petrovych against the alias OLIINYK,
 * Volodymyr of OLIYNYK, Volodymyr Mykolayovych. The list knows the father, so this is strong
 * evidence against (ROLE_DIFFERS), as when the aligned name has it. None when any name of the
 * entity has a patronymic that may be the query's (spelt alike, or one father's name in the table).
 */
export function patronymicElsewhere(al: Alignment, cf: NameForm, c: Analysed, similarity?: Similarity): Conflict | undefined {
  const p = al.unmatchedQ.find((t) => t.kind === 'patronymic')
  if (!p || cf.tokens.some((t) => t.kind === 'patronymic')) return undefined
  let other: string | undefined
  for (const n of c.names) for (const f of n.forms) for (const t of f.tokens) {
    if (t.kind !== 'patronymic') continue
    if (sameFatherName(p, t) || !differsOutright(p, t, similarity)) return undefined
    other ??= `${t.text} (name "${n.raw}")`
  }
  return other === undefined ? undefined : { factor: ROLE_DIFFERS, note: `patronymic differs: ${p.text} vs ${other}` }
}
