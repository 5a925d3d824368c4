/**
 * The SQL that differs between engines, one small function per difference. Everything else the
 * analytics write is portable: it runs unchanged on DuckDB, on ClickHouse 18.16 (Debian's) and on
 * current ClickHouse releases (docs/clickhouse.md lists what that rules out, and why).
 */
export interface Dialect {
  readonly engine: 'duckdb' | 'clickhouse'
  /** A string literal for a value inlined into SQL (the two engines escape differently). */
  literal(value: string): string
  /**
   * `sum(expr)` as a DOUBLE with the same bits whatever order the rows are added in, and on
   * either engine: each value rounded to 3 decimals (6 when `wide`), summed exactly, then turned
   * into a DOUBLE as DuckDB turns a DECIMAL into one. NULL when no row has a value.
   */
  exactSum(expr: string, wide: boolean): string
  /** A timestamp column as text to the microsecond, 2024-05-01T12:00:00.123456: it orders loads. */
  timestampText(column: string): string
  /**
   * In a SELECT list: the month a row covers, as one output row per month (an annual row, with
   * `month` NULL, becomes twelve rows, months 1 to 12).
   */
  eachMonth(month: string): string
  /**
   * A query that reads one subquery in several places: `use` gets how to refer to it. DuckDB
   * computes it once (WITH ... AS MATERIALIZED: twice as fast on the per-cell paths, measured);
   * ClickHouse 18.16 has no WITH for subqueries, so it is written out at each place.
   */
  shared(name: string, subquery: string, use: (ref: string) => string): string
}
