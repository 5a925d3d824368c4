/**
 * A foreign name written in Chinese characters: its parts are joined by a name dot (弗拉基米尔·普京,
 * 奥萨马·本·拉登), the mark Chinese writing keeps for transcribed names. Such a name is read part
 * by part in pinyin, and compared with Latin names as a transcription (match/transcription.ts).
 */
export const FOREIGN_VIA = 'pinyin of a foreign name in Chinese characters'

/** Name dots: middle dot, katakana middle dot, bullet, hyphenation point, full-width full stop. */
const DOTTED = /\p{Script=Han}\s*[\u00b7\u30fb\u2022\u2027\uff0e\u2219]\s*\p{Script=Han}/u

/** Whether a cleaned name is a foreign name transcribed into Chinese characters. */
export function isForeignTranscription(clean: string): boolean {
  return DOTTED.test(clean)
}
