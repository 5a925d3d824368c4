/**
 * English glosses of the common words of Arabic-script organisation names, as data. Lists give
 * such names in Arabic script beside an English translation (شبكة محمد جمال, MUHAMMAD JAMAL
 * NETWORK), so an Arabic-script name is also read with these words in English (arabic-glosses.ts).
 *
 * Source: mined, then reviewed, from the pairs of an Arabic-script name and a Latin name of one
 * organisation in ../shared/data/un-consolidated-xml/UN_consolidated.xml (the only list there with
 * Arabic-script organisation names: 265 pairs of 46 entities; the OFAC files and the OpenSanctions
 * FtM sample have none), by `npm run mine:glosses` (src/bench/gloss-mine.ts,
 * gloss-align-arabic.ts). Each row says how many entities' names support it, as the miner's
 * "arabic table rows" section counts them; rows of one entity are kept when the word is a common
 * word of organisation names, and say so. The prefixes و "and", ب "in", ل/لل "for" are grammar
 * (arabic-glosses.ts), not rows. Countries and places are left to romanisation (العراق reads
 * "al eraq", close to Iraq), but for the Levant (الشام), whose English name is no reading of it.
 *
 * Keys are written without the article and in the masculine: الاسلامية is looked up as اسلامي.
 * Persian and Urdu letters are folded first (کمپنی as كمپني, ی as ي). The first gloss is the most
 * common one; others follow "|". Every English word here weighs as a common word (glosses.ts).
 */
export const AR_GLOSSES: Record<string, string> = {
  // Kinds of organisation
  جماعة: 'group', // 4 entities: ARMED ISLAMIC GROUP, LIBYAN ISLAMIC FIGHTING GROUP, ...
  شبكة: 'network', // 2: MUHAMMAD JAMAL NETWORK, HAQQANI NETWORK (شبکه)
  جبهة: 'front', // 1: AL-NUSRAH FRONT (and its other names: Victory Front, Fatah al-Sham Front)
  تنظيم: 'organization | organisation', // 2: THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB, ...
  حركة: 'movement', // 1: Movement of Islamic Holy War (حرکت, Urdu spelling, is its own row)
  حركت: 'movement', // 1: as above
  دولة: 'state', // 2: ISLAMIC STATE IN IRAQ AND THE LEVANT - LIBYA, - YEMEN
  جيش: 'army', // 1: THE ARMY OF EMIGRANTS AND SUPPORTERS
  جمعية: 'society | association', // 1: REVIVAL OF ISLAMIC HERITAGE SOCIETY
  مكتب: 'office | bureau', // 2: HANIFA MONEY EXCHANGE OFFICE, AFGHAN SERVICE BUREAU (مكتب الخدمات)
  خدمات: 'services | service', // 1: AFGHAN SERVICE BUREAU
  // Money exchange: صرافة (Arabic), صرافی (Persian "sarafi")
  صرافة: 'money exchange | exchange', // 2: HANIFA MONEY EXCHANGE OFFICE, Silsilat Money Exchange Company
  صرافي: 'money exchange | exchange', // 2: ROSHAN MONEY EXCHANGE, HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE
  كمپني: 'company', // 1: HAJI BASIR AND ZARJMIL COMPANY HAWALA (Pashto/Urdu spelling of "company")
  لمتد: 'ltd', // 1: RAHAT LTD. (the English legal form in Arabic letters)
  // Descriptive words
  اسلامي: 'islamic', // ARMED ISLAMIC GROUP and 8 more entities
  مسلح: 'armed', // 1: ARMED ISLAMIC GROUP
  مقاتل: 'fighting | combatant', // 3: LIBYAN ISLAMIC FIGHTING GROUP, MOROCCAN / TUNISIAN ... COMBATANT GROUP
  انصار: 'supporters', // 2: THE ARMY OF EMIGRANTS AND SUPPORTERS, Supporters of Islam in Kurdistan
  مهاجرين: 'emigrants', // 1: THE ARMY OF EMIGRANTS AND SUPPORTERS
  اهل: 'people', // 1: AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT
  جزيرة: 'peninsula', // 1: AL-QAIDA IN THE ARABIAN PENINSULA
  // Linking words
  في: 'in', // 5: AL-QAIDA IN IRAQ, AL-QAIDA IN THE ARABIAN PENINSULA, ISIL ...
  و: 'and', // 2: THE ARMY OF EMIGRANTS AND SUPPORTERS, Haji Khairullah and Abdul Sattar and Company
}

/**
 * Nationalities and regions: glossed, but distinctive words (Tunisian is not Moroccan), so they
 * weigh as names, not as common words.
 */
export const AR_NAMES: Record<string, string> = {
  شام: 'levant | sham', // 3: ... FRONT FOR THE PEOPLE OF THE LEVANT, ISLAMIC STATE IN IRAQ AND THE LEVANT
  عرب: 'arabian | arab', // 1: AL-QAIDA IN THE ARABIAN PENINSULA
  مصري: 'egyptian', // 1: EGYPTIAN ISLAMIC JIHAD
  ليبي: 'libyan', // 1: LIBYAN ISLAMIC FIGHTING GROUP
  مغربي: 'moroccan', // 1: MOROCCAN ISLAMIC COMBATANT GROUP
  تونسي: 'tunisian', // 1: TUNISIAN COMBATANT GROUP
}
