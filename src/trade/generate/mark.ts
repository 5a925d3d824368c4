// Every file the generator writes ends with this column, set to "true" on each row. The file stays
// a valid Comtrade+ (or shipment) CSV for other tools, which ignore a column they do not know,
// and ingest recognises it whatever the flags: generated data can never be recorded as real and
// replace real figures (docs/synthetic-data.md).

export const SYNTHETIC_COLUMN = 'chokepoint_synthetic'

/** Whether a file's header marks it as written by `chokepoint generate`. */
export function isGenerated(header: string[]): boolean {
  return header.some((h) => h.trim().toLowerCase() === SYNTHETIC_COLUMN)
}
