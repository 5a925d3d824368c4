/**
 * The value of a number however a name writes it: digits (7), with an ordinal suffix (7th), as
 * an English cardinal or ordinal word (seven, seventh) or as a Roman numeral (VII). Names write
 * one number several ways (Seven Sea / 7 Sea, Fourth Division / 4th Division), and two numbers
 * of different value are two things (Fund II / Fund IV).
 */
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ORDINAL_UNITS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
]

const WORDS = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i]),
  ...ORDINAL_UNITS.map((w, i): [string, number] => [w, i]),
  ...TENS.flatMap((w, i): [string, number][] =>
    w
      ? [
          [w, i * 10],
          [`${w.slice(0, -1)}ieth`, i * 10],
        ]
      : []
  ),
  ['hundred', 100],
  ['hundredth', 100],
  ['thousand', 1000],
  ['thousandth', 1000],
])

/**
 * The one table of number words, cardinal and ordinal (zero to nineteen, the tens, hundred,
 * thousand), by value: numbers.ts writes them as digits from it.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = WORDS

/**
 * Roman numerals of i, v and x only (up to 39): the others (c, d, l, m) spell too many words
 * (mix, civil, dim, mild).
 */
const ROMAN = /^(?=[ivx])(x{0,3})(ix|iv|v?i{0,3})$/
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 }

/** Value of a Roman numeral up to 39 (xxxix), or undefined. */
export function romanNumeral(text: string): number | undefined {
  if (!ROMAN.test(text)) return undefined
  let total = 0
  for (let k = 0; k < text.length; k++) {
    const v = ROMAN_VALUE[text[k]]
    total += v < (ROMAN_VALUE[text[k + 1]] ?? 0) ? -v : v
  }
  return total
}

/**
 * The number a lowercase word writes, or undefined. A single I, V or X is an initial unless
 * `letters` (beside another numeral: Investments I / Investments II).
 */
export function numeralValue(text: string, letters = false): number | undefined {
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(text)
  if (digits) return Number(digits[1])
  const word = WORDS.get(text)
  if (word !== undefined) return word
  return letters || text.length > 1 ? romanNumeral(text) : undefined
}
