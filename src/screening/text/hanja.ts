import { createRequire } from 'node:module'
import { southInitial } from './hangul.js'
import { koreanSurname } from './korean-names.js'

/**
 * Korean names written in Han characters (hanja: 金正恩, 崔龍海) read in Korean, through the
 * hanja package's table of each character's Sino-Korean sound (27,497 characters). A table of
 * sounds, not of words: the sound a character has in a name is nearly always its first one.
 * Loaded when the first short Han name is read (half a megabyte of JSON).
 */
let sounds: Record<string, string> | undefined
const loadSounds = () => (sounds ??= createRequire(import.meta.url)('hanja/lib/data/hanjaeum.json') as Record<string, string>)

/**
 * The characters of the common Korean surnames (korean-names.ts), traditional and simplified:
 * a sound alone is not a surname (利 sounds as 李, Ri, and is none).
 */
// prettier-ignore
const SURNAME_CHARS = new Set([...'金李朴崔鄭郑丁姜康江趙赵曺尹張张蔣林任韓韩吳吴徐申辛愼權权黃黄安宋柳劉刘全田錢钱洪高文梁楊杨孫孙裵裴白許许南沈盧卢魯鲁河郭成車车朱周禹具丘閔闵玄桂太邊边卞廉吉明'])

/** Surnames whose sound in a name is not the character's first one (金 is 금 "gold", 김 as a name). */
const SURNAME_SOUND: Record<string, string> = { 金: '김', 沈: '심', 車: '차', 车: '차' }

/**
 * The Hangul of a short Han name read as a Korean person's (金正恩 -> 김정은), or undefined when its
 * first character is not a common Korean surname (习近平, 王毅).
 * Every character must have a Korean sound.
 */
export function hanjaReading(run: string): string | undefined {
  const chars = [...run]
  if (chars.length < 2 || chars.length > 4 || !SURNAME_CHARS.has(chars[0])) return undefined
  const table = loadSounds()
  const surname = SURNAME_SOUND[chars[0]] ?? table[chars[0]]
  if (!surname || !(koreanSurname(surname) ?? koreanSurname(southInitial(surname)))) return undefined
  const given = chars.slice(1).map((c) => table[c])
  return given.every(Boolean) ? surname + given.join('') : undefined
}

/**
 * The Hangul of Han characters read one by one in Korean (光鲜 -> 광선), or undefined when one
 * has no Korean sound: the words of a North Korean firm's name written in Chinese.
 */
export function hanjaSounds(run: string): string | undefined {
  const table = loadSounds()
  const sounds = [...run].map((c) => table[c])
  return sounds.length && sounds.every(Boolean) ? sounds.join('') : undefined
}

/** The Hangul a surname is filed under in the surname tables (리 under 이: southInitial). */
export function surnameEntry(hangul: string): string | undefined {
  if (koreanSurname(hangul)) return hangul
  const south = southInitial(hangul)
  return koreanSurname(south) ? south : undefined
}
