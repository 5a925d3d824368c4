import { isNameSpelling } from '../text/arabic.js'
import { FOREIGN_VIA } from '../text/han-foreign.js'
import type { NameForm } from '../text/names.js'
import type { Token } from '../text/tokens.js'
import type { Alignment } from './align.js'
import { stemsDiffer, type Conflict } from './differs.js'
import { givenNameRelation } from './given-names.js'
import type { Side } from './name-roles.js'
import { partLabel } from './person-parts.js'

/**
 * Two words of a person's name a few letters apart are one name spelt two ways, or two names.
 * Romanisations vary a name's vowels freely and its consonants within known sets (the one sound
 * written k, q, c or g; j, dj, zh or y; sh, ch, s or sch), so those differences say nothing.
 * What no romanisation does is put another consonant at the start of a name (Kurchenko /
 * Fursenko, Miller / Veller, Kamal / Jamal): the first letter is the one the spellings of a name
 * keep (Soundex keeps it as written) and the one misspellings seldom touch (Pollock and Zamora,
 * 1983). Inside a word the lists' own spellings of one name differ in consonants no table
 * foresees (Droukdal / Droukbel, Alimzan / Alinjan, Thai romanisations), so a consonant that
 * differs there says little. Nor does a romanisation turn a woman's given name into a man's
 * (Maria / Mario, Aleksandra / Aleksandr).
 */

// The sounds a letter or letter group may stand for in one romanisation or another, as bits: two
// consonants that share a sound may be one letter of the original (Qasim / Kasim / Gasim, Jalid
// / Khalid in Spanish, Zhukov / Schukow in German, Dzmitry / Dmitry in Belarusian; l and r in
// languages that do not tell them apart, Rugerero / Lugerero).
const [B, P, F, V, W, M, N, L, R, T, D, TH, DH, S, Z, SH, ZH, CH, J, Y, K, G, H, TS] = Array.from(
  { length: 24 },
  (_, i) => 1 << i
)
const SOUNDS: Record<string, number> = {
  b: B | P | V,
  p: P | B | F,
  f: F | V | P,
  ph: F | P,
  v: V | W | F | B,
  w: V | W,
  m: M,
  n: N,
  l: L | R,
  r: R | L,
  t: T | D | TH,
  d: D | T | DH,
  th: TH | T | S | Z | D,
  dh: DH | D | Z | TH,
  s: S | SH | TH | Z,
  z: Z | ZH | DH | S | TS,
  c: K | S | TS | CH | J,
  k: K,
  ck: K,
  q: K | G,
  g: G | H | J | K,
  gh: G | H | K,
  kh: H | K,
  h: H,
  x: K | S | SH | Z | H,
  ch: CH | SH | K | H,
  tch: CH,
  tsch: CH,
  cz: CH,
  tj: CH,
  j: J | Y | ZH | H,
  y: Y | J,
  zh: ZH | J | SH,
  sh: SH | S,
  sch: SH | S,
  shch: SH | S,
  sz: SH | S,
  ts: TS | S | Z,
  tz: TS | S | Z,
  dz: Z | J | D,
  dj: J | D,
  dzh: J | D,
}
/** Letter groups read as one sound, longest first. */
const GROUPS = Object.keys(SOUNDS)
  .filter((g) => g.length > 1)
  .sort((a, b) => b.length - a.length)
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])
/** Letters spellings add or drop: glides (Yevgeniy / Evgeni, Auramenka / Avramenko) and h. */
const SILENT = new Set(['h', 'y', 'w', 'v'])

/** A word as its letters and letter groups (kurtchenko: k u r tch e n k o). */
export function sounds(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length;) {
    const g = GROUPS.find((x) => word.startsWith(x, i)) ?? word[i]
    out.push(g)
    i += g.length
  }
  return out
}

const isVowel = (u: string) => VOWELS.has(u)
/** Two letters or groups one sound may stand behind: two vowels, or consonants sharing a sound. */
function meet(a: string, b: string): boolean {
  if (a === b || ((isVowel(a) || a === 'y') && (isVowel(b) || b === 'y'))) return true
  if ((a === 'i' && b === 'j') || (a === 'j' && b === 'i')) return true
  return ((SOUNDS[a] ?? 0) & (SOUNDS[b] ?? 0)) !== 0
}

/** A letter a spelling may add or drop: a vowel, a glide or h, a doubled letter. */
const free = (u: string[], i: number) =>
  isVowel(u[i]) || SILENT.has(u[i]) || u[i] === u[i - 1] || u[i] === u[i + 1]

/**
 * Whether one run of letters and groups becomes the other by spelling alone: vowels, glides and
 * h added or dropped, letters doubled or not, and consonants that share a sound swapped.
 */
export function soundsAlike(x: string[], y: string[]): boolean {
  // reach[j]: y's first j units reached from x's first i with nothing but spelling.
  let reach = new Array<boolean>(y.length + 1).fill(false)
  reach[0] = true
  for (let j = 1; j <= y.length; j++) reach[j] = reach[j - 1] && free(y, j - 1)
  for (let i = 1; i <= x.length; i++) {
    const next = new Array<boolean>(y.length + 1).fill(false)
    next[0] = reach[0] && free(x, i - 1)
    for (let j = 1; j <= y.length; j++)
      next[j] =
        (reach[j - 1] && meet(x[i - 1], y[j - 1])) ||
        (reach[j] && free(x, i - 1)) ||
        (next[j - 1] && free(y, j - 1))
    reach = next
  }
  return reach[y.length]
}

/**
 * The first consonants of two words when they make the words two names (Kurchenko / Fursenko:
 * "k / f"): they share no sound, the rest of the words is spelt alike, and the longer word is not
 * the shorter with a letter or two in front (Hammed / Muhammad, Khattalah / Bukhattalah: a
 * syllable dropped, not another first letter). Undefined when spelling may explain the pair.
 */
export function otherFirstSound(a: string, b: string): string | undefined {
  // Most pairs share their first letter: not this rule's to read (nor Ts / T, a letter added).
  if (a[0] === b[0] || VOWELS.has(a[0]) || VOWELS.has(b[0])) return undefined
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return undefined
  const x = sounds(a)
  const y = sounds(b)
  if (x.length < 3 || y.length < 3 || isVowel(x[0]) || isVowel(y[0]) || meet(x[0], y[0]))
    return undefined
  if (!soundsAlike(x.slice(1), y.slice(1))) return undefined
  if (a.length !== b.length) {
    const [short, long] = x.length < y.length ? [x, y] : [y, x]
    if (soundsAlike(short, long.slice(1)) || soundsAlike(short, long.slice(2))) return undefined
  }
  return `${x[0]} / ${y[0]}`
}

/**
 * Endings thousands of family names share, each with its spellings (Ukrainian -enko, Belarusian
 * -enka; Russian -ov, -ev, -off, -ow; Armenian -yan, -ian; Georgian -dze, -shvili; Slavic -ski,
 * -sky; -ovich, -owicz): two names alike in such an ending are alike in little else.
 */
const COMMON_ENDINGS: [RegExp, string][] = [
  [/(enko|enka)$/, 'enko'],
  [/(shvili|svili|schwili)$/, 'shvili'],
  [/(adze|dze)$/, 'dze'],
  [/(ovich|evich|ovych|ovic|evic|owicz|ewicz|ovitch|evitch)$/, 'ovich'],
  [/(skiy|skyi|skij|skii|skaya|ski|sky|ska)$/, 'ski'],
  [/(yants|yan|ian|jan)$/, 'yan'],
  [/(ova|eva|ov|ev|off|eff|ow|ew)$/, 'ov'],
]
/** A pair this similar or more is not read for its stems: one letter apart in a long name. */
const STEM_SIM = 0.9
/** Stems shorter than this are too short to tell two names apart (Ivanov / Ivanova stems alike anyway). */
const MIN_STEM = 2

/**
 * Whether two words are alike only in a common family-name ending: both end in one of
 * COMMON_ENDINGS (spelt either way: Lukashenko / Lukashenka) and what comes before it differs
 * outright (differs.ts: not close in letters nor in consonants, not a short form; nor spelt alike
 * by sounds, soundsAlike). Lukashenko /
 * Zakharchenko (0.70 as letters) are lukash- and zakharch-, two names; Zakharchenko / Zaharchenko,
 * Kurchenko / Kurtchenko and Lukashenko / Lukashenka keep a stem spelt alike. Gives the ending
 * ("-enko"), undefined when the stems may be one.
 */
export function otherStem(a: string, b: string): string | undefined {
  for (const [ending, name] of COMMON_ENDINGS) {
    const ma = ending.exec(a)
    if (!ma) continue
    const mb = ending.exec(b)
    if (!mb) return undefined
    const sa = a.slice(0, ma.index)
    const sb = b.slice(0, mb.index)
    if (sa.length < MIN_STEM || sb.length < MIN_STEM) return undefined
    // Either reading of spelling may explain the stems: letters (differs.ts) or sounds (Dordevic /
    // Djordjevic: d and dj one sound).
    if (!stemsDiffer(sa, sb) || soundsAlike(sounds(sa), sounds(sb))) return undefined
    return `-${name}`
  }
  return undefined
}

/** Family names' endings that take a woman's -a (Ivanov / Ivanova, Putin / Putina). */
const FAMILY_ENDING = /(ov|ev|in|yn)$/
/** The shortest given name of which a woman's -a is told apart (Ivan / Ivana). */
const MIN_GENDERED = 4

/**
 * Whether two given names are a woman's and a man's form of one name: the man's with -a added
 * (Aleksandr / Aleksandra, Yevgeniy / Yevgeniya) or its -o for -a (Mario / Maria, Antonio /
 * Antonia). Not a doubled a (Asma / Asmaa, an Arabic long vowel), nor -e or -i for -a (Hamze,
 * Hamzi / Hamza: one Arabic name), nor after a family name's ending (Ivanov / Ivanova, Belarusian
 * Lukashenka / Lukashenko), nor a common Arabic or Persian name (text/arabic.ts), where a final a
 * is spelling too: Yahya is Yahyo in Tajik, Ibrahim Ibrahima in West Africa.
 */
export function otherGender(a: string, b: string): boolean {
  const [man, woman] =
    a.length < b.length || (a.length === b.length && a.endsWith('o')) ? [a, b] : [b, a]
  if (!woman.endsWith('a') || man.length < MIN_GENDERED) return false
  const gendered =
    woman.length === man.length + 1
      ? woman.startsWith(man) && !/[aeou]$/.test(man) && !FAMILY_ENDING.test(man)
      : woman.length === man.length &&
        man.endsWith('o') &&
        woman.startsWith(man.slice(0, -1)) &&
        /([^aeiouk]|i)o$/.test(man) &&
        !/(.)\1o$/.test(man)
  return gendered && !isNameSpelling(man) && !isNameSpelling(woman)
}

/**
 * A pair of near words read as two names: strong evidence against whatever the part, as a
 * family name that differs outright is (person-parts.ts ROLE_DIFFERS), since the aligner counted
 * the pair as nearly the same word and this takes that back too. Any score it meets ends under
 * 0.7: no pair of different words aligns at 1.
 */
export const NEAR_NAME_DIFFERS = 0.7

/** An aligned pair of words and why they may be two names: another first sound or gender. */
export interface NearPair {
  q: Token
  c: Token
  why: string
}

/**
 * The aligned pairs of two person name forms that may be two names rather than two spellings
 * (otherFirstSound, otherGender), read from the words alone: most alignments have none, and then
 * no roles need reading. Not words one given name joins (Volodymyr / Vladimir, Bill / William:
 * given-names.ts), nor words of a foreign name transcribed in Chinese characters, whose
 * consonants the transcription changes (Robert: luobote).
 */
export function nearPairs(al: Alignment, qf: NameForm, cf: NameForm): NearPair[] {
  if (qf.via.includes(FOREIGN_VIA) || cf.via.includes(FOREIGN_VIA)) return NONE
  let out: NearPair[] | undefined
  for (const { q, c, sim } of al.pairs) {
    if (q.kind !== 'word' || c.kind !== 'word' || q.text === c.text) continue
    const why = twoNames(q.text, c.text, sim)
    if (why && !givenNameRelation(q, c)) (out ??= []).push({ q, c, why })
  }
  return out ?? NONE
}

/** Why two near words are two names, or undefined when they may be one spelt two ways. */
function twoNames(a: string, b: string, sim: number): string | undefined {
  const first = otherFirstSound(a, b)
  if (first) return `first sound ${first}`
  const stem = sim >= STEM_SIM ? undefined : otherStem(a, b)
  if (stem) return `alike in the ending ${stem} only`
  return otherGender(a, b) ? GENDER : undefined
}

const GENDER = "a woman's and a man's form"
const NONE: NearPair[] = []

/**
 * The near pairs that are two names, as conflicts labelled by the part (family name differs:
 * kurchenko vs fursenko): another first sound in any part; another gender only where both words
 * are given names (Ivanov / Ivanova is one family).
 */
export function nearNameConflicts(near: NearPair[], q: Side, c: Side): Conflict[] {
  const out: Conflict[] = []
  for (const p of near) {
    const rq = q.layout.roles[q.f.tokens.indexOf(p.q)]
    const rc = c.layout.roles[c.f.tokens.indexOf(p.c)]
    if (!rq || !rc || (p.why === GENDER && (rq !== 'given' || rc !== 'given'))) continue
    out.push({
      factor: NEAR_NAME_DIFFERS,
      note: `${partLabel(rq, rc)}: ${p.q.text} vs ${p.c.text} (${p.why})`,
    })
  }
  return out
}
