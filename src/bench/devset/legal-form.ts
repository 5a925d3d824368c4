import { coreWords, findForms, FORM_GROUPS, GLUED, unglue, type FormHit } from './forms.js'
import { isOrganisation, type DevPair, type ListRecord } from './model.js'
import { pick, rng } from './sample.js'
import { caseLike, fold, scriptOf, words } from './text.js'

/**
 * legal-form: one company with its legal form written out, abbreviated, in the long Russian
 * romanisation, glued to the name, left out, or after a leading "The". Positives are one
 * entity's names that differ only so (mined), and real names rewritten from FORM_GROUPS
 * (generated); negatives are two different firms (distinctive-word pairs) with one side's form
 * rewritten, so reading forms alike must not join them.
 */
const RUSSIA = /russia|russian federation/i

/** Raw word spans of a name, when they fold to the same words as `words(name)`. */
function spans(raw: string): { start: number; end: number }[] | null {
  const found = [...raw.matchAll(/[\p{L}\p{N}\p{M}]+/gu)]
  const ws = words(raw)
  if (found.length !== ws.length || found.some((m, i) => fold(m[0]) !== ws[i])) return null
  return found.map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
}

const tidy = (s: string) =>
  s
    .replace(/\s*,\s*,/g, ',')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.-]+|[\s,-]+$/g, '')
    .trim()

function written(phrase: string, like: string): string {
  return phrase.length <= 4 && !phrase.includes(' ') ? phrase.toUpperCase() : caseLike(phrase, like)
}

export type FormEdit = 'rewrite' | 'russian' | 'glue' | 'the' | 'drop'

/** The name with its legal form edited one way, or null when that edit does not apply. */
export function editForm(raw: string, edit: FormEdit, r: number, russian = false): string | null {
  const sp = spans(raw)
  const hit: FormHit | undefined = findForms(words(raw)).at(-1)
  if (edit === 'the')
    return /^the\b/i.test(raw) || (hit && hit.at === 0)
      ? null
      : `${raw === raw.toUpperCase() ? 'THE' : 'The'} ${raw}`
  if (!sp || !hit) return null
  const [from, to] = [sp[hit.at].start, sp[hit.at + hit.length - 1].end]
  const old = raw.slice(from, to)
  const rest = tidy(raw.slice(0, from) + raw.slice(to))
  if (!rest) return null
  const current = words(old).join(' ')
  if (edit === 'drop') return rest
  if (edit === 'russian')
    return russian && hit.group.ru ? `${written(hit.group.ru, raw)} ${rest}` : null
  if (edit === 'glue') {
    const last = hit.at + hit.length === sp.length && hit.at > 0 && GLUED.includes(current)
    return last ? raw.slice(0, sp[hit.at - 1].end) + old : null
  }
  const others = hit.group.phrases.filter(
    (p) => p !== current && p.replace(/ /g, '') !== current.replace(/ /g, '')
  )
  return others.length ? raw.slice(0, from) + written(pick(others, r), old) + raw.slice(to) : null
}

interface Cores {
  folded: string
  core: string
  /** The core with a form glued to its last word split off ("acmellc" -> "acme"). */
  unglued: string
}

function cores(name: string): Cores {
  const ws = coreWords(name)
  const split = ws.length ? unglue(ws[ws.length - 1]) : null
  return {
    folded: fold(name),
    core: ws.join(' '),
    unglued: split ? [...ws.slice(0, -1), split[0]].join(' ') : ws.join(' '),
  }
}

function formOnly(a: Cores, b: Cores): boolean {
  if (a.folded === b.folded || !a.core || !b.core) return false
  return a.core === b.core || a.unglued === b.core || b.unglued === a.core
}

/** Whether two names differ only in legal form, "the", or a form glued on. */
export const onlyFormDiffers = (a: string, b: string) => formOnly(cores(a), cores(b))

/** One organisation's Latin names that differ only in their legal form. */
export function mineFormPairs(records: ListRecord[]): DevPair[] {
  const pairs: DevPair[] = []
  for (const rec of records) {
    if (!isOrganisation(rec)) continue
    const names = rec.names.filter((n) => scriptOf(n) === 'latin')
    const cs = names.map(cores)
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++)
        if (formOnly(cs[i], cs[j]))
          pairs.push({
            schema: rec.schema,
            name1: names[i],
            name2: names[j],
            match: true,
            id1: rec.id,
            id2: rec.id,
            how: "mined: one entity's names differ in legal form",
          })
  }
  return pairs
}

const EDITS: FormEdit[] = ['rewrite', 'russian', 'glue', 'the', 'drop']

/** Each organisation's first name with its form edited one way (chosen by the seed). */
export function generateFormPairs(records: ListRecord[], seed: string): DevPair[] {
  const pairs: DevPair[] = []
  for (const rec of records) {
    if (!isOrganisation(rec) || rec.source === 'ftm' || scriptOf(rec.names[0]) !== 'latin') continue
    const next = rng(`${seed}:${rec.id}`)
    const russian = rec.countries.some((c) => RUSSIA.test(c))
    const start = Math.floor(next() * EDITS.length)
    for (let k = 0; k < EDITS.length; k++) {
      const edit = EDITS[(start + k) % EDITS.length]
      const variant = editForm(rec.names[0], edit, next(), russian)
      if (!variant || fold(variant) === fold(rec.names[0])) continue
      pairs.push({
        schema: rec.schema,
        name1: rec.names[0],
        name2: variant,
        match: true,
        id1: rec.id,
        id2: rec.id,
        how: `generated: legal form ${edit}`,
      })
      break
    }
  }
  return pairs
}

/** Different firms (from distinctive-word negatives) with the second name's form rewritten. */
export function formNegatives(negatives: DevPair[], seed: string): DevPair[] {
  const out: DevPair[] = []
  for (const p of negatives) {
    const next = rng(`${seed}:${p.id1}|${p.id2}`)
    const variant =
      editForm(p.name2, pick(['rewrite', 'russian', 'glue'] as FormEdit[], next()), next(), true) ??
      editForm(p.name2, 'rewrite', next())
    if (variant)
      out.push({ ...p, name2: variant, how: `${p.how}; second name's legal form rewritten` })
  }
  return out
}

export const FORM_GROUP_IDS = FORM_GROUPS.map((g) => g.id)
