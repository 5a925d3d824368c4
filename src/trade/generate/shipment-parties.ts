// The invented and the listed parties, goods descriptions and routes the shipment generator
// draws from (marked synthetic wherever shown). Listed names are real designations, written as a
// declaration might write them; everything else is invented.

/** Trading houses of the post-2022 routes, some written in Chinese as real declarations are. */
export const SHIPPERS: [name: string, country: string, origin: string][] = [
  ['Shenzhen Xinda Electronics Co., Ltd.', 'CN', 'CN'],
  ['深圳市鑫达电子有限公司', 'CN', 'CN'],
  ['Hong Kong Bright Ocean Trading Limited', 'HK', 'CN'],
  ['Jinan Precision Machine Tool Co., Ltd.', 'CN', 'CN'],
  ['Istanbul Makina Dis Ticaret A.S.', 'TR', 'TR'],
  ['Dubai Gulf Components FZE', 'AE', 'CN'],
  ['Almaty Tech Supply LLP', 'KZ', 'CN'],
  ['Yerevan Electronics Trade LLC', 'AM', 'CN'],
  ['Bishkek Import Export OsOO', 'KG', 'CN'],
  ['Guangzhou Sunrise Machinery Import & Export Co., Ltd.', 'CN', 'CN'],
]

/** Russian importers of the clean rows, all buying from the first day of the file. */
export const CONSIGNEES = [
  'ООО "Техноком"',
  'OOO Promelektronika',
  'АО "Станкосервис"',
  'LLC Microtech Solutions',
  'ООО "Северный Ветер"',
  'JSC Uralmash Supply',
  'ООО "Радиодеталь"',
]

/** Clean importers that start buying late in the file: real businesses are new too (false positives of the new-consignee factor). */
export const LATE_CONSIGNEES = [
  'ООО "Инженерные Системы"',
  'LLC Baltic Instruments',
  'АО "Волгаприбор"',
]

/** Freight forwarders named as notify party on some clean rows. */
export const FORWARDERS: [string, string][] = [
  ['Sinotrans Logistics Co., Ltd.', 'CN'],
  ['Kazakh Freight Forwarding LLP', 'KZ'],
  ['ООО "Балтийский Экспедитор"', 'RU'],
]

/**
 * Listed parties (OFAC SDN, Russia-related programmes, in the 2024-05-03 list; ZALA AERO also on
 * the UK list), each as a declaration might write it, with the list entry it stands for.
 */
export const LISTED: [written: string, listed: string, sdn: number][] = [
  ['Radioavtomatika LLC', 'RADIOAVTOMATIKA LLC', 35348],
  ['OOO Oboronlogistika', 'OBORONLOGISTIKA OOO', 22407],
  ['JSC NPO High Precision Systems', 'JSC NPO HIGH PRECISION SYSTEMS', 18769],
  ['Special Technology Center LLC', 'SPECIAL TECHNOLOGY CENTER', 21332],
  ['AO Komponenta', 'KOMPONENTA AO', 41996],
  ['Kronshtadt JSC', 'JOINT STOCK COMPANY KRONSHTADT', 35854],
]

/** Buyers set up late: each appears only in the file's last months (planted new consignees). */
export const SHELLS = [
  'ООО "Вектор Плюс"',
  'LLC Arktika Trade House',
  'ООО "Промтех-Альянс"',
  'OOO Nord Component Group',
  'ООО "СибЭлектроСнаб"',
  'LLC Quantum Supply',
]

/** Shippers in transit countries moving coalition-made goods (planted corridor shipments). */
export const CORRIDOR_SHIPPERS: [string, string][] = [
  ['Astana Industrial Trade LLP', 'KZ'],
  ['Armenian Precision Systems LLC', 'AM'],
  ['Osh Electronics Distribution OsOO', 'KG'],
  ['Anatolia Elektronik Ticaret Ltd. Sti.', 'TR'],
  ['Jebel Ali Tech Trading FZCO', 'AE'],
  ['Kowloon Semicon Sourcing Ltd', 'HK'],
]
export const COALITION_ORIGINS = ['DE', 'US', 'JP', 'KR', 'NL', 'IT', 'FR', 'GB', 'TW', 'CH']

/** Goods of other chapters, written under the declared dual-use codes (planted description mismatches). */
export const MISFITS = [
  'household goods',
  "women's cotton dresses",
  'toys and games',
  'wooden furniture parts',
  'ceramic tableware',
  'plastic kitchenware',
  'leather footwear',
  'frozen fish fillets',
]

/** Commercial descriptions of the model's headings, as traders write them. */
export const DESCRIPTIONS: Record<string, string> = {
  '8542': 'integrated circuits, microcontrollers and memory chips',
  '8517': 'network switches and routers, telephone apparatus',
  '8526': 'GNSS receivers, radio navigational aid apparatus',
  '8532': 'electrical capacitors, ceramic dielectric',
  '8548': 'electrical parts of machinery, n.e.c.',
  '8471': 'computers: automatic data processing machines and units',
  '8504': 'static converters, power supply units',
  '8525': 'television cameras and digital cameras',
  '8529': 'parts for radar and radio transmission apparatus',
  '8536': 'electrical connectors and switches for circuits',
  '8541': 'semiconductor devices: diodes, transistors, photosensitive devices',
  '8482': 'ball bearings and roller bearings',
  '8807': 'parts of aircraft and unmanned aircraft (UAV propellers, frames)',
  '9013': 'liquid crystal devices, lasers, optical appliances',
  '9014': 'navigational instruments and appliances, gyroscopic compasses',
  '8486': 'machines for the manufacture of semiconductor wafers',
  '8534': 'printed circuits, multilayer PCB',
  '8543': 'electrical machines and apparatus with individual functions, signal generators',
  '9027': 'instruments for physical or chemical analysis, spectrometers',
  '9030': 'oscilloscopes and instruments for measuring electrical quantities',
  '8456': 'laser cutting machines for working metal',
  '8457': 'CNC machining centres for working metal',
  '8458': 'CNC lathes for removing metal',
  '8459': 'milling machines and drilling machines for metal',
  '8460': 'grinding machines for metal',
  '8461': 'gear cutting and sawing machines for metal',
  '8462': 'CNC press brakes, bending and punching machines for metal',
  '8463': 'machine tools for working metal, wire drawing',
  '8466': 'tool holders and parts for machine tools',
  '8806': 'unmanned aircraft, quadcopter drones',
  '8802': 'spacecraft and satellites, suborbital launch vehicles',
}
