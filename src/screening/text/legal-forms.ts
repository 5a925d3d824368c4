/**
 * Legal forms across Latin, Cyrillic and Chinese, mapped to one code so ООО, OOO and LLC read
 * as the same thing, and removed from the name tokens: a legal form never carries a match.
 * Families group forms a registry may swap (OAO became PAO in 2014; 有限公司 is "Co., Ltd.").
 */
const TABLE: [code: string, label: string, family: 'limited' | 'stock' | 'state' | 'other', phrases: string[]][] = [
  ['llc', 'LLC', 'limited', ['ооо', 'ooo', 'llc', 'l l c', 'limited liability company', 'общество с ограниченной ответственностью', 'тов', 'тоо', 'товарищество с ограниченной ответственностью', 'товариство з обмеженою відповідальністю', 'mchj', 'sp z o o', 'spzoo', 'sro', 's r o', 'doo', 'd o o', 'kft', 'oy', 'ab', 'aps', 'bv', 'b v', '有限责任公司']],
  ['ltd', 'Ltd', 'limited', ['ltd', 'limited', 'pty ltd', 'pvt ltd', 'private limited', 'pte ltd', 'pte', 'pvt', 'sdn bhd', 'bhd', 'company limited', 'co limited']],
  ['co-ltd', 'Co Ltd', 'limited', ['co ltd', 'co ltd co', 'company ltd', '有限公司', '股份有限公司', 'kabushiki kaisha', 'kk', 'co']],
  ['gmbh', 'GmbH', 'limited', ['gmbh', 'ug', 'sarl', 's a r l', 'srl', 's r l', 'eurl', 'sas', 's a s', 'sl', 's l', 'lda']],
  ['jsc', 'JSC', 'stock', ['ао', 'ao', 'jsc', 'joint stock company', 'joint stock co', 'акционерное общество', 'акціонерне товариство', 'ат', 'ag', 'a g', 'sa', 's a', 'nv', 'n v', 'spa', 's p a', 'as', 'asa', 'a s', 'ad', 'a d', 'jsc co']],
  ['pjsc', 'PJSC', 'stock', ['пао', 'pao', 'pjsc', 'public joint stock company', 'публичное акционерное общество', 'пат', 'plc', 'public limited company']],
  ['ojsc', 'OJSC', 'stock', ['оао', 'oao', 'ojsc', 'open joint stock company', 'открытое акционерное общество']],
  ['cjsc', 'CJSC', 'stock', ['зао', 'zao', 'cjsc', 'closed joint stock company', 'закрытое акционерное общество']],
  ['inc', 'Inc', 'stock', ['inc', 'incorporated', 'corp', 'corporation', 'corpn']],
  ['unitary', 'state unitary enterprise', 'state', ['фгуп', 'fgup', 'гуп', 'gup', 'муп', 'mup', 'федеральное государственное унитарное предприятие', 'государственное унитарное предприятие', 'federal state unitary enterprise', 'state unitary enterprise', 'фгбу', 'fgbu', 'фгбоу', 'fgbou', 'фгау', 'fgau', 'federal state budgetary institution']],
  ['fze', 'FZE', 'limited', ['fze', 'fzco', 'fzc', 'fz llc', 'fz co', 'dmcc', 'fzllc']],
  ['llp', 'LLP', 'limited', ['llp', 'lp', 'l p', 'gbr', 'kg', 'ohg']],
  ['ip', 'individual entrepreneur', 'other', ['ип', 'индивидуальный предприниматель', 'individual entrepreneur']],
  ['nko', 'non-profit', 'other', ['нко', 'ано', 'нп', 'ano']],
]

export interface LegalForm {
  code: string
  label: string
  family: string
}

const PHRASES = new Map<string, LegalForm>()
let longest = 1
for (const [code, label, family, phrases] of TABLE) {
  for (const p of phrases) {
    PHRASES.set(p, { code, label, family })
    longest = Math.max(longest, p.split(' ').length)
  }
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
      if (f && (n > 1 || phrase.length > 2 || i + n === tokens.length || /[^a-z]/.test(phrase))) {
        hit = f
        len = n
      }
    }
    if (hit) {
      if (!forms.some((f) => f.code === hit.code)) forms.push(hit)
      i += len
    } else rest.push(tokens[i++])
  }
  return { rest, forms }
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
