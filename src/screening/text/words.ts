/**
 * Word tables the name analysis uses. Titles are dropped; particles, generic words and place
 * names stay but weigh little, so they can never carry a match on their own (the "11420 CORP."
 * hit on "corp" that Watchman reports).
 */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'sheikh',
  'shaikh', 'shaykh', 'sheik', 'haji', 'hajji', 'hadji', 'haj', 'hajj', 'alhaj', 'alhaji', 'alhajj', 'mullah', 'mulla', 'maulvi', 'mawlawi', 'maulana',
  'qari', 'mufti', 'imam', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'maj', 'major', 'lt',
  'brig', 'admiral', 'hon', 'rev', 'phd', 'md', 'esq', 'eng', 'ing',
  'господин', 'г-н',
])

/**
 * A person's generation after the name (John Smith Jr, SMITH JR, John; Henry Ford II), in one
 * spelling: a father and a son of one name are two people, told apart by it alone.
 */
export const GENERATIONS = new Map([
  ['jr', 'jr'], ['junior', 'jr'], ['sr', 'sr'], ['senior', 'sr'], ['ii', 'ii'], ['iii', 'iii'], ['iv', 'iv'],
])

/** Name particles (Arabic, European): they join names but tell little apart. */
export const PARTICLES = new Set([
  'al', 'el', 'ul', 'ur', 'bin', 'ibn', 'bn', 'bint', 'ben', 'abu', 'abou', 'abo', 'abd', 'abdul', 'abdel',
  'abdal', 'abdol', 'abdur', 'abdus', 'abdoul', 'abder', 'abdar', 'abdes', 'abdas', 'walad', 'ould', 'wuld', 'de', 'del', 'della',
  'da', 'di', 'dos', 'das', 'do', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'e', 'of', 'the',
  'and', 'for', 'и', 'i',
])

/** Common words of organisation names: informative only next to a distinctive word. */
export const GENERIC_WORDS = new Set([
  'company', 'trading', 'trade', 'international', 'intl', 'group', 'holding', 'holdings', 'industrial',
  'industries', 'industry', 'technology', 'technologies', 'tech', 'import', 'export', 'general', 'services',
  'service', 'enterprise', 'enterprises', 'development', 'investment', 'investments', 'logistics',
  'engineering', 'manufacturing', 'electronics', 'electronic', 'systems', 'system', 'solutions', 'global',
  'national', 'state', 'federal', 'science', 'scientific', 'research', 'institute', 'center', 'centre',
  'production', 'association', 'foundation', 'bank', 'shipping', 'transport', 'management', 'partners',
  'network', 'equipment', 'machinery', 'materials', 'energy', 'chemical', 'aviation', 'innovation',
  'information', 'communication', 'communications', 'precision', 'instrument', 'instruments', 'new',
  'plant', 'factory', 'works', 'scientificproduction', 'joint', 'stock', 'office', 'branch', 'agency',
  'ministry', 'organization', 'organisation', 'commercial', 'business', 'resources', 'supply', 'chain',
  'capital', 'finance', 'financial', 'consulting', 'marine', 'oil', 'gas', 'petroleum', 'air', 'lines',
  'airlines', 'ship', 'vessel', 'project', 'projects', 'line', 'east', 'west', 'north', 'south', 'middle',
  'asia', 'europe', 'euro', 'world', 'first', 'united', 'union', 'republic', 'st',
  'aerospace', 'defense', 'defence', 'concern',
  // "Company" in Spanish, Portuguese, French and their short forms (CIA. MINERA DAPA S.A.).
  'compania', 'cia', 'companhia', 'compagnie', 'cie',
])

/** Place names common in trading-house names (with or without them, it is the same firm). */
export const PLACE_WORDS = new Set([
  'shenzhen', 'beijing', 'shanghai', 'guangzhou', 'hong', 'kong', 'hongkong', 'tianjin', 'hangzhou',
  'xiamen', 'ningbo', 'suzhou', 'dongguan', 'zhuhai', 'chengdu', 'wuhan', 'nanjing', 'xian', 'qingdao',
  'dalian', 'guangdong', 'zhejiang', 'jiangsu', 'fujian', 'shandong', 'china', 'chinese', 'moscow',
  'moskva', 'petersburg', 'sankt', 'saint', 'russia', 'russian', 'rossii', 'rossiya', 'dubai', 'uae',
  'emirates', 'istanbul', 'turkey', 'almaty', 'kazakhstan', 'tashkent', 'uzbekistan', 'bishkek', 'yerevan',
  'armenia', 'tbilisi', 'minsk', 'belarus', 'iran', 'tehran', 'syria', 'korea', 'pyongyang', 'kharkiv',
  'ukraine', 'india', 'hk', 'sz', 'shi',
])

/** Patronymic endings (Russian, Turkic): a missing patronymic says little. */
export function isPatronymic(token: string): boolean {
  return /(ovich|evich|ovych|yevich|ievich|ovitch|evitch|owitsch|ewitsch|ovna|evna|ivna|yevna|ogly|oglu|kyzy|qizi)$/.test(token)
}
