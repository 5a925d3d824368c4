/** A party of a shipment as written, with its country resolved to ISO alpha-3 when given. */
export interface Party {
  role: 'shipper' | 'consignee' | 'notify party'
  name: string
  country?: string
}

/** One shipment row after its cells were checked. */
export interface Shipment {
  line: number
  shipment_id: string
  /** ISO date, and the same as days since 1970-01-01 (for spans). */
  date: string
  day: number
  /** Digits only (dots and spaces removed), 4 to 10 of them. */
  hs: string
  description: string
  parties: Party[]
  consignee?: string
  origin?: string
  dispatch?: string
  destination?: string
  value: number
  currency: string
  /** Quantity and its unit: the file's quantity column, else net_kg as kg. */
  quantity?: number
  unit?: string
}

/** One reason a shipment scored: the factor, the points it added (from the weights table), and why, in words. */
export interface Reason {
  factor: string
  points: number
  why: string
}

/** A row that could not be read, naming every bad column and value. */
export interface BadRow {
  line: number
  shipment_id: string
  reason: string
  cells: Record<string, string>
}
