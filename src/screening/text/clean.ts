/** Longest name the matcher reads; list names stay well under this, longer input is not a name. */
export const MAX_NAME_CHARS = 300

/**
 * Unicode-normalises a name: NFKC (full-width forms, ligatures), format characters (category
 * Cf: zero-width space, joiners, soft hyphen, word joiner, BOM) removed without a trace, since
 * "Pu\u200btin" must read as "Putin", not as two words; control characters become spaces;
 * whitespace collapsed, length capped. Arabic-Indic and Persian digits (١٢٣, ۱۲۳) become ASCII
 * digits, as NFKC does for full-width ones.
 */
export function cleanText(raw: string, max = MAX_NAME_CHARS): string {
  // Format characters go first: left in, one between a letter and its combining mark
  // (か + ZWSP + ◌゙) keeps NFKC from composing them.
  const s = raw
    .replace(/\p{Cf}+/gu, '')
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  return s.length > max ? s.slice(0, max).trim() : s
}

const FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't',
}

/** Removes accents from Latin letters: Müller -> muller, Łódź -> lodz (input lowercase). */
export function foldLatin(s: string): string {
  const base = s.normalize('NFD').replace(/\p{M}+/gu, '')
  return base.replace(/[ßæœøłđðþıħŀŧ]/g, (c) => FOLD[c])
}

export type Script = 'latin' | 'cyrillic' | 'han' | 'arabic' | 'other' | 'none'

/** The script of a token: the first letter decides (tokens are split at script changes). */
export function scriptOf(token: string): Script {
  for (const ch of token) {
    if (/\p{Script=Latin}/u.test(ch)) return 'latin'
    if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic'
    if (/\p{Script=Han}/u.test(ch)) return 'han'
    if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) return 'arabic'
    if (/\p{L}/u.test(ch)) return 'other'
  }
  return 'none'
}
