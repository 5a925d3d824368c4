import type { Dialect } from './dialect.js'
import { wholeNumber } from './dialect.js'
import { literal } from './sql.js'

/** DuckDB's side of the dialect: the SQL analytics had before ClickHouse, unchanged in meaning and in bits. */
export const duckdbDialect: Dialect = {
  engine: 'duckdb',
  literal,
  // Rows under 10^14 fit a 64-bit decimal of 3 places, the fast case (measured 1.4x of a DOUBLE
  // sum where a 128-bit one took 1.5x); currencies of large units take the 128-bit decimal.
  exactSum: (expr, wide) => `(sum((${expr})::${wide ? 'DECIMAL(38, 6)' : 'DECIMAL(18, 3)'}))::DOUBLE`,
  timestampText: (column) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%f')`,
  eachMonth: (month) => `unnest(CASE WHEN ${month} IS NULL THEN range(1, 13) ELSE [${month}::BIGINT] END)`,
  shared: (name, subquery, use) => `WITH ${name} AS MATERIALIZED (${subquery}) ${use(name)}`,
  series: (count, start = 0) => `(SELECT range AS n FROM range(${wholeNumber(start)}, ${wholeNumber(start + count)}))`,
}
