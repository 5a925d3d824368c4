import { pinyin } from 'pinyin-pro'

/**
 * Pinyin syllables and Wade-Giles, for the name-variants class. The syllable set is read from
 * pinyin-pro's dictionary (every CJK unified ideograph, tones dropped), not typed in.
 */
let syllables: Set<string> | undefined

export function pinyinSyllables(): Set<string> {
  if (syllables) return syllables
  let chars = ''
  for (let c = 0x4e00; c <= 0x9fff; c++) chars += String.fromCodePoint(c)
  // One-letter and vowel-less syllables (a, e, m, ng, hm) would read any Latin word as pinyin.
  const found = pinyin(chars, { toneType: 'none', type: 'array', v: true }).filter(
    (p) => /^[a-z]{2,}$/.test(p) && /[aeiouv]/.test(p)
  )
  syllables = new Set(found)
  return syllables
}

/** A lowercase word split into the fewest pinyin syllables, or null when it is not pinyin. */
export function splitPinyin(word: string): string[] | null {
  const set = pinyinSyllables()
  const best: (string[] | null)[] = [[]]
  for (let end = 1; end <= word.length; end++) {
    best[end] = null
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const prev = best[start]
      if (
        prev &&
        set.has(word.slice(start, end)) &&
        (!best[end] || prev.length + 1 < best[end]!.length)
      )
        best[end] = [...prev, word.slice(start, end)]
    }
  }
  return best[word.length] ?? null
}

const INITIAL: Record<string, string> = {
  b: 'p',
  d: 't',
  g: 'k',
  z: 'ts',
  c: 'ts',
  zh: 'ch',
  j: 'ch',
  q: 'ch',
  x: 'hs',
  r: 'j',
}
const WHOLE: Record<string, string> = {
  zhi: 'chih',
  chi: 'chih',
  shi: 'shih',
  ri: 'jih',
  zi: 'tzu',
  ci: 'tzu',
  si: 'ssu',
  er: 'erh',
  yi: 'i',
  you: 'yu',
  yan: 'yen',
  ye: 'yeh',
  yue: 'yueh',
  yong: 'yung',
  gui: 'kuei',
  kui: 'kuei',
  lve: 'lueh',
  nve: 'nueh',
  lv: 'lu',
  nv: 'nu',
}

/**
 * One pinyin syllable in Wade-Giles as English texts and the lists write it: no apostrophes or
 * umlauts (so p/p', ch/ch' fall together). zhong -> chung, xian -> hsien, guo -> kuo, duo -> to.
 */
export function wadeGiles(syl: string): string {
  if (WHOLE[syl]) return WHOLE[syl]
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/.exec(syl)!
  const [initial, final] = [m[1], m[2]]
  let f = final
    .replace(/^iong$/, 'iung')
    .replace(/^ong$/, 'ung')
    .replace(/^ian$/, 'ien')
    .replace(/^ie$/, 'ieh')
  if ('jqx'.includes(initial) && initial && /^u/.test(f)) f = f.replace(/^ue$/, 'ueh')
  if ('gkh'.includes(initial) && initial && f === 'e') f = 'o'
  if (['d', 't', 'n', 'l', 'z', 'c', 's', 'zh', 'ch', 'r'].includes(initial) && f === 'uo') f = 'o'
  return (INITIAL[initial] ?? initial) + f
}
