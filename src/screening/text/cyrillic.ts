/**
 * Cyrillic transliteration by more than one scheme, because lists mix them: OFAC and the UN use
 * BGN/PCGN-like forms (Zakharov, Yuriy), Russian passports since 2014 use ICAO 9303 (Iurii),
 * and German-speaking sources write Sacharow. A name is compared in each scheme.
 */
type Table = Record<string, string>

const COMMON: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ш: 'sh', щ: 'shch', ь: '', ы: 'y', э: 'e',
  ж: 'zh', ч: 'ch', х: 'kh', ц: 'ts', ё: 'e',
  // Ukrainian and Belarusian letters
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
}

/** BGN/PCGN (OFAC, UN, UK): й -> y, я -> ya, ю -> yu, е -> e. */
const BGN: Table = { ...COMMON, е: 'e', й: 'y', я: 'ya', ю: 'yu', ъ: '' }
/** ICAO 9303 (passports): й -> i, я -> ia, ю -> iu, ъ -> ie. */
const ICAO: Table = { ...COMMON, е: 'e', й: 'i', я: 'ia', ю: 'iu', ъ: 'ie', ї: 'i', є: 'ie' }
/** German-style (Duden): ж -> sch, х -> ch, ц -> z, ш -> sch, в -> w, з -> s, й -> j. */
const GERMAN: Table = {
  ...COMMON, е: 'e', й: 'j', я: 'ja', ю: 'ju', ъ: '', ж: 'sch', х: 'ch', ц: 'z', ш: 'sch', щ: 'schtsch',
  в: 'w', з: 's', ч: 'tsch', ы: 'y',
}

/**
 * Arabic names as Russian writes them (Катиба ат-Таухид валь-Джихад, Katiba at-Tawhid wal-Jihad):
 * дж for j, х for h, в for w, у after a or o for w; the soft sign of аль- dropped.
 */
const ARABIC: Table = { ...BGN, в: 'w', х: 'h', ж: 'j' }

export const CYRILLIC_SCHEMES = { bgn: BGN, icao: ICAO, german: GERMAN, arabic: ARABIC } as const
export type CyrillicScheme = keyof typeof CYRILLIC_SCHEMES

/** Transliterates lowercase Cyrillic text; other characters pass through. */
export function transliterateCyrillic(s: string, scheme: CyrillicScheme = 'bgn'): string {
  const table: Table = CYRILLIC_SCHEMES[scheme]
  const text = scheme === 'arabic' ? s.replace(/дж/g, 'j').replace(/(?<=[ао])у(?![аеёиоуыэюя])/g, 'w') : s
  let out = ''
  for (const ch of text) out += table[ch] ?? ch
  // BGN writes е as ye at the start of a word (Yevgeniy, Yelena).
  if (scheme === 'bgn') out = out.replace(/^e(?=[a-z])/, (m) => (s.startsWith('е') ? 'ye' : m))
  return out
}

/**
 * Marks of an Arabic name written in Cyrillic: the article (аль-, ат-, ад-...), ибн, бин, абу,
 * a name of Abd (Абдель, Абдулла), Muhammad as Russian spells it.
 */
const ARABIC_MARKS = /(^|[\s-])(аль|эль|ибн|бин|абу|абд[а-яё]*|м[ую]хамм[ае]д|мохамм[ае]д)(?=[\s-]|$)|(^|\s)а[тдрсшнз]-(?=[а-яё])/i

/**
 * A Russian surname or patronymic (Абдурахманов, Магомедович): a name of the Caucasus or Central
 * Asia written the Russian way, which the lists romanise as Russian (ABDURAKHMANOV), not as Arabic.
 */
const RUSSIAN_ENDINGS = /[а-яё](ов|ев|ова|ева|ович|евич|овна|евна)(?=[\s,-]|$)/i

/** Whether a Cyrillic name reads as an Arabic one (then also read by the Arabic scheme). */
export const arabicInCyrillic = (clean: string) => ARABIC_MARKS.test(clean) && !RUSSIAN_ENDINGS.test(clean)
