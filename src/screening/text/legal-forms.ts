/**
 * Legal forms across Latin, Cyrillic and Chinese, mapped to one code so ООО, OOO and LLC read
 * as the same thing, and removed from the name tokens: a legal form never carries a match.
 * Families group forms a registry may swap (OAO became PAO in 2014; 有限公司 is "Co., Ltd.").
 * Forms are also listed written out, accents folded ("gesellschaft mit beschrankter haftung",
 * "societa per azioni"), and in the long romanisations of the Russian forms as OFAC and UN spell
 * them, variants and misspellings included: mined from OFAC SDN 2024-05, the OFAC non-SDN and
 * ADD/ALT files and the UN list in ../shared/data (grep -io 'obshchestvo s ogranich...'), not guessed;
 * the Ukrainian forms as OFAC (tovarystvo z obmezhenoyu vidpovidalnistyu) and the FtM sample
 * (... obmezhenoiu vidpovidalnistiu, the national system) write them, and the Belarusian LLC.
 * The Chinese forms also in pinyin, spaced or joined as romanised names write them (有限公司
 * Youxian Gongsi, 股份有限公司 Gufen Youxian Gongsi, 有限责任公司 Youxian Zeren Gongsi, 公司 Gongsi).
 */
const TABLE: [code: string, label: string, family: 'limited' | 'stock' | 'state' | 'other', phrases: string[]][] = [
  ['llc', 'LLC', 'limited', ['ооо', 'ooo', 'llc', 'l l c', 'limited liability company', 'общество с ограниченной ответственностью', 'тов', 'тоо', 'товарищество с ограниченной ответственностью', 'товариство з обмеженою відповідальністю', 'таварыства з абмежаванай адказнасцю', 'tovarystvo z obmezhenoyu vidpovidalnistyu', 'tovarystvo z obmezhenoiu vidpovidalnistiu', 'mchj', 'sp z o o', 'spzoo', 'sro', 's r o', 'doo', 'd o o', 'kft', 'oy', 'ab', 'aps', 'bv', 'b v', '有限责任公司', 'youxian zeren gongsi', 'youxianzeren gongsi', 'youxianzerengongsi', 'besloten vennootschap', 'obshchestvo s ogranichennoi otvetstvennostyu', 'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostiu', 'obshchestvo s ogranichennoi otvetstvennostiyu', 'obshchestvo s ogranichennoj otvetstvennostyu', 'obshchestvo s ogranichennoi otvetsvennostyu', 'obshchestvo s ogranichennoi otvetstennostyu', 'obshchestvo s ogranichennoi otvetstsvennostyu', 'obshchestvo s ogranichenno otvetstvennostyu']],
  ['ltd', 'Ltd', 'limited', ['ltd', 'limited', 'pty ltd', 'pvt ltd', 'private limited', 'pte ltd', 'pte', 'pvt', 'sdn bhd', 'bhd', 'company limited', 'co limited', 'private limited company']],
  ['co-ltd', 'Co Ltd', 'limited', ['co ltd', 'co ltd co', 'company ltd', '有限公司', '股份有限公司', 'youxian gongsi', 'youxiangongsi', 'gufen youxian gongsi', 'gufenyouxian gongsi', 'gufen youxiangongsi', 'gufenyouxiangongsi', 'gongsi', 'kabushiki kaisha', 'kk', 'co', 'company']],
  ['gmbh', 'GmbH', 'limited', ['gmbh', 'ug', 'sarl', 's a r l', 'srl', 's r l', 'eurl', 'sas', 's a s', 'sl', 's l', 'lda', 'gesellschaft mit beschrankter haftung', 'gesellschaft mbh', 'societa a responsabilita limitata', 'societe a responsabilite limitee', 'sociedad de responsabilidad limitada', 'sociedad limitada']],
  ['jsc', 'JSC', 'stock', ['ао', 'ao', 'jsc', 'joint stock company', 'joint stock co', 'акционерное общество', 'акціонерне товариство', 'aktsionerne tovarystvo', 'ат', 'ag', 'a g', 'sa', 's a', 'nv', 'n v', 'spa', 's p a', 'as', 'asa', 'a s', 'ad', 'a d', 'jsc co', 'aktiengesellschaft', 'societa per azioni', 'societe anonyme', 'sociedad anonima', 'naamloze vennootschap', 'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo']],
  ['pjsc', 'PJSC', 'stock', ['пао', 'pao', 'pjsc', 'public joint stock company', 'публичное акционерное общество', 'публічне акціонерне товариство', 'publichne aktsionerne tovarystvo', 'пат', 'plc', 'public limited company', 'p l c', 'publichnoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obschestvo', 'publichnoye aktsionernoye obshchestvo', 'publichnoe aktsionernoy obshchestvo', 'publichnoe aktsionernoe obschchestvo', 'publichnoe aktcionernoe obshestvo', 'publichnoe aktcionernoe obshchestvo']],
  ['ojsc', 'OJSC', 'stock', ['оао', 'oao', 'ojsc', 'open joint stock company', 'открытое акционерное общество', 'otkrytoe aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obschestvo', 'otkrytoye aktsionernoye obshchestvo', 'otkrytoye aktsionernoye obschestvo', 'otkrytogo aktsionernogo obshchestva', 'otkrytoe aktsionernoe obschchestvo']],
  ['cjsc', 'CJSC', 'stock', ['зао', 'zao', 'cjsc', 'closed joint stock company', 'закрытое акционерное общество', 'zakrytoe aktsionernoe obshchestvo', 'zakrytoye aktsionernoye obshchestvo']],
  ['inc', 'Inc', 'stock', ['inc', 'incorporated', 'corp', 'corporation', 'corpn']],
  ['unitary', 'state unitary enterprise', 'state', ['фгуп', 'fgup', 'гуп', 'gup', 'муп', 'mup', 'федеральное государственное унитарное предприятие', 'государственное унитарное предприятие', 'federal state unitary enterprise', 'state unitary enterprise', 'фгбу', 'fgbu', 'фгбоу', 'fgbou', 'фгау', 'fgau', 'federal state budgetary institution', 'federalnoe gosudarstvennoe unitarnoe predpriyatie', 'federalnoye gosudarstvennoye unitarnoye predpriyatiye', 'gosudarstvennoe unitarnoe predpriyatie', 'gosudarstvennoye unitarnoye predpriyatiye']],
  ['fze', 'FZE', 'limited', ['fze', 'fzco', 'fzc', 'fz llc', 'fz co', 'dmcc', 'fzllc']],
  ['llp', 'LLP', 'limited', ['llp', 'lp', 'l p', 'gbr', 'kg', 'ohg']],
  ['ip', 'individual entrepreneur', 'other', ['ип', 'индивидуальный предприниматель', 'individual entrepreneur']],
  ['nko', 'non-profit', 'other', ['нко', 'ано', 'нп', 'ano']],
]

/** Forms that are ordinary words mid-name ("Company for General Trading"): a form only at the end. */
const END_ONLY = new Set(['company', 'gongsi'])
/**
 * Two-letter forms that lists write first, Russian style ("AO FINTENDER", АО «Вектор" romanised):
 * a form at the start as well as at the end. Not "as", "ad", "sa" (AS SALAM, AD DAWAH: Arabic
 * articles), which stay forms only at the end.
 */
const LEADING_SHORT = new Set(['ao'])

/**
 * Forms that may be found glued to the end of a name ("AcmeGmbH", "ACMELLC"): multi-letter,
 * no English word ends in them. Not "inc" (zinc), "ag", "sa", "as", "co", "kk" (too many words end so), and not
 * "zao" (a pinyin syllable: "Xinzao").
 */
const GLUED = ['pjsc', 'gmbh', 'corp', 'sarl', 'llc', 'ltd', 'plc', 'jsc', 'ooo', 'oao']
/** The stem left when a glued form is split off must be at least this long. */
const GLUED_MIN_STEM = 3

export interface LegalForm {
  code: string
  label: string
  family: string
}

const PHRASES = new Map<string, LegalForm>()
let longest = 1
for (const [code, label, family, phrases] of TABLE) {
  for (const p of phrases) {
    // A written-out form ending in "company" is also written with "Co" (Closed Joint-Stock Co,
    // Limited Liability Co), as names shorten it everywhere else.
    for (const v of p.endsWith(' company') ? [p, `${p.slice(0, -'company'.length)}co`] : [p]) {
      if (!PHRASES.has(v)) PHRASES.set(v, { code, label, family })
    }
    longest = Math.max(longest, p.split(' ').length)
  }
}

/**
 * Written-out forms a typo away from the table's (Pubic Limited Compnay, Gesellschaft mit
 * beschrankter Haftng, Societa per Azoni): phrases of three words or more, or of two long words,
 * whose long words (FUZZY_MIN letters or more) may each be one edit off; their short words (mit,
 * per, s) and first letters are as written. Words that close to a whole written-out form in a
 * row are the form, not a name. Bucketed by first letter: most words start no such phrase.
 */
const FUZZY_MIN = 4
const FUZZY = new Map<string, { words: string[]; form: LegalForm }[]>()
for (const [phrase, form] of PHRASES) {
  const words = phrase.split(' ')
  if (/\p{Script=Han}/u.test(phrase) || !(words.length >= 3 || (words.length === 2 && words.every((w) => w.length >= 7)))) continue
  FUZZY.set(phrase[0], [...(FUZZY.get(phrase[0]) ?? []), { words, form }])
}
for (const list of FUZZY.values()) list.sort((a, b) => b.words.length - a.words.length)

/** A written-out form starting at `i` with a typo or two (FUZZY), and how many tokens it takes. */
function fuzzyFormAt(tokens: string[], i: number): { form: LegalForm; len: number } | undefined {
  for (const { words, form } of FUZZY.get(tokens[i][0]) ?? []) {
    if (i + words.length > tokens.length) continue
    if (words.every((w, k) => w === tokens[i + k] || (w.length >= FUZZY_MIN && w[0] === tokens[i + k][0] && oneEditApart(w, tokens[i + k]))))
      return { form, len: words.length }
  }
}

/** Whether two different words are one edit apart: a letter changed, added, dropped, or two adjacent letters swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    // A changed letter, or two swapped: the rest equal after it.
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  // A letter added to the longer one at i.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Legal forms found in lowercase tokens; returns the remaining tokens and the forms. */
export function extractLegalForms(tokens: string[]): { rest: string[]; forms: LegalForm[] } {
  const rest: string[] = []
  const forms: LegalForm[] = []
  for (let i = 0; i < tokens.length; ) {
    let hit: LegalForm | undefined
    let len = 0
    for (let n = Math.min(longest, tokens.length - i); n >= 1 && !hit; n--) {
      const phrase = tokens.slice(i, i + n).join(' ')
      // A lone one-letter or two-letter Latin token is a legal form only at the end of the name
      // ("Acme SA"), never in the middle ("AS SALAM", "CO OPERATIVE").
      const f = PHRASES.get(phrase)
      const atEnd = i + n === tokens.length
      const leading = i === 0 && tokens.length > n && LEADING_SHORT.has(phrase)
      if (f && (atEnd || leading || ((n > 1 || phrase.length > 2 || /[^a-z]/.test(phrase)) && !END_ONLY.has(phrase)))) {
        hit = f
        len = n
      }
    }
    if (!hit && tokens[i]) ({ form: hit, len } = fuzzyFormAt(tokens, i) ?? { form: undefined, len: 0 })
    if (hit) {
      if (!forms.some((f) => f.code === hit.code)) forms.push(hit)
      i += len
    } else rest.push(tokens[i++])
  }
  return { rest, forms }
}

/**
 * A legal form glued to the end of a Latin token split off: "acmegmbh" -> ["acme", "gmbh"],
 * "acmellc" -> ["acme", "llc"]. Only the forms in GLUED, only when the stem left has at least
 * GLUED_MIN_STEM letters and a vowel (so "trillc" or "xltd" stay whole), otherwise [token].
 */
export function splitGluedForm(token: string): string[] {
  if (!/^[a-z]+$/.test(token)) return [token]
  for (const form of GLUED) {
    if (!token.endsWith(form)) continue
    const stem = token.slice(0, -form.length)
    if (stem.length >= GLUED_MIN_STEM && /[aeiouy]/.test(stem)) return [stem, form]
    return [token]
  }
  return [token]
}

/**
 * A leading English article dropped from an organisation name: "The Acme Trading Company" is
 * listed as "Acme Trading Co". Kept when it is the whole name.
 */
export function dropLeadingArticle(tokens: string[]): string[] {
  return tokens.length > 1 && tokens[0] === 'the' ? tokens.slice(1) : tokens
}

/** Han legal-form suffixes, longest first. */
export const HAN_FORMS: [string, LegalForm][] = [...PHRASES.entries()]
  .filter(([p]) => /\p{Script=Han}/u.test(p))
  .sort((a, b) => b[0].length - a[0].length)
  .concat([['公司', { code: 'co', label: 'Co', family: 'limited' }]])

export function legalFormByCode(code: string): LegalForm | undefined {
  for (const f of PHRASES.values()) if (f.code === code) return f
  return undefined
}
