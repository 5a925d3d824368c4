import { describe, expect, test } from 'vitest'
import { scorePair } from '../pairs.js'

// Each gloss row added from mining or from CC-CEDICT (glosses-zh.ts, glosses-ru.ts), read
// through the whole matcher: a realistic firm name in Han (or Cyrillic) against its English name.
const score = (a: string, b: string) => scorePair('Company', a, b).score

describe('a Han name matches its English name through the new glosses', () => {
  test.each([
    ['北京精密机械有限公司', 'Beijing Precision Machinery Co., Ltd.'],
    // Mined from the UN list: traditional characters, a place in parentheses, 船务 and 海运.
    ['華信船務(香港)有限公司', 'Huaxin Shipping (Hong Kong) Ltd'],
    ['沈忠國際海運有限公司', 'Shen Zhong International Shipping Co., Ltd.'],
    ['朝鲜联合机械贸易会社', 'Korea Lianhe Machinery Trading Company'],
    ['武汉三江进出口有限公司', 'Wuhan Sanjiang Imp. & Exp. Co. Ltd.'],
    // CC-CEDICT rows.
    ['丹东科华经贸有限公司', 'Dandong Kehua Economic and Trade Co., Ltd.'],
    ['无锡华光集成电路有限公司', 'Wuxi Huaguang Integrated Circuit Co., Ltd.'],
    ['深圳海思芯片有限公司', 'Shenzhen Haisi Chip Co., Ltd.'],
    ['西安中星传感器有限公司', 'Xian Zhongxing Sensor Co., Ltd.'],
    ['武汉高德红外股份有限公司', 'Wuhan Gaode Infrared Co., Ltd.'],
    ['江苏恒神复合材料有限公司', 'Jiangsu Hengshen Composite Materials Co., Ltd.'],
    ['包头华美稀土有限公司', 'Baotou Huamei Rare Earth Co., Ltd.'],
    ['宝鸡钛业合金有限公司', 'Baoji Taiye Alloy Co., Ltd.'],
    ['中国有色金属进出口公司', 'China Nonferrous Metals Import and Export Corporation'],
    ['鞍山冶金集团有限公司', 'Anshan Metallurgy Group Co., Ltd.'],
    ['江西赣锋矿产有限公司', 'Jiangxi Ganfeng Minerals Co., Ltd.'],
    ['天津荣程钢材有限公司', 'Tianjin Rongcheng Steel Co., Ltd.'],
    ['宁波韵升磁性材料有限公司', 'Ningbo Yunsheng Magnetic Materials Co., Ltd.'],
    ['徐州恒立液压有限公司', 'Xuzhou Hengli Hydraulic Co., Ltd.'],
    ['浙江卧龙电机有限公司', 'Zhejiang Wolong Motor Co., Ltd.'],
    ['上海华谊机电有限公司', 'Shanghai Huayi Electromechanical Co., Ltd.'],
    ['株洲中航发动机有限公司', 'Zhuzhou Zhonghang Engine Co., Ltd.'],
    ['潍柴动力股份有限公司', 'Weichai Power Co., Ltd.'],
    ['昆山嘉华模具有限公司', 'Kunshan Jiahua Mould Co., Ltd.'],
    ['永康华丰五金有限公司', 'Yongkang Huafeng Hardware Co., Ltd.'],
    ['太原华德重型机械有限公司', 'Taiyuan Huade Heavy Machinery Co., Ltd.'],
    ['抚顺特种钢材有限公司', 'Fushun Special Steel Co., Ltd.'],
    ['北京航天测控技术有限公司', 'Beijing Aerospace Measurement and Control Technology Co., Ltd.'],
    ['苏州华测检测有限公司', 'Suzhou Huace Testing Co., Ltd.'],
    ['武汉中地测绘有限公司', 'Wuhan Zhongdi Surveying and Mapping Co., Ltd.'],
    ['北京星图遥感有限公司', 'Beijing Xingtu Remote Sensing Co., Ltd.'],
    ['深圳华芯研发中心', 'Shenzhen Huaxin Research and Development Center'],
    ['成都锦江电子器件有限公司', 'Chengdu Jinjiang Electronic Devices Co., Ltd.'],
    ['深圳振华元器件有限公司', 'Shenzhen Zhenhua Components Co., Ltd.'],
    ['广州金升阳电源有限公司', 'Guangzhou Jinshengyang Power Supply Co., Ltd.'],
    ['远东电缆有限公司', 'Yuandong Cable Co., Ltd.'],
    ['长飞光纤有限公司', 'Changfei Optical Fiber Co., Ltd.'],
    ['杭州爱华声学有限公司', 'Hangzhou Aihua Acoustics Co., Ltd.'],
    ['成都雷电微波有限公司', 'Chengdu Leidian Microwave Co., Ltd.'],
    ['西安海天天线有限公司', 'Xian Haitian Antenna Co., Ltd.'],
    ['北京中电晶体有限公司', 'Beijing Zhongdian Crystal Co., Ltd.'],
    ['山东国瓷陶瓷有限公司', 'Shandong Guoci Ceramics Co., Ltd.'],
    ['合肥国盾量子有限公司', 'Hefei Guodun Quantum Co., Ltd.'],
    ['上海超导科技有限公司', 'Shanghai Superconducting Technology Co., Ltd.'],
    ['北京中航无人系统有限公司', 'Beijing Zhonghang Unmanned Systems Co., Ltd.'],
    ['辽宁庆阳弹药有限公司', 'Liaoning Qingyang Ammunition Co., Ltd.'],
    ['山西江阳炸药有限公司', 'Shanxi Jiangyang Explosives Co., Ltd.'],
    ['江南造船集团有限公司', 'Jiangnan Shipbuilding Group Co., Ltd.'],
    ['大连华信海事有限公司', 'Dalian Huaxin Maritime Co., Ltd.'],
    ['宁波华盛船运有限公司', 'Ningbo Huasheng Shipping Co., Ltd.'],
    ['天津华远货运有限公司', 'Tianjin Huayuan Freight Co., Ltd.'],
    ['中国航空物资有限公司', 'China Aviation Materials Co., Ltd.'],
    ['武汉华中数控系统有限公司', 'Wuhan Huazhong Numerical Control Systems Co., Ltd.'],
  ])('%s = %s', (han, english) => expect(score(han, english)).toBeGreaterThanOrEqual(0.7))
})

describe('a Russian name matches its English name through the new glosses', () => {
  test.each([
    ['ООО "Беспилотные системы"', 'LLC "Unmanned Systems"'],
    ['АО "Беспилотные авиационные системы"', 'JSC Unmanned Aviation Systems'],
  ])('%s = %s', (ru, english) => expect(score(ru, english)).toBeGreaterThanOrEqual(0.7))
})

describe('two firms sharing only glossed common words stay apart', () => {
  test.each([
    ['北京华强精密机械有限公司', 'Shanghai Dongfang Precision Machinery Co., Ltd.'],
    ['无锡华光集成电路有限公司', 'Shenzhen Xinhai Integrated Circuit Co., Ltd.'],
    ['宁波华盛船运有限公司', 'Dalian Jinhai Shipping Co., Ltd.'],
    ['包头华美稀土有限公司', 'Ganzhou Longxin Rare Earth Co., Ltd.'],
    ['成都雷电微波有限公司', 'Nanjing Hongtai Microwave Co., Ltd.'],
    ['北京中航无人系统有限公司', 'Shenzhen Kaituo Unmanned Systems Co., Ltd.'],
    ['ООО "Беспилотные системы"', 'LLC "Orlan Unmanned Systems"'],
  ])('%s vs %s', (a, b) => expect(score(a, b)).toBeLessThan(0.7))
})
