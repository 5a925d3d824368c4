import anyAscii from 'any-ascii'
import { readArabic } from './arabic.js'
import { foldLatin, scriptOf } from './clean.js'
import { transliterateCyrillic, type CyrillicScheme } from './cyrillic.js'
import { skeleton } from './phonetic.js'
import { GENERIC_WORDS, PARTICLES, PLACE_WORDS, isPatronymic } from './words.js'

export type TokenKind = 'word' | 'particle' | 'generic' | 'place' | 'initial' | 'number' | 'patronymic' | 'generation'

/** One word of an analysed name, in lowercase ASCII, with its weight in the match. */
export interface Token {
  /**
   * Number of the text in the screened lists' vocabulary (the index numbers query tokens too),
   * so similarity caches key on numbers; -1 while unnumbered. No process-wide table: one grew
   * with every new query word.
   */
  id: number
  text: string
  kind: TokenKind
  weight: number
  skel: string
}

/**
 * Static weights by token kind: common words and particles weigh little so they cannot carry a
 * match; a list-wide rarity factor may lower them further (index/candidates.ts).
 */
export const KIND_WEIGHT: Record<TokenKind, number> = {
  word: 1,
  patronymic: 0.5,
  number: 0.8,
  place: 0.4,
  generic: 0.35,
  particle: 0.3,
  initial: 0.3,
  generation: 0.3,
}

export function kindOf(text: string): TokenKind {
  if (/^[0-9]+$/.test(text)) return 'number'
  if (text.length === 1) return 'initial'
  if (PARTICLES.has(text)) return 'particle'
  if (GENERIC_WORDS.has(text)) return 'generic'
  if (PLACE_WORDS.has(text)) return 'place'
  if (isPatronymic(text)) return 'patronymic'
  return 'word'
}

/** The phonetic skeleton of a token; numbers are their own skeleton. */
export function skelOf(text: string): string {
  return /^[0-9]+$/.test(text) ? text : skeleton(text)
}

export function makeToken(text: string, kind: TokenKind = kindOf(text)): Token {
  return { id: -1, text, kind, weight: KIND_WEIGHT[kind], skel: skelOf(text) }
}

/** Romanises one lowercase token of any script but Han (handled by han-names.ts). */
export function romanise(raw: string, scheme: CyrillicScheme = 'bgn'): string {
  const script = scriptOf(raw)
  let s: string
  if (script === 'latin' || script === 'none') s = foldLatin(raw)
  else if (script === 'cyrillic') s = foldLatin(transliterateCyrillic(raw, scheme))
  else if (script === 'arabic') s = readArabic(raw)
  else s = anyAscii(raw).toLowerCase()
  return s.replace(/[^a-z0-9]+/g, '')
}

/**
 * Splits lowercase text into raw words: Han runs apart from other letters, apostrophes inside
 * words dropped (O'Brien -> obrien, Nu'aymi -> nuaymi), everything else a separator.
 */
export function splitWords(lower: string): string[] {
  const joined = lower.replace(/(?<=[\p{L}\p{N}])[''`ʼ’‘´](?=[\p{L}\p{N}])/gu, '')
  return joined.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu) ?? []
}
