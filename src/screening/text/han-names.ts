import { COMPOUND_SURNAMES, HAN_PLACES, HAN_WORDS, toPinyin } from './han.js'
import { HAN_FORMS, type LegalForm } from './legal-forms.js'
import { makeToken, type Token } from './tokens.js'

type Segment = { kind: 'place' | 'generic' | 'chunk'; han: string }

const SUFFIXES = ['市', '省', '区', '县']
const WORDS = Object.keys(HAN_WORDS).sort((a, b) => b.length - a.length)

/** Splits a Han company name into place prefix, generic words, distinctive chunks, legal forms. */
export function segmentHan(run: string): { segments: Segment[]; forms: LegalForm[] } {
  const forms: LegalForm[] = []
  let rest = run
  for (let found = true; found; ) {
    found = false
    for (const [suffix, form] of HAN_FORMS) {
      if (rest.endsWith(suffix) && rest.length > suffix.length) {
        rest = rest.slice(0, -suffix.length)
        if (!forms.some((f) => f.code === form.code)) forms.push(form)
        found = true
        break
      }
    }
  }
  const segments: Segment[] = []
  let chunk = ''
  const flush = () => {
    if (chunk) segments.push({ kind: 'chunk', han: chunk })
    chunk = ''
  }
  for (let i = 0; i < rest.length; ) {
    const place = segments.length === 0 && !chunk ? HAN_PLACES.find((p) => rest.startsWith(p, i)) : undefined
    if (place) {
      segments.push({ kind: 'place', han: place })
      i += place.length
      if (SUFFIXES.includes(rest[i])) i++
      continue
    }
    const word = WORDS.find((w) => rest.startsWith(w, i))
    if (word) {
      flush()
      segments.push({ kind: 'generic', han: word })
      i += word.length
      continue
    }
    chunk += rest[i++]
  }
  flush()
  return { segments, forms }
}

export interface HanVariant {
  tokens: Token[]
  forms: LegalForm[]
  via: string
}

/**
 * Romanised variants of a Han name. Companies: pinyin and English generic words, each with and
 * without the place prefix. Persons (2 to 4 characters, no company words): surname first, then
 * the given name written as one word, as lists write them (Xi Jinping).
 */
export function hanVariants(words: string[], person: boolean): HanVariant[] {
  // Written with spaces (桂荣 兰), each word is a name part already, in the writer's order.
  if (person && words.length > 1) return [{ tokens: words.map((w) => makeToken(toPinyin(w))), forms: [], via: 'pinyin' }]
  const run = words.join('')
  if (person && run.length >= 2 && run.length <= 4) {
    const n = COMPOUND_SURNAMES.has(run.slice(0, 2)) && run.length > 2 ? 2 : 1
    const tokens = [makeToken(toPinyin(run.slice(0, n))), makeToken(toPinyin(run.slice(n)))]
    return [{ tokens, forms: [], via: 'pinyin' }]
  }
  const { segments, forms } = segmentHan(run)
  const build = (english: boolean, place: boolean): Token[] =>
    segments.flatMap((s) => {
      if (s.kind === 'place') return place ? [makeToken(toPinyin(s.han), 'place')] : []
      if (s.kind === 'generic')
        return english ? HAN_WORDS[s.han].split(' ').map((w) => makeToken(w, 'generic')) : [makeToken(toPinyin(s.han), 'generic')]
      return [makeToken(toPinyin(s.han))]
    })
  const hasPlace = segments.some((s) => s.kind === 'place')
  const hasGeneric = segments.some((s) => s.kind === 'generic')
  const out: HanVariant[] = [{ tokens: build(false, true), forms, via: 'pinyin' }]
  if (hasGeneric) out.push({ tokens: build(true, true), forms, via: 'pinyin, English words' })
  if (hasPlace && segments.some((s) => s.kind === 'chunk')) {
    out.push({ tokens: build(false, false), forms, via: 'pinyin, without place' })
    if (hasGeneric) out.push({ tokens: build(true, false), forms, via: 'pinyin, English words, without place' })
  }
  return out.filter((v) => v.tokens.length > 0)
}
