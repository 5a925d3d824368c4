/**
 * Words that tell which part of a person name a word is, beyond its token kind: the links of an
 * Arabic (and Maghrebi, Malay) lineage, the article of a nisbah or tribal name, and the stem of a
 * Russian patronymic. The matcher's part rules (match/person-parts.ts) read them.
 */

/**
 * "son of" / "daughter of": the word after it names the father (Ahmed bin Ali = Ahmed, son of
 * Ali). Arabic bin/ibn/bint, Maghrebi ben, Mauritanian ould/walad, Malay binti.
 */
export const LINK_WORDS = new Set(['bin', 'ibn', 'bint', 'binti', 'ben', 'ould', 'walad', 'wuld'])

/** The article of a nisbah or tribal name (AL-HARBI, EL-MASRI): the word after it is one. */
export const ARTICLES = new Set(['al', 'el'])

/**
 * Words that make "servant of" / "father of" compounds (Abd al-Rahman, Abu al-Hasan): the word
 * after their article belongs to a given name or a kunya, not to a nisbah.
 */
export const COMPOUND_HEADS = new Set(['abd', 'abdul', 'abdel', 'abu', 'abou'])

/**
 * A Spanish married name takes the husband's surname after "de" in place of the second
 * surname (CAZARES SALAZAR -> CAZARES DE MEZA): the same woman under both.
 */
export const MARRIED_NAME_MARK = 'de'

/** Endings of East Slavic patronymics, longest first (Ivanovich, Sergeyevna, Petrovych). */
const PATRONYMIC_ENDING =
  /(?:yevich|ievich|ovitch|evitch|owitsch|ewitsch|ovich|evich|ovych|evych|yevna|ievna|ovna|evna|ivna)$/

/**
 * The father's given name inside a patronymic, as far as spelling allows: Ivanovich -> ivan,
 * Sergeyevich -> sergey, Nikolaevich -> nikola. Empty when the word has no patronymic ending
 * (Turkic ogly/kyzy are words of their own).
 */
export function patronymicStem(token: string): string {
  const stem = token.replace(PATRONYMIC_ENDING, '')
  return stem === token ? '' : stem
}
