import { literal } from './clickhouse-sql.js'
import { wholeNumber, type Dialect } from './dialect.js'

// ClickHouse's side of the dialect, written for Debian's 18.16 and kept to what current releases
// still run: no Int128 (so 128-bit sums go through Decimal128), no DateTime64, no `range(a, b)`.

/**
 * Rounds half away from zero, as DuckDB does when it casts a DOUBLE to a DECIMAL. Spelled out
 * with trunc() (exact on every double): round() on a Float64 does the same on 18.16, but
 * releases document banker's rounding for floats, and toDecimal64 alone truncates.
 */
const halfAway = (y: string) => `if(${y} - trunc(${y}) >= 0.5, trunc(${y}) + 1, if(${y} - trunc(${y}) <= -0.5, trunc(${y}) - 1, trunc(${y})))`

/**
 * DuckDB's exact sum, bit for bit. DuckDB casts a DOUBLE to DECIMAL(18, 3) by rounding x * 1000
 * half away from zero, sums in 128 bits, and turns the sum s into a DOUBLE as
 * double(s div 1000) + double(s mod 1000) / 1000 (checked on 100,000 values and their sums).
 * Decimal128 of scale 0 holds the sum; intDiv truncates toward zero like DuckDB's division.
 */
function exactSum(expr: string, wide: boolean): string {
  const unit = wide ? '1000000' : '1000'
  const scaled = halfAway(`((${expr}) * ${unit})`)
  const sum = `sum(${wide ? `toDecimal128(${scaled}, 0)` : `toDecimal64(${scaled}, 0)`})`
  const whole = `intDiv(${sum}, ${unit})`
  return `(toFloat64(${whole}) + toFloat64(${sum} - ${whole} * ${unit}) / ${unit})`
}

/** ClickHouse's side of the dialect. `loaded_at` columns hold DuckDB's text form, 2024-05-01 12:00:00.123456 (18.16 has no DateTime64). */
export const clickhouseDialect: Dialect = {
  engine: 'clickhouse',
  // ClickHouse reads backslash escapes inside quotes (DuckDB does not): the one tested escaper.
  literal: (value) => literal(value),
  exactSum,
  timestampText: (column) => `concat(substring(${column}, 1, 10), 'T', substring(${column}, 12, 15))`,
  // range(1, 13) takes one argument on 18.16; a literal list runs on every release.
  eachMonth: (month) => `arrayJoin(if(isNull(${month}), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [assumeNotNull(${month})]))`,
  shared: (_name, subquery, use) => use(`(${subquery})`),
  series: (count, start = 0) => `(SELECT number AS n FROM numbers(${wholeNumber(start)}, ${wholeNumber(count)}))`,
}
