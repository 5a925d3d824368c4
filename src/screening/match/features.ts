import { ARABIC_VIA } from '../text/arabic.js'
import { describeReading } from '../text/arabic-names.js'
import { partyKindOf, type PartyKind } from '../text/party-kind.js'
import { skeletonWords } from '../text/phonetic.js'
import type { NameForm } from '../text/names.js'
import { SHORT_FORM_VIA } from '../text/short-forms.js'
import type { Token } from '../text/tokens.js'
import { alignForms, alignmentScore, type Alignment, type Equivalence, type Similarity } from './align.js'
import { literalName, type Analysed, type AnalysedName } from './analyse.js'
import { datesAgree, yearGap } from './dates.js'
import { weighConflicts } from './conflicts.js'
import { FULL_NAME_SIM, NICKNAME_SIM } from '../text/nicknames.js'
import { givenNameRelation, givenNameUse, nicknameEquivalence, nicknamesMeet } from './given-names.js'
import { spellingNotes } from './spellings.js'
import { scoreAlignment } from './name-score.js'
import { hasUnreadName, readingWorthComparing } from './unvocalised.js'
import { koreanEquivalence } from './korean-names.js'
import { patronymicElsewhere } from './other-names.js'

export interface FeatureResult {
  score: number
  detail: string
}

export interface Context {
  similarity?: Similarity
}

export const NO_MATCH: FeatureResult = { score: 0, detail: '' }

const PROP_LABEL: Record<string, string> = { name: 'name', alias: 'alias', previousName: 'former name' }
/** Both sides share a name once case, spacing and punctuation are folded. */
export function nameLiteral(q: Analysed, c: Analysed): FeatureResult {
  for (const a of q.names) for (const b of c.names) if (a.literal === b.literal) return { score: 1, detail: `identical name "${b.raw}"` }
  return NO_MATCH
}

interface Best {
  score: number
  notes: string[]
  al: Alignment
  qn: AnalysedName
  cn: AnalysedName
  qf: NameForm
  cf: NameForm
}

/**
 * Best alignment of any query name with any candidate name (name, alias, former name), over
 * every romanisation of each, with rare-token weighting, name-order tolerance, the penalty
 * for romanisation and the part rules (conflicts.ts: a part that differs, roles swapped, a
 * distinctive word). The detail names the aligned tokens, what stayed unmatched and why the
 * score fell.
 */
export function nameMatch(q: Analysed, c: Analysed, ctx: Context): FeatureResult {
  let best: Best | undefined
  const org = q.schema !== 'Person' && c.schema !== 'Person'
  const personQuery = ORG_SCHEMAS.has(c.schema) ? personReading(q) : undefined
  const firmQuery = c.schema === 'Person' && firmReading(q) !== undefined
  eachFormPair(q, c, (qn, qf, cn, cf, equivalent) => {
    // Scoring and the part rules only lower an alignment's score: one already beaten needs neither.
    const al = alignForms(qf, cf, ctx.similarity, !org, equivalent, best ? best.score : -Infinity)
    if (!al) return false
    const inverted = qn.raw.includes(',') || cn.raw.includes(',')
    const plain = scoreAlignment(al, qf, cf, org, inverted)
    if (best && plain.score <= best.score) return false
    const raw = { q: qn.raw, c: cn.raw }
    const weighed = weighConflicts(plain, al, qf, cf, { org, raw, similarity: ctx.similarity, personQuery, firmQuery })
    // The father's name the list gives in another name of the entity (other-names.ts).
    const elsewhere = org ? undefined : patronymicElsewhere(al, cf, c, ctx.similarity)
    const score = elsewhere ? weighed.score * elsewhere.factor : weighed.score
    const notes = elsewhere ? [...weighed.notes, elsewhere.note] : weighed.notes
    if (best && score <= best.score) return false
    best = { score, notes, al, qn, cn, qf, cf }
    // No alignment scores above 1: none of the readings left can take its place.
    return score >= 1
  })
  if (!best || best.score <= 0) return NO_MATCH
  return new NameDetail(best, org)
}

/**
 * A score nameMatch never exceeds, found without its objects: the best alignment score of the
 * pairs of forms it compares. scoreAlignment (factors under 1, a cap) and weighConflicts
 * (factors under 1) only lower an alignment's score, and nameMatch keeps one of them. Stops
 * at `enough` (what the caller needs to know is whether the score may reach it).
 */
export function nameBound(q: Analysed, c: Analysed, ctx: Context, enough = 1): number {
  const person = q.schema === 'Person' || c.schema === 'Person'
  let bound = 0
  eachFormPair(q, c, (_qn, qf, _cn, cf, equivalent) => {
    bound = Math.max(bound, alignmentScore(qf, cf, ctx.similarity, person, equivalent))
    return bound >= enough
  })
  return bound
}

/** Sees a pair of forms nameMatch compares; true ends the visit. */
type FormPair = (qn: AnalysedName, qf: NameForm, cn: AnalysedName, cf: NameForm, equivalent: Equivalence | undefined) => boolean

/**
 * The pairs of forms, a query's with a candidate's, that the name feature compares (one place,
 * so nameMatch and nameBound compare the same), with the tokens that are one name in other
 * forms (`equivalent`: a given name and its short form, a Korean surname spelt two ways).
 */
function eachFormPair(q: Analysed, c: Analysed, visit: FormPair): void {
  const readingOnly = !hasUnreadName(c)
  for (const qn of q.names) {
    for (const qf of qn.forms) {
      const qNames = givenNameUse(q.schema, qf)
      for (const cn of c.names) {
        for (const cf of cn.forms) {
          if (!readingWorthComparing(qf, cf, readingOnly) || !shortFormsMeet(qf, cf)) continue
          // Persons' names: short forms of given names agree (Bill, William), middle names cost
          // little; a Korean name's parts agree however North or South spell them (RI, Lee).
          const nicknames =
            qNames && nicknamesMeet(qNames, givenNameUse(c.schema, cf))
              ? nicknameEquivalence({ form: qf, inverted: qn.raw.includes(',') }, { form: cf, inverted: cn.raw.includes(',') })
              : undefined
          if (visit(qn, qf, cn, cf, either(nicknames, koreanEquivalence(qf, cf)))) return
        }
      }
    }
  }
}

/**
 * A short form read from a bracket (DICO) meets only a name of the same letters: three or four
 * letters a letter apart (DICA) are another name, not a misspelling of this one. Nor does it meet
 * another short form: two names that both end in (MIT) are compared by their names.
 */
export function shortFormsMeet(qf: NameForm, cf: NameForm): boolean {
  const q = qf.via.includes(SHORT_FORM_VIA)
  const c = cf.via.includes(SHORT_FORM_VIA)
  return (!q && !c) || (q !== c && qf.text === cf.text)
}

/** Both equivalences where both apply (the larger similarity), else the one that does. */
function either(a?: Equivalence, b?: Equivalence): Equivalence | undefined {
  return a && b ? (x, y) => Math.max(a(x, y), b(x, y)) : a ?? b
}

/**
 * A name match whose detail is written when first read (algorithm.ts reads it for the results
 * a query returns): describing a name match costs more than scoring it.
 */
class NameDetail implements FeatureResult {
  readonly score: number
  private text?: string
  constructor(
    private readonly best: Best,
    private readonly org: boolean
  ) {
    this.score = best.score
  }

  get detail(): string {
    return (this.text ??= describe(this.best, this.org))
  }

  toJSON(): FeatureResult {
    return { score: this.score, detail: this.detail }
  }
}

const ORG_SCHEMAS = new Set(['Organization', 'Company'])
const UNSTATED = new Set(['Thing', 'LegalEntity'])

/**
 * Why a query of no stated schema reads as a person's name (every name of it does:
 * text/party-kind.ts), or undefined: a stated schema is the user's word.
 */
function personReading(q: Analysed): string | undefined {
  return readingAs(q, 'Person')
}

/** Why a query of no stated schema reads as a firm's name (a legal form, a firm word), or undefined. */
function firmReading(q: Analysed): string | undefined {
  return readingAs(q, 'Organization')
}

/** What each name of a query reads as, read once per query: it meets many candidates. */
const kindsOf = new WeakMap<Analysed, (PartyKind | undefined)[]>()

/**
 * The sign that every name of a query of no stated schema reads as `schema`'s (text/party-kind.ts),
 * or undefined. Read from the query's own forms: a schema that is neither a person's nor an
 * organisation's analyses a name as partyKindOf does.
 */
function readingAs(q: Analysed, schema: 'Person' | 'Organization'): string | undefined {
  if (!UNSTATED.has(q.schema) || !q.names.length) return undefined
  let kinds = kindsOf.get(q)
  if (!kinds) kindsOf.set(q, (kinds = q.names.map((n) => partyKindOf(n.raw, n.forms))))
  return kinds.every((k) => k?.schema === schema) ? kinds[0]!.sign : undefined
}

function describe(best: Best, org: boolean): string {
  const { al, qn, cn, qf, cf } = best
  const spelling = spellingNotes(best, org)
  const notes = spelling.length ? [...spelling, ...best.notes] : best.notes
  const parts = al.joined
    ? [`"${qf.text}" = "${cf.text}" ignoring spaces`]
    : al.pairs.map((p) => {
        if (p.sim === 1) return p.q.text
        const relation = p.sim === NICKNAME_SIM || p.sim === FULL_NAME_SIM ? givenNameRelation(p.q, p.c) : undefined
        return relation ? `${relation}: ${p.q.text} = ${p.c.text}` : `${p.q.text}~${p.c.text} ${p.sim.toFixed(2)}`
      })
  // Each side's unmatched words said apart: "unmatched query "1", "2"" read as two of the query's.
  const words = (ts: Token[]) => ts.map((t) => `"${t.text}"`).join(', ')
  const missing = [al.unmatchedQ.length ? `in the query ${words(al.unmatchedQ)}` : '', al.unmatchedC.length ? `in the listed name ${words(al.unmatchedC)}` : ''].filter(Boolean)
  const via = qf.via !== cf.via ? `; via ${describeReading(qf.via, qn.raw) || describeReading(cf.via, cn.raw)}` : ''
  const miss = missing.length && !al.joined ? `; unmatched ${missing.join(', ')}` : ''
  return `${PROP_LABEL[cn.prop] ?? cn.prop} "${cn.raw}": ${parts.join(', ')}${miss}${via}${notes.map((n) => `; ${n}`).join('')}`
}

/**
 * The query equals a weak alias (OFAC's "a.k.a. 'X'" in remarks): weak aliases match only so.
 * A weak alias of one word once titles are left out (Dr. Ibrahim) is met only as written: any
 * name that comes down to that word (IBRAHIM, Haji) would equal it otherwise.
 */
export function weakAliasMatch(q: Analysed, c: Analysed): FeatureResult {
  for (const qn of q.names) {
    // Keys are readings and literals alike: this one must be the alias as written.
    const written = c.weak.get(qn.literal)
    if (written && literalName(written) === qn.literal) return { score: 1, detail: `query equals weak alias "${written}"` }
    for (const f of qn.forms) {
      const hit = c.weak.get(f.text)
      if (hit && (f.tokens.length > 1 || literalName(hit) === qn.literal)) return { score: 1, detail: `query equals weak alias "${hit}"` }
      const read = f.via.includes(ARABIC_VIA) && f.tokens.length > 1 ? readWeakAlias(f, c) : undefined
      if (read) return { score: 1, detail: `query read from Arabic script ("${f.text}") equals weak alias "${read}" in every word's consonants` }
    }
  }
  return NO_MATCH
}

/**
 * The weak alias a name read from Arabic script is, word for word in consonant skeletons (أبو بكر
 * البغدادي, read "abu bakr al bghdady", is Abu Bakr al-Baghdadi): its short vowels are unknown,
 * so no reading is the alias as written. Two words at least, as for a form read otherwise.
 */
function readWeakAlias(f: NameForm, c: Analysed): string | undefined {
  const words = skeletonWords(f.text)
  for (const [key, written] of c.weak) if (key.includes(' ') && skeletonWords(key) === words) return written
  return undefined
}

/** Both sides carry the same identifier (registry, tax, IMO, passport number). */
export function identifierMatch(q: Analysed, c: Analysed): FeatureResult {
  for (const [n, raw] of q.ids) {
    const hit = c.ids.get(n)
    if (hit) return { score: 1, detail: `identifier ${raw} = ${hit}` }
  }
  return NO_MATCH
}

/** Birth dates given on both sides and none agree (a gap of one year counts half: lists round). */
export function dobMismatch(q: Analysed, c: Analysed): FeatureResult {
  if (!q.dates.length || !c.dates.length) return NO_MATCH
  // Loops, not some(): this runs for every candidate with a birth date, and closures are garbage.
  for (const a of q.dates) for (const b of c.dates) if (datesAgree(a, b)) return NO_MATCH
  return new DobDetail(yearGap(q.dates, c.dates) <= 1 ? 0.5 : 1, q.dates, c.dates)
}

/**
 * Birth dates given on both sides that agree: said, not scored (weight 0 in the table). A name is
 * the evidence; a date it shares with the listed person is what an analyst checks next, and an
 * explanation that kept quiet about it left them to look it up.
 */
export function dobMatch(q: Analysed, c: Analysed): FeatureResult {
  if (!q.dates.length || !c.dates.length) return NO_MATCH
  for (const a of q.dates) for (const b of c.dates) if (datesAgree(a, b)) return { score: 1, detail: `birth date ${a} agrees with ${b}` }
  return NO_MATCH
}

/** A country given on both sides and shared: said, not scored (weight 0), as dobMatch. */
export function countryMatch(q: Analysed, c: Analysed): FeatureResult {
  if (!q.countries.size || !c.countries.size) return NO_MATCH
  for (const x of q.countries) if (c.countries.has(x)) return { score: 1, detail: `country ${x} agrees` }
  return NO_MATCH
}

/** A qualifier's detail, written when first read (as NameDetail): most candidates are never shown. */
abstract class LazyDetail implements FeatureResult {
  private text?: string
  constructor(readonly score: number) {}
  protected abstract describe(): string
  get detail(): string {
    return (this.text ??= this.describe())
  }

  toJSON(): FeatureResult {
    return { score: this.score, detail: this.detail }
  }
}

class DobDetail extends LazyDetail {
  constructor(
    score: number,
    private readonly q: string[],
    private readonly c: string[]
  ) {
    super(score)
  }

  protected describe(): string {
    return `birth date ${this.q.join('/')} vs ${this.c.slice(0, 3).join('/')}`
  }
}

class CountryDetail extends LazyDetail {
  constructor(
    private readonly q: Set<string>,
    private readonly c: Set<string>
  ) {
    super(1)
  }

  protected describe(): string {
    return `country ${[...this.q].join('/')} vs ${[...this.c].slice(0, 4).join('/')}`
  }
}

/** Countries given on both sides and none shared. */
export function countryMismatch(q: Analysed, c: Analysed): FeatureResult {
  if (!q.countries.size || !c.countries.size) return NO_MATCH
  for (const x of q.countries) if (c.countries.has(x)) return NO_MATCH
  return new CountryDetail(q.countries, c.countries)
}

/** The legal form families of a record's names; undefined when it has none (no set is built for most). */
function families(a: Analysed): Set<string> | undefined {
  let out: Set<string> | undefined
  for (const n of a.names) for (const f of n.forms) for (const x of f.forms) (out ??= new Set()).add(x.family)
  return out
}

/** Legal forms given on both sides and of different families (LLC vs JSC). */
export function legalFormMismatch(q: Analysed, c: Analysed): FeatureResult {
  const qf = families(q)
  const cf = qf && families(c)
  if (!qf || !cf) return NO_MATCH
  for (const x of qf) if (cf.has(x)) return NO_MATCH
  return { score: 1, detail: `legal form ${[...qf].join('/')} vs ${[...cf].join('/')}` }
}
