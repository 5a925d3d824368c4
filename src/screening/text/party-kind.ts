import { isNameSpelling } from './arabic.js'
import { LINK_WORDS } from './name-parts.js'
import { isKoreanReading } from './korean.js'
import { analyseName, type NameForm } from './names.js'
import { givenNameFlags, KNOWN } from './nicknames.js'
import { splitWords, type Token } from './tokens.js'

/** A kind of party a name reads as, and the words that say so (for the explanation). */
export interface PartyKind {
  schema: 'Person' | 'Organization'
  sign: string
}

/**
 * What a name alone says of the party it names, when the user gave no schema: an organisation's
 * when it has a legal form or a common word of firm names (Ltd, Trading, 有限公司, 船务); a
 * person's when it has none of those and a lineage link between names (Usama bin Laden), a
 * patronymic (Ivanovich) or a first name that is a known given name (the nickname and Arabic
 * name tables: Usama, William). Undefined when the words say neither: many names fit both
 * ("Zala Aero", "Hamas"), and guessing would apply the wrong rules. `forms`: the name as
 * analysed for a schema that is neither a person's nor an organisation's (Thing, LegalEntity),
 * when the caller has them (a query's: analysing a name again cost a tenth of a query).
 */
export function partyKindOf(raw: string, forms: NameForm[] = analyseName(raw, 'LegalEntity')): PartyKind | undefined {
  const [f] = forms
  if (!f) return undefined
  const firm = f.forms[0]?.label ?? f.tokens.find((t) => t.kind === 'generic')?.text
  if (firm) return { schema: 'Organization', sign: firm }
  const comma = raw.indexOf(',')
  const surnames = comma < 0 ? 0 : splitWords(raw.slice(0, comma).toLowerCase()).length
  // A Korean name in Hangul or Han characters (김정은): surname first, a given name no table knows.
  if (isKoreanReading(f.via)) return { schema: 'Person', sign: `Korean surname ${f.tokens[0].text} first` }
  const person = personSign(f.tokens, surnames)
  return person ? { schema: 'Person', sign: person } : undefined
}

/** A word that makes the name a person's (see partyKindOf), with what it is. */
function personSign(t: Token[], surnames: number): string | undefined {
  const words = t.filter((x) => x.kind !== 'particle' && !LINK_WORDS.has(x.text))
  if (words.length < 2) return undefined
  for (let i = 1; i + 1 < t.length; i++)
    if (LINK_WORDS.has(t[i].text) && t[i - 1].kind !== 'particle') return `"${t[i].text}" between names`
  const patronymic = t.find((x) => x.kind === 'patronymic')
  if (patronymic) return `patronymic ${patronymic.text}`
  // "SURNAME, Given": the given name follows the surname.
  const given = words[Math.min(surnames, words.length - 1)]
  if (given.kind === 'word' && (givenNameFlags(given.text) & KNOWN || isNameSpelling(given.text)))
    return `given name ${given.text}`
  return undefined
}
