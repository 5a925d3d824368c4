import { ABD_NAMES } from './arabic-names-data.js'
import { ARABIC_VIA, isNameSpelling, normaliseArabic } from './arabic.js'
import { cleanText } from './clean.js'
import { romanise, splitWords } from './tokens.js'

/**
 * Word boundaries of Arabic names, made the same in both scripts before tokens are made: the
 * article glued to a word in Arabic script (التكريتي -> al, تكريتي), "father of" and "servant of"
 * glued to a name (ابوبكر, عبدالرحمن; Abdulrahman, Abubakar, Jalaluddin), and a name before
 * Allah glued to it as Latin lists glue it (هدايت الله, Hidayatullah).
 * The spellings of one particle (al/el/ul/ad-Din, bin/ibn/ben, Abdul/Abdel) are equals in matching
 * (match/name-variants.ts), so each word keeps its own spelling and a typo in it still counts.
 * Titles written in Arabic script become their Latin form, so the title list drops them.
 */

const ARABIC_TITLES: Record<string, string> = {
  'حاجي': 'haji', 'حاج': 'haji', 'الحاج': 'haji', 'شيخ': 'sheikh', 'الشيخ': 'sheikh', 'ملا': 'mullah',
  'مولوي': 'mawlawi', 'مولانا': 'maulana', 'قاري': 'qari', 'مفتي': 'mufti',
}
/** What joins "abd" to a name of God in one word: a vowel, or the article in any form. */
const CONNECTIVE = /^(?:|[aeiou]|ou|[aeiou]l|oul|[aeu](?:d|n|r|s|sh|t|z))$/

// Abdullah is one name, written as one word in most lists: not split (see ABD_NAMES).
const GOD_SPELLINGS = new Set(
  ABD_NAMES.trim()
    .split('\n')
    .filter((l) => !l.startsWith('الله'))
    .flatMap((l) => l.split(':')[1].trim().split(/\s+/))
)

/**
 * A glued "abd..." word split before the name of God it ends in (Abdulrahman -> abdul rahman,
 * Abdurrahman -> abdur rahman), or undefined: only names of God but Allah are split off, so
 * Abdullah, Abdulov and Abdullaev stay whole.
 */
export function splitAbd(word: string): [string, string] | undefined {
  if (!word.startsWith('abd')) return undefined
  for (let k = 3; k <= 6 && k < word.length - 2; k++) {
    const join = word.slice(3, k)
    const rest = word.slice(k)
    if (!CONNECTIVE.test(join) || !GOD_SPELLINGS.has(rest)) continue
    // A sun-letter article doubles the letter it stands before: Abdurrahman, not Abdurahman.
    const sun = /[^aeioul]+$/.exec(join)?.[0]
    if (!sun || rest.startsWith(sun)) return [word.slice(0, k), rest]
  }
  return undefined
}


/**
 * A glued Latin compound split as the same name written in Arabic script is: Abdulrahman (abdul
 * rahman), Abubakar (abu bakar), Jalaluddin (jalal ud din). The article before Din must be
 * assimilated (uddin, eddine), so Geraldine stays whole. Names glued to Allah (Hidayatullah)
 * stay whole: the Arabic side is glued instead (see joinAllah), so a typo (Badullah) is not split.
 */
export function splitLatin(w: string): string[] {
  const abd = splitAbd(w)
  if (abd) return abd
  const abu = /^(abu|abou|abo)([a-z]{3,})$/.exec(w)
  if (abu && isNameSpelling(abu[2])) return [abu[1], abu[2]]
  const din = /^([a-z]{3,}?)([aeou]d)(din|dine|deen)$/.exec(w)
  return din ? [din[1], din[2], din[3]] : [w]
}

/** Splits an Arabic-script word into article, particle and name (التكريتي -> al, تكريتي). */
function arabicWord(word: string): string[] {
  const w = normaliseArabic(word)
  const title = ARABIC_TITLES[w.replace(/ى$/, 'ي')]
  if (title) return [title]
  if (w.length > 3 && w.startsWith('ال') && w !== 'الله') return ['al', w.slice(2)]
  for (const [prefix, latin] of [['عبد', 'abd'], ['ابو', 'abu']]) {
    if (!w.startsWith(prefix) || w.length < prefix.length + 3) continue
    const rest = w.slice(prefix.length)
    if (rest === 'الله') return [w]
    return rest.startsWith('ال') ? [latin, 'al', rest.slice(2)] : [latin, rest]
  }
  return [w]
}

const ARABIC_LETTER = /\p{Script=Arabic}/u

/**
 * The words of a name (lowercase, Latin accents folded) with the word boundaries of Arabic
 * names made alike: Arabic-script words split into article, particles and names, glued Latin Abd
 * compounds split. Other words pass unchanged.
 */
export function arabicNameWords(words: string[]): string[] {
  return joinAllah(words).flatMap((w) => (ARABIC_LETTER.test(w) ? arabicWord(w) : splitLatin(w)))
}

const ABD = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdu', 'abdou'])
const ALLAH = new Set(['allah', 'ullah', 'lah', 'llah'])

/**
 * A name and Allah written as two words made one, as most lists write them: هدايت الله as
 * هدايتالله (Hidayatullah), عبد الله as عبدالله and Abd Allah as abdullah (Abdullah).
 */
function joinAllah(words: string[]): string[] {
  const out: string[] = []
  for (const w of words) {
    const prev = out[out.length - 1]
    if (prev !== undefined && ARABIC_LETTER.test(prev) && !prev.startsWith('ال') && normaliseArabic(w) === 'الله') {
      out[out.length - 1] = normaliseArabic(prev) + 'الله'
    } else if (prev !== undefined && ABD.has(prev) && ALLAH.has(w)) out[out.length - 1] = 'abdullah'
    else out.push(w)
  }
  return out
}

/**
 * A form's label for an explanation: a name read from Arabic script says how each word was read
 * ("Arabic script read as Latin: محمد = muhammad, التكريتي = al tkryty").
 */
export function describeReading(via: string, raw: string): string {
  if (!via.includes(ARABIC_VIA)) return via
  const words = splitWords(cleanText(raw).toLowerCase()).filter((w) => ARABIC_LETTER.test(w))
  const read = words.map((w) => `${w} = ${arabicNameWords([w]).map((x) => romanise(x)).join(' ')}`)
  return `${via}: ${read.join(', ')}`
}
