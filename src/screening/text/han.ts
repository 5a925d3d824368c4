import { pinyin } from 'pinyin-pro'

/**
 * Chinese names: romanised through Hanyu Pinyin (pinyin-pro), which is how mainland names reach
 * the lists (OFAC writes 深圳市大疆创新科技有限公司 as "SZ DJI" or "SHENZHEN DAJIANG ..."). The
 * common words of company names have English equivalents the lists use, so both are tried.
 */
export function toPinyin(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array', v: true }).join('')
}

/** Place prefixes of company names; the name is also compared without them (深圳/Shenzhen). */
export const HAN_PLACES = [
  '北京', '上海', '天津', '重庆', '深圳', '广州', '杭州', '南京', '武汉', '成都', '西安', '香港', '澳门',
  '厦门', '宁波', '苏州', '青岛', '大连', '东莞', '珠海', '合肥', '长沙', '郑州', '济南', '沈阳', '哈尔滨',
  '福州', '无锡', '佛山', '中山', '汕头', '温州', '义乌', '昆明', '南宁', '乌鲁木齐', '石家庄', '太原',
  '长春', '南昌', '贵阳', '兰州', '海口', '呼和浩特', '银川', '西宁', '拉萨', '常州', '绍兴', '台州',
  '广东', '浙江', '江苏', '福建', '山东', '河北', '河南', '湖北', '湖南', '四川', '陕西', '辽宁', '吉林',
  '黑龙江', '安徽', '江西', '云南', '贵州', '山西', '甘肃', '海南', '内蒙古', '新疆', '西藏', '广西',
  '宁夏', '青海', '中国', '台湾',
]

/** Generic words of Chinese company names and the English the lists write for them. */
export const HAN_WORDS: Record<string, string> = {
  科技: 'technology', 技术: 'technology', 贸易: 'trading', 商贸: 'trading', 国际: 'international',
  电子: 'electronics', 实业: 'industrial', 工业: 'industrial', 进出口: 'import export', 集团: 'group',
  控股: 'holding', 发展: 'development', 投资: 'investment', 物流: 'logistics', 航空: 'aviation',
  机械: 'machinery', 设备: 'equipment', 信息: 'information', 网络: 'network', 通信: 'communication',
  半导体: 'semiconductor', 光电: 'optoelectronic', 精密: 'precision', 仪器: 'instrument',
  材料: 'materials', 能源: 'energy', 化工: 'chemical', 船舶: 'shipping', 航运: 'shipping',
  运输: 'transport', 供应链: 'supply chain', 智能: 'intelligent', 创新: 'innovation', 工程: 'engineering',
  制造: 'manufacturing', 自动化: 'automation', 软件: 'software', 系统: 'systems', 电器: 'electric',
  电气: 'electric', 微电子: 'microelectronics', 数控: 'cnc', 机床: 'machine tool', 无人机: 'uav',
  研究所: 'research institute', 研究院: 'research institute', 大学: 'university', 银行: 'bank',
}

/** Two-character surnames; every other Chinese surname is the first character. */
export const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯'])
