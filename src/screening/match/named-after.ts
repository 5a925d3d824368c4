import type { NameForm } from '../text/names.js'
import type { Alignment } from './align.js'
import type { Conflict } from './differs.js'

/**
 * A query of no stated schema whose name reads as a person's (text/party-kind.ts: Usama bin
 * Laden) against an organisation whose name is that name and words of firms (Usama Bin Laden
 * Organization, X Foundation Ltd): the organisation named after the person, another party.
 * Strong evidence against, as a father's name that differs is: the person's own record, when
 * listed, is the answer.
 */
export const NAMED_AFTER_PERSON = 0.7

/**
 * Every word of the query's name matched, and the organisation's name has more: firm words left
 * unmatched or a legal form. `sign` is what made the query a person's name.
 */
export function namedAfterPerson(al: Alignment, cf: NameForm, sign: string): Conflict | undefined {
  if (al.unmatchedQ.some((t) => t.kind === 'word')) return undefined
  const firm = [...cf.forms.map((f) => f.label), ...al.unmatchedC.filter((t) => t.kind === 'generic').map((t) => t.text)]
  if (!firm.length) return undefined
  return { factor: NAMED_AFTER_PERSON, note: `a person's name (${sign}) in an organisation's: ${firm.join(', ')}` }
}

/**
 * The mirror case: a query of no stated schema that reads as a firm's name (Haroun Gaye OOO,
 * Bando Trading Ltd) against a person whose every name word it holds. A firm named like the
 * person is another party (and may be worth a look as theirs), not the person: as strong as
 * `namedAfterPerson`, and the explanation says so instead of an identical name.
 */
export function firmNamedAfter(al: Alignment, qf: NameForm): Conflict | undefined {
  if (al.unmatchedC.some((t) => t.kind === 'word')) return undefined
  const firm = [...qf.forms.map((f) => f.label), ...al.unmatchedQ.filter((t) => t.kind === 'generic').map((t) => t.text)]
  if (!firm.length) return undefined
  return { factor: NAMED_AFTER_PERSON, note: `a firm's name (${firm.join(', ')}) against a person's: a firm named like the person` }
}
