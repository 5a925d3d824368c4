import type { Command } from 'commander'
import { badInput } from '../../errors.js'

/** A numeric flag checked against its range; the error names the flag and the bad value. */
export function number(raw: string | undefined, name: string, fallback: number, { min = 0, max = Infinity, int = false } = {}): number {
  if (raw === undefined) return fallback
  const v = Number(raw)
  if (!Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) throw badInput(`invalid ${name}: "${raw}" (expected ${int ? 'a whole number' : 'a number'} ${min}..${max})`)
  return v
}

/** What --db takes, said the same way on every command. */
export const DB_HELP = 'a DuckDB file (default ./chokepoint.duckdb, or $CHOKEPOINT_DB) or clickhouse[s]://[user:password@]host:port/database[?cluster=NAME]'

/** The flags every command has. */
export const common = (cmd: Command) => cmd.option('--db <path|url>', DB_HELP).option('--json', 'print JSON')
