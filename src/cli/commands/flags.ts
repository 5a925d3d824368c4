import type { Command } from 'commander'
import { badInput } from '../../errors.js'

/** A numeric flag checked against its range; the error names the flag and the bad value. */
export function number(raw: string | undefined, name: string, fallback: number, { min = 0, max = Infinity, int = false } = {}): number {
  if (raw === undefined) return fallback
  const v = Number(raw)
  if (!Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) throw badInput(`invalid ${name}: "${raw}" (expected ${int ? 'a whole number' : 'a number'} ${min}..${max})`)
  return v
}

/** The flags every command has. */
export const common = (cmd: Command) => cmd.option('--db <path>', 'database file').option('--json', 'print JSON')
