import { createRequire } from 'node:module'
import type { pinyin as Pinyin } from 'pinyin-pro'

// pinyin-pro is the heaviest module of the analysis to load: loaded when the first Han name is
// read, so screening Latin and Cyrillic names starts without it.
let pinyin: typeof Pinyin | undefined
const loadPinyin = () => (pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin)

/**
 * Chinese names: romanised through Hanyu Pinyin (pinyin-pro), which is how mainland names reach
 * the lists (OFAC writes 深圳市大疆创新科技有限公司 as "SZ DJI" or "SHENZHEN DAJIANG ..."). The
 * common words of company names have English equivalents the lists use (glosses-zh.ts), so both
 * are tried.
 */
export function toPinyin(han: string): string {
  // pinyin-pro hands back what it cannot read as it came, and splits a character outside the
  // Basic Multilingual Plane (CJK Extension B: 𠀀) into surrogate halves: those are dropped.
  return loadPinyin()(han, { toneType: 'none', type: 'array', v: true })
    .map((p) => p.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .join('')
}

/** Place prefixes of company names; the name is also compared without them (深圳/Shenzhen). */
export const HAN_PLACES = [
  '北京', '上海', '天津', '重庆', '深圳', '广州', '杭州', '南京', '武汉', '成都', '西安', '香港', '澳门',
  '厦门', '宁波', '苏州', '青岛', '大连', '东莞', '珠海', '合肥', '长沙', '郑州', '济南', '沈阳', '哈尔滨',
  '福州', '无锡', '佛山', '中山', '汕头', '温州', '义乌', '昆明', '南宁', '乌鲁木齐', '石家庄', '太原',
  '长春', '南昌', '贵阳', '兰州', '海口', '呼和浩特', '银川', '西宁', '拉萨', '常州', '绍兴', '台州',
  '广东', '浙江', '江苏', '福建', '山东', '河北', '河南', '湖北', '湖南', '四川', '陕西', '辽宁', '吉林',
  '黑龙江', '安徽', '江西', '云南', '贵州', '山西', '甘肃', '海南', '内蒙古', '新疆', '西藏', '广西',
  '宁夏', '青海', '中国', '台湾', '朝鲜',
]

/** Two-character surnames; every other Chinese surname is the first character. */
export const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯'])
