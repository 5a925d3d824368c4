import HKVariantsRev from 'opencc-js/dict/HKVariantsRev'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev'

/**
 * Traditional Chinese characters read as simplified, one character for one, so that a name
 * written in Hong Kong or Taiwan (長安海連技術有限公司, 華信船務(香港)有限公司, as the UN list
 * gives them) finds the same table words as a mainland one (技术, 香港, 有限公司).
 *
 * Source: OpenCC's character tables (opencc-js): Hong Kong and Taiwan variants to OpenCC's
 * traditional forms, then traditional to simplified (the first choice where a character has
 * several). Phrase tables are left out on purpose: they may change a name's length, and the
 * fold must keep each character in place so the pinyin can still be read from the original.
 */
let table: Map<string, string> | undefined

function parse(dict: string, into: Map<string, string>, through?: Map<string, string>): void {
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ')
    if (!from || !to || [...from].length !== 1 || from.length !== to.length) continue
    into.set(from, through?.get(to) ?? to)
  }
}

function foldTable(): Map<string, string> {
  if (table) return table
  const ts = new Map<string, string>()
  parse(TSCharacters, ts)
  const all = new Map(ts)
  // A regional variant goes to OpenCC's traditional form, and on to its simplified one.
  parse(HKVariantsRev, all, ts)
  parse(TWVariantsRev, all, ts)
  table = all
  return all
}

/** The text with each traditional or regional-variant character in its simplified form. */
export function foldTraditional(text: string): string {
  const t = foldTable()
  let out = ''
  for (const ch of text) out += t.get(ch) ?? ch
  return out
}
