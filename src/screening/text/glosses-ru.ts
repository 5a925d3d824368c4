/**
 * English glosses of the common words of Russian organisation names, as data. Lists give Russian
 * firms transliterated (Kontsern Kalashnikov) or translated (Kalashnikov Concern), so a Cyrillic
 * name is also read with these words in English.
 *
 * Source: the English names the firms and their regulators use, as on the OFAC SDN, EU and UK
 * lists (Kalashnikov Concern, United Aircraft Corporation, United Shipbuilding Corporation,
 * Tactical Missiles Corporation, NPO Mashinostroyeniya, Almaz-Antey, KBP Instrument Design
 * Bureau, Russian Helicopters), with Russian abbreviations kept as the lists keep them (NPO, NII,
 * OKB). Phrases are in the nominative, hyphenated parts as separate words; glosses.ts matches
 * the other case endings (and ё as е), so two entries may not share a stem (технология and
 * технологии are one entry). The first gloss is the most common one; others follow "|".
 *
 * Legal forms (ООО, АО, ...) are in legal-forms.ts, not here; a gloss that is a Latin legal form
 * (корпорация -> corporation) becomes one in the English reading.
 */
export const RU_GLOSSES: Record<string, string> = {
  // Organisation types
  концерн: 'concern | corporation',
  корпорация: 'corporation',
  'государственная корпорация': 'state corporation',
  группа: 'group',
  'группа компаний': 'group of companies | group',
  компания: 'company',
  холдинг: 'holding | holdings',
  'торговый дом': 'trading house | td',
  объединение: 'association | union',
  'научно производственное объединение':
    'scientific production association | research and production association | npo',
  'научно производственное предприятие':
    'scientific production enterprise | research and production enterprise | npp',
  'научно производственный центр': 'scientific production center | research and production center',
  'научно производственная корпорация':
    'scientific production corporation | research and production corporation',
  'научно исследовательский институт': 'research institute | scientific research institute | nii',
  'производственное объединение': 'production association | po',
  нпо: 'npo | scientific production association | research and production association',
  нпп: 'npp | scientific production enterprise | research and production enterprise',
  нии: 'nii | research institute',
  'конструкторское бюро': 'design bureau | kb',
  'опытно конструкторское бюро': 'experimental design bureau | okb',
  окб: 'okb | experimental design bureau',
  предприятие: 'enterprise',
  завод: 'plant | factory | works',
  фабрика: 'factory',
  институт: 'institute',
  университет: 'university',
  академия: 'academy',
  центр: 'center | centre',
  банк: 'bank',
  // Descriptive words
  государственный: 'state',
  федеральный: 'federal',
  национальный: 'national',
  центральный: 'central',
  объединенный: 'united',
  международный: 'international',
  российский: 'russian',
  промышленный: 'industrial',
  промышленность: 'industry',
  торговый: 'trading | trade',
  инвестиционный: 'investment',
  технологии: 'technologies | technology',
  системы: 'systems | system',
  приборостроение: 'instrument making | instrument engineering | instrument',
  приборостроительный: 'instrument making | instrument engineering',
  машиностроение: 'machine building | engineering | mechanical engineering',
  машиностроительный: 'machine building | engineering',
  радио: 'radio',
  радиотехнический: 'radio engineering',
  радиоэлектроника: 'radioelectronics | radio electronics',
  электроника: 'electronics',
  микроэлектроника: 'microelectronics',
  электротехнический: 'electrical engineering | electrotechnical',
  электромеханический: 'electromechanical',
  механический: 'mechanical',
  оптико: 'optical',
  'оптико механический': 'optical mechanical | optomechanical',
  химический: 'chemical',
  металлургический: 'metallurgical',
  энергетический: 'energy | power',
  импорт: 'import',
  экспорт: 'export',
  транспорт: 'transport',
  логистика: 'logistics',
  сервис: 'service | services',
  трейд: 'trade',
  инжиниринг: 'engineering',
  строительный: 'construction',
  оборонный: 'defense | defence',
  авиационный: 'aviation | aircraft',
  авиастроительный: 'aircraft | aircraft building',
  судостроительный: 'shipbuilding',
  ракетный: 'missile | rocket | missiles',
  'ракетное вооружение': 'missiles | missile weapons | missile armament',
  тактический: 'tactical',
  вертолетный: 'helicopter',
  вко: 'vko | air and space defence | aerospace defence',
  россия: 'russia | russian',
  космический: 'space',
  вооружение: 'armament | weapons | missiles',
  вертолеты: 'helicopters',
  морской: 'marine | maritime | sea',
  // Mined (src/bench/gloss-mine.ts): ООО "Беспилотные системы" = LLC "Unmanned Systems" (FtM sample,
  // OFAC/EU/UK names of one entity).
  беспилотный: 'unmanned | uav | drone',
  нефтяной: 'oil',
}

/**
 * Names of state firms whose registered English spelling is not a transliteration (Ростех is
 * Rostec, not Rostekh). They stay distinctive words, unlike the common words above.
 */
export const RU_NAMES: Record<string, string> = {
  ростех: 'rostec',
  рособоронэкспорт: 'rosoboronexport',
  роскосмос: 'roscosmos',
  ростелеком: 'rostelecom',
  оборонпром: 'oboronprom',
}
