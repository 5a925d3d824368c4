// Result values as the analytics read them, whichever engine sent them: DuckDB gives booleans and
// numbers; ClickHouse gives UInt8 flags as 0/1 and sends 64-bit integers as JSON strings.

/** A flag of a result row. */
export const asBoolean = (v: unknown): boolean => v === true || v === 1 || v === '1'

/** A count or code of a result row (never NULL where this is used). */
export const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v))
