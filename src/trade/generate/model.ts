/**
 * The synthetic market the demo and benchmarks draw from: who supplies each product group to
 * each importer, before (2019-2021), during (2022) and after (2023-2024) the 2022 sanctions.
 * Calibrated to the published figures in REFERENCE.md (mirror basis, by country of dispatch):
 * Russia's CHPL imports 2023 (KSE/Bruegel: CN 56.3%, HK 19.3%, TR 5.7%, AE 4.2%; $12.5bn),
 * machine tools Q4 2023 (China over 70%), microelectronics 2023 (China about 90%), all goods
 * (IMF: China 24.8% in 2021, 45.2% in 2023). Every other number is invented and labelled so.
 */
export type Era = 'pre' | 'war' | 'post'
export const eraOf = (year: number): Era => (year <= 2021 ? 'pre' : year === 2022 ? 'war' : 'post')

type Shares = Record<string, number>

export interface Group {
  id: string
  /** HS2022 six-digit codes generated for the group (the demo baskets select them); hs2022.test.ts checks they exist. */
  codes: string[]
  /** Annual value in USD mn for Russia, per era. */
  russia: Record<Era, number>
  shares: Record<Era, Shares>
}

const REST_TOTAL: Shares = { POL: 0.012, NLD: 0.012, CZE: 0.01, ESP: 0.008, GBR: 0.01, BRA: 0.012, VNM: 0.012, UZB: 0.008, ARM: 0.006, KGZ: 0.004, GEO: 0.003, MYS: 0.006, THA: 0.006 }

export const GROUPS: Group[] = [
  {
    id: 'chpl-ic',
    codes: ['854231', '854232', '854233', '854239'],
    russia: { pre: 2600, war: 2100, post: 2900 },
    shares: {
      pre: { CHN: 0.3, HKG: 0.05, TWN: 0.12, MYS: 0.08, USA: 0.12, DEU: 0.1, KOR: 0.07, JPN: 0.06, NLD: 0.05, FRA: 0.05 },
      war: { CHN: 0.5, HKG: 0.2, TWN: 0.05, TUR: 0.05, ARE: 0.05, MYS: 0.04, DEU: 0.04, USA: 0.03, KAZ: 0.04 },
      post: { CHN: 0.62, HKG: 0.26, TUR: 0.03, ARE: 0.04, KAZ: 0.02, ARM: 0.015, KGZ: 0.015 },
    },
  },
  {
    id: 'chpl-other',
    codes: ['851762', '852691', '853221', '853224', '854800', '847150', '850440', '851769', '852589', '852910', '852990', '853669', '853690', '854110', '854121', '854129', '854130', '854149', '854151', '854159', '854160', '848210', '848220', '848230', '848250', '880730', '901310', '901380', '901420', '901480', '847180', '848610', '848620', '848640', '853400', '854320', '902750', '903020', '903032', '903039', '903082', '845710', '845811', '845891', '845961', '846693'],
    russia: { pre: 9800, war: 7800, post: 9600 },
    shares: {
      pre: { CHN: 0.38, HKG: 0.03, DEU: 0.14, USA: 0.07, JPN: 0.06, KOR: 0.07, ITA: 0.05, FRA: 0.04, TWN: 0.04, VNM: 0.04, FIN: 0.03, CZE: 0.02, POL: 0.02 },
      war: { CHN: 0.5, HKG: 0.14, TUR: 0.07, ARE: 0.05, DEU: 0.05, KAZ: 0.04, IND: 0.03, KOR: 0.04, VNM: 0.03, ITA: 0.03, BLR: 0.02 },
      post: { CHN: 0.545, HKG: 0.175, TUR: 0.065, ARE: 0.042, KAZ: 0.03, IND: 0.025, VNM: 0.02, MYS: 0.015, ARM: 0.02, KGZ: 0.02, BLR: 0.02, DEU: 0.008, ITA: 0.01, KOR: 0.005 },
    },
  },
  {
    // The CHPL tier 4.B machine tools (845710, 845811, 845891, 845961) are in chpl-other; a code
    // belongs to one group so no row is generated twice.
    id: 'machine-tools',
    codes: ['845611', '845620', '845720', '845819', '845921', '846019', '846012', '846120', '846150', '846223', '846222', '846310'],
    russia: { pre: 2400, war: 1900, post: 4200 },
    shares: {
      pre: { DEU: 0.24, ITA: 0.14, CHN: 0.22, JPN: 0.1, TWN: 0.08, KOR: 0.06, CHE: 0.05, CZE: 0.05, USA: 0.03, AUT: 0.03 },
      war: { CHN: 0.52, TWN: 0.06, TUR: 0.08, KOR: 0.05, DEU: 0.06, ITA: 0.06, BLR: 0.05, IND: 0.04, HKG: 0.04, KAZ: 0.04 },
      post: { CHN: 0.76, TUR: 0.05, BLR: 0.035, TWN: 0.03, KOR: 0.02, IND: 0.03, HKG: 0.03, KAZ: 0.025, ARE: 0.015, ITA: 0.015, DEU: 0.015 },
    },
  },
  {
    id: 'machine-tool-parts',
    codes: ['846610', '846620', '846630', '846691', '846692', '846694'],
    russia: { pre: 700, war: 600, post: 900 },
    shares: {
      pre: { DEU: 0.3, ITA: 0.12, CHN: 0.2, JPN: 0.1, CHE: 0.08, TWN: 0.08, USA: 0.06, KOR: 0.06 },
      war: { CHN: 0.55, TUR: 0.1, DEU: 0.08, TWN: 0.07, BLR: 0.06, KAZ: 0.06, IND: 0.08 },
      post: { CHN: 0.75, TUR: 0.08, BLR: 0.05, TWN: 0.04, IND: 0.04, KAZ: 0.04 },
    },
  },
  {
    id: 'microelectronics',
    codes: ['854141', '854142', '854143', '854190', '854290'],
    russia: { pre: 1500, war: 2300, post: 4200 },
    shares: {
      pre: { CHN: 0.45, HKG: 0.05, MYS: 0.1, TWN: 0.1, USA: 0.08, DEU: 0.07, KOR: 0.06, JPN: 0.05, VNM: 0.04 },
      war: { CHN: 0.75, HKG: 0.1, TUR: 0.03, ARE: 0.03, MYS: 0.03, KAZ: 0.03, IND: 0.03 },
      post: { CHN: 0.93, HKG: 0.03, TUR: 0.01, ARE: 0.015, KAZ: 0.005, IND: 0.01 },
    },
  },
  {
    id: 'drones',
    codes: ['880621', '880622', '880623', '880624', '880629', '880260'],
    russia: { pre: 60, war: 180, post: 420 },
    shares: {
      pre: { CHN: 0.6, USA: 0.1, DEU: 0.08, FRA: 0.06, ISR: 0.08, JPN: 0.08 },
      war: { CHN: 0.8, HKG: 0.08, TUR: 0.04, ARE: 0.04, KAZ: 0.04 },
      post: { CHN: 0.86, HKG: 0.06, KGZ: 0.03, ARE: 0.03, KAZ: 0.02 },
    },
  },
]

/** Russia's total goods imports (cmdCode TOTAL), USD mn a year, and suppliers' shares. */
export const TOTAL_GOODS = {
  russia: { pre: 293000, war: 260000, post: 265000 } as Record<Era, number>,
  shares: {
    pre: { CHN: 0.248, DEU: 0.093, USA: 0.058, BLR: 0.055, KOR: 0.041, ITA: 0.04, JPN: 0.036, FRA: 0.035, KAZ: 0.022, TUR: 0.02, IND: 0.015, ...REST_TOTAL },
    war: { CHN: 0.35, BLR: 0.07, DEU: 0.06, TUR: 0.045, KOR: 0.03, ITA: 0.03, KAZ: 0.03, IND: 0.02, JPN: 0.025, FRA: 0.02, USA: 0.015, ARE: 0.01, ...REST_TOTAL },
    post: { CHN: 0.452, BLR: 0.06, TUR: 0.05, DEU: 0.045, KAZ: 0.03, IND: 0.025, ITA: 0.02, KOR: 0.02, JPN: 0.012, FRA: 0.012, ARE: 0.012, USA: 0.006, ...REST_TOTAL },
  } as Record<Era, Shares>,
}

/**
 * Russia's neighbours buy more from the EU after 2022 (the "Eurasian roundabout", EBRD): their
 * imports of the dual-use groups scale by these factors, with the EU's share rising.
 */
export const NEIGHBOURS: Record<string, { size: number; surge: Record<Era, number> }> = {
  KAZ: { size: 0.06, surge: { pre: 1, war: 1.8, post: 2.4 } },
  KGZ: { size: 0.01, surge: { pre: 1, war: 4, post: 7 } },
  ARM: { size: 0.01, surge: { pre: 1, war: 3, post: 4.5 } },
  GEO: { size: 0.01, surge: { pre: 1, war: 1.6, post: 2 } },
  UZB: { size: 0.02, surge: { pre: 1, war: 1.5, post: 2 } },
}
export const NEIGHBOUR_SHARES: Shares = { CHN: 0.4, DEU: 0.15, ITA: 0.06, FRA: 0.05, POL: 0.04, KOR: 0.06, TUR: 0.08, USA: 0.05, JPN: 0.04, LTU: 0.03, CZE: 0.04 }

/** Russia's exports of the April 2024 metals (USD mn a year) and their buyers, by era. */
export const METALS = {
  codes: ['760110', '760120', '740311', '740319', '750210', '750220'],
  russia: { pre: 16000, war: 15000, post: 13000 } as Record<Era, number>,
  shares: {
    pre: { CHN: 0.2, NLD: 0.14, USA: 0.1, TUR: 0.1, JPN: 0.08, KOR: 0.06, DEU: 0.08, GBR: 0.06, ITA: 0.06, FIN: 0.04, IND: 0.04, CHE: 0.04 },
    war: { CHN: 0.32, TUR: 0.16, NLD: 0.1, IND: 0.06, KOR: 0.06, JPN: 0.06, DEU: 0.06, ITA: 0.06, ARE: 0.04, USA: 0.04, CHE: 0.04 },
    post: { CHN: 0.48, TUR: 0.2, IND: 0.1, ARE: 0.06, KOR: 0.05, NLD: 0.04, ITA: 0.03, JPN: 0.02, KAZ: 0.02 },
  } as Record<Era, Shares>,
}

