import { parsePerson, partKey } from './person-parts.js'
import { splitPinyin, wadeGiles } from './pinyin.js'
import { pick } from './sample.js'
import { caseLike, fold } from './text.js'
import { ABBREVIATIONS, SHORT_FORMS } from './variant-words.js'

/**
 * name-variants: deterministic rewrites of a real name that leave it the same party: a short
 * form of a given name, an initial, a middle name left out, a number as digits or words, a
 * common abbreviation, pinyin spaced or joined, pinyin as Wade-Giles. Each takes the words it
 * must not touch (`protect`: the words that tell a negative pair apart) and returns null when
 * it does not apply.
 */
export interface VariantContext {
  protect: Set<string>
  r: () => number
}
export type Variant = (name: string, ctx: VariantContext) => string | null

const NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]
const ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]
const SUFFIX = (n: number) => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th')

/** Replaces the letters of token i (its punctuation kept), in the token's case. */
function replaceToken(tokens: string[], i: number, by: string): string {
  const out = [...tokens]
  out[i] = tokens[i].replace(/[\p{L}\p{N}'-]+/u, caseLike(by, tokens[i]))
  return out.join(' ')
}

/** Indexes of tokens that are one plain word and not protected. */
function free(tokens: string[], protect: Set<string>): number[] {
  return tokens.flatMap((t, i) =>
    /^[\p{L}\p{N}]+[.,]?$/u.test(t) && !protect.has(fold(t)) ? [i] : []
  )
}

function wordSwap(table: (w: string) => string | null): Variant {
  return (name, { protect, r }) => {
    const tokens = name.split(' ')
    const hits = free(tokens, protect).filter((i) => table(fold(tokens[i])))
    if (!hits.length) return null
    const i = pick(hits, r())
    return replaceToken(tokens, i, table(fold(tokens[i]))!)
  }
}

export const shortForm: Variant = (name, ctx) =>
  wordSwap((w) => (SHORT_FORMS[w] ? pick(SHORT_FORMS[w], ctx.r()) : null))(name, ctx)
/** Words before "company" that make it part of a legal form (left to the legal-form class). */
const IN_FORM = new Set(['liability', 'stock'])

export const abbreviation: Variant = (name, ctx) => {
  const tokens = name.split(' ')
  const protect = new Set([
    ...ctx.protect,
    ...tokens.filter((_, i) => i > 0 && IN_FORM.has(fold(tokens[i - 1]))).map(fold),
  ])
  return wordSwap((w) => ABBREVIATIONS[w] ?? null)(name, { ...ctx, protect })
}

/** 2 <-> two, 3rd <-> third (numbers up to twelve, ordinals up to tenth). */
export const numberWords: Variant = wordSwap((w) => {
  if (/^\d+$/.test(w) && Number(w) <= 12) return NUMBERS[Number(w)]
  if (NUMBERS.includes(w)) return String(NUMBERS.indexOf(w))
  const ord = /^(\d+)(st|nd|rd|th)$/.exec(w)
  if (ord && Number(ord[1]) <= 10) return ORDINALS[Number(ord[1])]
  if (ORDINALS.includes(w) && w) return `${ORDINALS.indexOf(w)}${SUFFIX(ORDINALS.indexOf(w))}`
  return null
})

/** The given name cut to its initial ("V. Putin", "PUTIN, V. Vladimirovich"). */
export const initial: Variant = (name, { protect }) => {
  const p = parsePerson(name)
  const i = p.parts.findIndex((x) => x.role === 'given')
  if (
    p.parts.length < 2 ||
    i < 0 ||
    !/^\p{L}{3,}$/u.test(p.parts[i].raw) ||
    protect.has(fold(p.parts[i].raw))
  )
    return null
  const parts = p.parts.map((x, j) => (j === i ? { ...x, raw: `${x.raw[0].toUpperCase()}.` } : x))
  return p.comma
    ? `${parts[0].raw}, ${parts
        .slice(1)
        .map((x) => x.raw)
        .join(' ')}`
    : parts.map((x) => x.raw).join(' ')
}

/** A middle name or patronymic left out, on one side only (names of three parts or more). */
export const middleLeftOut: Variant = (name, { protect, r }) => {
  const p = parsePerson(name)
  if (p.parts.length < 3) return null
  const hits = p.parts.flatMap((x, i) =>
    (x.role === 'middle' || x.role === 'patronymic') && !protect.has(partKey(x.raw)) ? [i] : []
  )
  if (!hits.length) return null
  const i = pick(hits, r())
  const parts = p.parts.filter((_, j) => j !== i)
  return p.comma
    ? `${parts[0].raw}, ${parts
        .slice(1)
        .map((x) => x.raw)
        .join(' ')}`
    : parts.map((x) => x.raw).join(' ')
}

/** Pinyin joined ("Hua Wei" -> "Huawei") or spaced ("Huawei" -> "Hua Wei"). */
export const pinyinSpacing: Variant = (name, { protect, r }) => {
  const tokens = name.split(' ')
  const ok = free(tokens, protect)
  const syl = (i: number) =>
    ok.includes(i) && splitPinyin(fold(tokens[i]))?.length === 1 && /^\p{L}+$/u.test(tokens[i])
  const joins = ok.filter((i) => syl(i) && syl(i + 1))
  const splits = ok.filter((i) => (splitPinyin(fold(tokens[i]))?.length ?? 0) >= 2)
  if (!joins.length && !splits.length) return null
  const useJoin = joins.length && (!splits.length || r() < 0.5)
  if (useJoin) {
    const i = pick(joins, r())
    return [
      ...tokens.slice(0, i),
      caseLike(fold(tokens[i]) + fold(tokens[i + 1]), tokens[i]),
      ...tokens.slice(i + 2),
    ].join(' ')
  }
  const i = pick(splits, r())
  return replaceToken(tokens, i, splitPinyin(fold(tokens[i]))!.join(' '))
}

/** Every pinyin word in Wade-Giles ("Zhang Fangwei" -> "Chang Fang-wei"). */
export const wadeGilesNames: Variant = (name, { protect }) => {
  const tokens = name.split(' ')
  let changed = false
  const out = tokens.map((t) => {
    const syl = /^\p{L}+[,.]?$/u.test(t) && !protect.has(fold(t)) ? splitPinyin(fold(t)) : null
    if (!syl) return t
    const wg = syl.map(wadeGiles).join('-')
    if (wg !== syl.join('-')) changed = true
    return t.replace(/\p{L}+/u, caseLike(wg, t))
  })
  return changed ? out.join(' ') : null
}
