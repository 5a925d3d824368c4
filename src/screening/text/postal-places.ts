/**
 * Chinese place names in the Chinese Postal Map Romanization (1906) and other legacy spellings
 * still found in firm and university names, with their pinyin, as data. Source: Wikipedia
 * "Chinese postal romanization" (its table of postal names). Names that are not syllable
 * spellings (Canton, Amoy, Swatow) come from it too; the Wade-Giles table (wade-giles.ts) covers
 * the rest. Tsinghua (Qinghua) is the university's own legacy spelling.
 */
// prettier-ignore
export const POSTAL_PLACES: Record<string, string> = {
  peking: 'beijing', peiping: 'beiping', nanking: 'nanjing', tientsin: 'tianjin', tsingtao: 'qingdao',
  canton: 'guangzhou', kwangchow: 'guangzhou', amoy: 'xiamen', chungking: 'chongqing', hankow: 'hankou',
  soochow: 'suzhou', hangchow: 'hangzhou', foochow: 'fuzhou', swatow: 'shantou',
  lanchow: 'lanzhou', kweilin: 'guilin', kweiyang: 'guiyang', chengtu: 'chengdu', tsinan: 'jinan',
  paotow: 'baotou', dairen: 'dalian', ningpo: 'ningbo', wenchow: 'wenzhou', changchow: 'changzhou',
  kiangsu: 'jiangsu', kiangsi: 'jiangxi', kwangtung: 'guangdong', kwangsi: 'guangxi', fukien: 'fujian',
  chekiang: 'zhejiang', shantung: 'shandong', shansi: 'shanxi', shensi: 'shaanxi', szechwan: 'sichuan',
  szechuan: 'sichuan', hupeh: 'hubei', hopeh: 'hebei', hopei: 'hebei', honan: 'henan', anhwei: 'anhui',
  kansu: 'gansu', kweichow: 'guizhou', sinkiang: 'xinjiang', tsinghua: 'qinghua', whampoa: 'huangpu',
  harbin: 'haerbin',
}
