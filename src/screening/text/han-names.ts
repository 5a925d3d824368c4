import { alternatives, GLOSS_VIA, glossChoices, glossTokens } from './glosses.js'
import { HAN_GLOSSES, HAN_PLACE_GLOSSES } from './glosses-zh.js'
import { COMPOUND_SURNAMES, HAN_PLACES, toPinyin } from './han.js'
import { foldTraditional } from './han-script.js'
import { romaniseHangul } from './hangul.js'
import { hanjaSounds } from './hanja.js'
import { HAN_FORMS, type LegalForm } from './legal-forms.js'
import { makeToken, type Token } from './tokens.js'

/** `han` in simplified characters (for the tables), `written` as in the name (for the pinyin). */
type Segment = { kind: 'place' | 'generic' | 'chunk'; han: string; written: string }

const SUFFIXES = ['市', '省', '区', '县']
const WORDS = Object.keys(HAN_GLOSSES).sort((a, b) => b.length - a.length)
const GLOSSES = new Map(Object.entries(HAN_GLOSSES).map(([han, v]) => [han, alternatives(v)]))
const PLACE_GLOSSES = new Map(Object.entries(HAN_PLACE_GLOSSES).map(([han, v]) => [han, alternatives(v)]))

/**
 * Splits a Han company name into place prefix, generic words, distinctive chunks, legal forms.
 * Traditional characters are read as simplified (han-script.ts). A place written as a word of
 * its own (華信船務(香港)有限公司: `starts` holds where each word begins) is a place anywhere.
 */
export function segmentHan(written: string, starts: number[] = [0]): { segments: Segment[]; forms: LegalForm[] } {
  const run = foldTraditional(written)
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
  const push = (kind: Segment['kind'], from: number, to: number) =>
    segments.push({ kind, han: rest.slice(from, to), written: written.slice(from, to) })
  let chunk = -1
  const flush = (i: number) => {
    if (chunk >= 0) push('chunk', chunk, i)
    chunk = -1
  }
  for (let i = 0; i < rest.length; ) {
    const prefix = segments.length === 0 && chunk < 0
    const place = HAN_PLACES.find((p) => rest.startsWith(p, i) && (prefix || wholeWord(starts, i, p.length, rest.length)))
    if (place) {
      flush(i)
      push('place', i, i + place.length)
      i += place.length
      if (SUFFIXES.includes(rest[i])) i++
      continue
    }
    const word = WORDS.find((w) => rest.startsWith(w, i))
    if (word) {
      flush(i)
      push('generic', i, i + word.length)
      i += word.length
      continue
    }
    if (chunk < 0) chunk = i
    i++
  }
  flush(rest.length)
  return { segments, forms }
}

/**
 * Whether a Han name holds the words of a firm (a legal form, a common word of the gloss table:
 * 华信船务, "Huaxin Shipping"): then it is an organisation's name however short, not a surname and
 * a given name.
 */
export function holdsFirmWords(run: string): boolean {
  const { segments, forms } = segmentHan(run)
  return forms.length > 0 || segments.some((s) => s.kind === 'generic')
}

/** Whether [at, at + n) is one whole word of the name (its start and the next are word starts). */
function wholeWord(starts: number[], at: number, n: number, end: number): boolean {
  return starts.includes(at) && (starts.includes(at + n) || at + n === end)
}

export interface HanVariant {
  tokens: Token[]
  forms: LegalForm[]
  via: string
  /** The reading of the whole name (a Korean name in Hangul: korean.ts), not of its Han words only. */
  whole?: boolean
}

/**
 * Romanised variants of a Han name. Companies: pinyin, and readings with the common words in
 * English (one per alternative gloss, glosses-zh.ts), each with and without the place prefix.
 * Persons (2 to 4 characters, no company words): surname first, then the given name written as
 * one word, as lists write them (Xi Jinping).
 */
export function hanVariants(words: string[], person: boolean): HanVariant[] {
  // Written with spaces (桂荣 兰), each word is a name part already, in the writer's order.
  if (person && words.length > 1) return [{ tokens: words.map((w) => makeToken(toPinyin(w))), forms: [], via: 'pinyin' }]
  const run = words.join('')
  const starts = words.map((_, i) => words.slice(0, i).join('').length)
  if (person && run.length >= 2 && run.length <= 4) {
    const n = COMPOUND_SURNAMES.has(run.slice(0, 2)) && run.length > 2 ? 2 : 1
    const tokens = [makeToken(toPinyin(run.slice(0, n))), makeToken(toPinyin(run.slice(n)))]
    return [{ tokens, forms: [], via: 'pinyin' }]
  }
  const { segments, forms } = segmentHan(run, starts)
  const glossOf = (s: Segment) => (s.kind === 'generic' ? GLOSSES.get(s.han) : s.kind === 'place' ? PLACE_GLOSSES.get(s.han) : undefined)
  const glossed = segments.filter((s) => glossOf(s))
  // choice undefined: pinyin; otherwise the gloss each glossed segment takes (glossChoices).
  // `korean`: the name's own words read in Korean (a North Korean firm's: koreanWord).
  const build = (choice: number[] | undefined, place: boolean, korean = false): HanVariant => {
    const out: HanVariant = { tokens: [], forms: [...forms], via: '' }
    for (const s of segments) {
      const english = choice && glossOf(s)?.[choice[glossed.indexOf(s)]]
      if (s.kind === 'chunk') out.tokens.push(makeToken((korean && koreanWord(s.han)) || toPinyin(s.written)))
      else if (s.kind === 'place') {
        if (place) out.tokens.push(...glossTokens(english ?? toPinyin(s.written), 'place').tokens)
      } else if (!english) out.tokens.push(makeToken(toPinyin(s.written), 'generic'))
      else {
        const g = glossTokens(english)
        out.tokens.push(...g.tokens)
        for (const f of g.forms) if (!out.forms.some((x) => x.code === f.code)) out.forms.push(f)
      }
    }
    return out
  }
  const hasPlace = segments.some((s) => s.kind === 'place')
  const dropPlace = hasPlace && segments.some((s) => s.kind === 'chunk')
  const korean = segments[0]?.kind === 'place' && segments[0].han === KOREA && segments.some((s) => s.kind === 'chunk' && koreanWord(s.han))
  const out: HanVariant[] = []
  for (const choice of [undefined, ...glossChoices(glossed.map((s) => glossOf(s)!.length))]) {
    const via = choice ? `pinyin, ${GLOSS_VIA}` : 'pinyin'
    out.push({ ...build(choice, true), via })
    if (dropPlace) out.push({ ...build(choice, false), via: `${via}, without place` })
    // With its common words in English only: read in Korean, a name keeps no pinyin to meet.
    if (korean && choice) {
      out.push({ ...build(choice, true, true), via: `${GLOSS_VIA}, ${KOREAN_VIA}` })
      out.push({ ...build(choice, false, true), via: `${GLOSS_VIA}, ${KOREAN_VIA}, without place` })
    }
  }
  return out.filter((v) => v.tokens.length > 0)
}

/** 朝鲜, Korea: a firm's name that starts with it is a North Korean firm's (朝鲜光鲜银行). */
const KOREA = '朝鲜'
const KOREAN_VIA = 'its own words read in Korean'

/**
 * A North Korean firm's own word written in Chinese characters, read in Korean as the lists
 * spell such names (光鲜 광선 KWANGSON, 连峰 련봉 RYONBONG, 端川 단천 TANCHON): each character's
 * Sino-Korean sound (hanja.ts), romanised the North's way with its syllables joined.
 */
function koreanWord(han: string): string | undefined {
  const hangul = hanjaSounds(han)
  return hangul && romaniseHangul(hangul, 'north', 0).join('')
}
