// The words a news report uses to state a trade figure, as tables: what each maps to is data, so
// a missing word is one line here. Keys are lowercase token keys (text.ts), several words joined
// by a space. Basket, country, demonym and group names are not here: they come from the project's
// data (vocabulary.ts).

export type Comparator = 'over' | 'under' | 'about' | 'between'

/** Words before a figure that say how it compares; a figure with none is stated as "about". */
export const COMPARATOR_WORDS: Record<string, Comparator> = {
  over: 'over', 'more than': 'over', above: 'over', 'at least': 'over', 'upwards of': 'over', 'in excess of': 'over',
  exceeding: 'over', 'greater than': 'over', 'no less than': 'over', 'just over': 'over', 'well over': 'over', 'north of': 'over',
  under: 'under', 'less than': 'under', below: 'under', 'at most': 'under', 'up to': 'under', 'fewer than': 'under',
  'no more than': 'under', 'just under': 'under', 'short of': 'under', 'well under': 'under',
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', nearly: 'about', almost: 'about',
  'close to': 'about', some: 'about', 'an estimated': 'about', estimated: 'about', circa: 'about', 'just about': 'about',
  between: 'between',
}

/** Verbs and nouns of a change; the sign is the direction. "rose 64%" is a change, "rose from 25% to 45%" two levels. */
export const CHANGE_WORDS: Record<string, 1 | -1> = {
  rose: 1, rise: 1, rises: 1, risen: 1, grew: 1, grow: 1, grown: 1, growth: 1, increased: 1, increase: 1, increases: 1,
  jumped: 1, jump: 1, surged: 1, surge: 1, soared: 1, climbed: 1, expanded: 1, up: 1,
  fell: -1, fall: -1, fallen: -1, dropped: -1, drop: -1, declined: -1, decline: -1, decreased: -1, decrease: -1,
  plunged: -1, plunge: -1, slumped: -1, shrank: -1, contracted: -1, down: -1, slid: -1, tumbled: -1,
}

/** Nouns and verbs that make a sentence about trade flows, and which side their subject is. */
export const IMPORT_NOUNS = new Set(['imports', 'import', 'purchases', 'purchase', 'inflows'])
export const EXPORT_NOUNS = new Set(['exports', 'export', 'shipments', 'sales', 'deliveries'])
/** Verbs whose subject buys: "Russia imported 90% of its chips from China". */
export const IMPORT_VERBS = new Set(['imported', 'imports', 'import', 'bought', 'buys', 'buy', 'purchased', 'purchases', 'sourced', 'sources', 'received', 'receives', 'obtained', 'acquired'])
/** Verbs whose subject sells: "China supplied 70% of the machine tools Russia imported". */
export const SUPPLY_VERBS = new Set([
  'provided', 'provides', 'supplied', 'supplies', 'supply', 'sold', 'sells', 'shipped', 'ships', 'delivered', 'delivers',
  'exported', 'accounted', 'accounts', 'account', 'made', 'makes', 'represented', 'represents', 'contributed', 'furnished', 'sent', 'took',
])
/** Verbs of a flow seen from its goods: "90% of Russia's chips came from China". */
export const SOURCE_VERBS = new Set(['came', 'come', 'comes', 'originated', 'originate'])
/** Nouns after a demonym that say which side it is: "Chinese suppliers", "Russian buyers". */
export const SELLER_NOUNS = new Set(['suppliers', 'supplier', 'exporters', 'exporter', 'firms', 'companies', 'vendors', 'manufacturers', 'sellers', 'producers', 'traders', 'goods', 'products', 'origin'])
export const BUYER_NOUNS = new Set(['buyers', 'buyer', 'importers', 'importer', 'customers', 'purchasers', 'consumers'])
/** Words of a share: "China's share of Russia's imports". */
export const SHARE_NOUNS = new Set(['share', 'portion', 'proportion', 'part', 'fraction'])

/** Fractions written as words that compromise does not read as numbers ("half of", "a quarter of"). */
export const FRACTION_WORDS: Record<string, number> = { half: 0.5, 'a half': 0.5, 'a quarter': 0.25, 'one quarter': 0.25, 'a third': 1 / 3, 'one third': 1 / 3, 'a fifth': 0.2, 'a tenth': 0.1 }

/** Money: currency signs and words, and the scale a suffix gives. */
export const CURRENCY_SIGNS: Record<string, string> = { us$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP' }
export const CURRENCY_WORDS: Record<string, string> = { dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR' }
export const SCALE_WORDS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, tn: 1e12, trillion: 1e12,
}

/** Words that make a percentage a percentage: "70 per cent", "70 percent", "70 pct". */
export const PERCENT_WORDS = ['percent', 'per cent', 'pct', 'per-cent']

/** Ordinals of quarters and halves. */
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }
export const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 }
