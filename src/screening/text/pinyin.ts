import { isKoreanSurname } from './korean-names.js'
import type { Token } from './tokens.js'
import { makeToken } from './tokens.js'

/**
 * The syllables of Hanyu Pinyin without tones, as data (ü written v, as pinyin-pro writes it,
 * and u, as lists write it once accents are folded). Source: the readings pinyin-pro gives the
 * CJK Unified Ideographs block; pinyin.test.ts checks this table against them. Interjections
 * that are also name initials or surnames elsewhere (m, n, ng, hm) are left out.
 */
// prettier-ignore
export const PINYIN_SYLLABLES = new Set(`a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing
  bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
  chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao
  die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao
  ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua
  huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao
  ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang
  liao lie lin ling liu long lou lu luan lun luo lv lve lue ma mai man mang mao me mei men meng mi mian miao mie
  min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu
  nuan nuo nv nve nue o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian
  qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa
  sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui
  shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan
  tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya
  yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang
  zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`
  .split(/\s+/))

/**
 * Pinyin syllables written apart joined into one word, as Chinese names are written in pinyin
 * ("Hua Wei" -> "huawei", "Zhong Xing Telecom" -> "zhongxing telecom"): the spaced and the joined
 * spellings then read alike, in the index and the alignment. Only runs of two or more distinctive
 * words of exactly one syllable each; in a person's name the first word stays apart, as the
 * surname before a joined given name ("Xi Jin Ping" -> "xi jinping").
 *
 * Joining, not splitting: "Jinping" cut into "jin ping" would let "Wang Jin" match half of
 * "Wang Jinping"; joined, the given names stay whole. A person's name is joined only when it
 * reads as Chinese (`chineseName`): Korean names are written syllable by syllable (Kim Song
 * Hun), and gluing their syllables would compare two given names as one word.
 */
export function joinPinyinRuns(tokens: Token[], person: boolean): Token[] {
  // Most names have no two syllables in a row: nothing to build.
  let pairs = 0
  for (let i = 1; i < tokens.length; i++)
    if (isSyllableWord(tokens[i]) && isSyllableWord(tokens[i - 1])) pairs++
  if (!pairs || (person && !chineseName(tokens))) return tokens
  const out: Token[] = []
  for (let i = 0; i < tokens.length;) {
    let j = i
    while (j < tokens.length && isSyllableWord(tokens[j])) j++
    // A surname first (person names): it stays apart from the given name after it.
    const from = person && i === 0 ? 1 : 0
    if (j - i - from >= 2) {
      out.push(...tokens.slice(i, i + from))
      out.push(
        makeToken(
          tokens
            .slice(i + from, j)
            .map((t) => t.text)
            .join('')
        )
      )
      i = j
    } else if (j > i) {
      out.push(...tokens.slice(i, j))
      i = j
    } else out.push(tokens[i++])
  }
  return out
}

const isSyllableWord = (t: Token) =>
  t.kind === 'word' && t.text.length > 1 && PINYIN_SYLLABLES.has(t.text)

/**
 * Surnames spelt with pinyin letters that the lists use for Korean names only: Ri (李, Li in
 * Chinese), as North Korean names are romanised (Ri Song Hun, Ri Yong Ho); and any spelling of
 * a Korean surname that is not one pinyin syllable, though pinyin syllables may spell it (Lee,
 * le + e): Lee Yong Mu is a Korean name, its given name's syllables stay apart.
 */
const KOREAN_ONLY_SURNAMES = new Set(['ri'])
const koreanOnlySurname = (w: string) => KOREAN_ONLY_SURNAMES.has(w) || (isKoreanSurname(w) && !PINYIN_SYLLABLES.has(w))

/**
 * Whether a person's name reads as Chinese: each of its words is pinyin (a syllable, or
 * syllables written together: Jinping), and no word is a Korean-only surname. Kim, Pak, Choe,
 * Jong or Chan are no pinyin: their names' syllables stay apart.
 */
export function chineseName(tokens: Token[]): boolean {
  for (const t of tokens)
    if (t.kind === 'word' && (!isPinyinWord(t.text) || koreanOnlySurname(t.text)))
      return false
  return true
}

/** Whether a word is one pinyin syllable or several written together (xiaoping = xiao + ping). */
export function isPinyinWord(w: string): boolean {
  // ends[i]: w.slice(0, i) splits into syllables (the longest syllable has six letters).
  const ends = [true]
  for (let i = 1; i <= w.length; i++) {
    ends[i] = false
    for (let k = Math.max(0, i - 6); k < i && !ends[i]; k++)
      ends[i] = ends[k] && PINYIN_SYLLABLES.has(w.slice(k, i))
  }
  return w.length > 0 && ends[w.length]
}

/** The fewest pinyin syllables a word splits into (xiaoping: 2, zeming: 2, ming: 1); 0 if none. */
export function pinyinSyllableCount(w: string): number {
  // fewest[i]: the fewest syllables w.slice(0, i) splits into (Infinity: it does not).
  const fewest = [0]
  for (let i = 1; i <= w.length; i++) {
    fewest[i] = Infinity
    for (let k = Math.max(0, i - 6); k < i; k++)
      if (PINYIN_SYLLABLES.has(w.slice(k, i))) fewest[i] = Math.min(fewest[i], fewest[k] + 1)
  }
  return Number.isFinite(fewest[w.length]) ? fewest[w.length] : 0
}
