/**
 * A consonant skeleton of an ASCII token: first letter kept, digraphs folded (kh/h, ph/f, ck/k),
 * similar consonants merged (c/k/q, z/s, w/v, j/y), vowels after the first letter dropped,
 * doubled letters collapsed. Mohammad, Muhammed and Mokhammed share "mhmd"; Zakharov and
 * Zaharov share "shrv". Used for candidate keys and as a floor on token similarity.
 */
export function skeleton(token: string): string {
  let s = known.get(token)
  if (s === undefined) {
    s = skeletonOf(token)
    // Bounded: emptied when full (a thread meets tens of thousands of words at most).
    if (known.size >= 100_000) known.clear()
    known.set(token, s)
  }
  return s
}

/**
 * A name's words as their skeletons, in order ("abu bakr al baghdadi" -> "ab bkr al bhd"): how a
 * name read from Arabic script, whose short vowels are unknown, can equal a name as written.
 */
export function skeletonWords(text: string): string {
  return text.split(' ').map(skeleton).join(' ')
}

/**
 * Skeletons by token, per thread: a batch's queries repeat their words (given names, Al, Bin,
 * Company), and thirteen replacements per word were a large share of analysing a query.
 */
const known = new Map<string, string>()

function skeletonOf(token: string): string {
  if (!token) return ''
  let s = token
    .replace(/shch|sch|tsch/g, 'S')
    .replace(/sh|ch|zh/g, 'S')
    .replace(/kh|gh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/dj|dzh/g, 'j')
    .replace(/ck|q|c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ts|tz/g, 's')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
  const first = /^[aeiouy]/.test(s) ? 'a' : s[0]
  s = first + s.slice(1).replace(/[aeiouy]/g, '')
  return s.replace(/(.)\1+/g, '$1')
}
