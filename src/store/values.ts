// Result values as the analytics read them, whichever engine sent them: DuckDB gives a CASE flag
// as an integer; ClickHouse's store reads every UInt8 column as a boolean (a constant 0 included).

/** A flag of a result row: true, 1 or '1'. */
export const asBoolean = (v: unknown): boolean => v === true || v === 1 || v === '1'

/** A number of a result row (never NULL where this is used): a boolean or numeric text too. */
export const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v))
