import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { badInput } from '../errors.js'
import { loadConfig } from './config.js'

/** Commands that may create the database their --db names; every other one only reads it. */
export const WRITING_COMMANDS = new Set(['ingest', 'lists load', 'lists update', 'demo'])

// What a command on an empty database needs loaded first, by its first word: screening reads
// sanctions lists (`lists load`), the trade commands trade data (`ingest`); serve and risk read both.
const LISTS = 'load sanctions lists first with chokepoint lists load FILE --format ... (or lists update)'
const TRADE = 'load data first with chokepoint ingest'
const BOTH = 'load data first with chokepoint ingest (trade data) or chokepoint lists load (sanctions lists)'
const LOAD_FIRST: Record<string, string> = { screen: LISTS, lists: LISTS, serve: BOTH, risk: BOTH }

/** How to fill the database a command found missing, for that command. */
export function loadFirst(path: string): string {
  return LOAD_FIRST[path.split(' ')[0]] ?? TRADE
}

/** The command's words after the program name: "lists load", "shares". */
export function commandPath(command: Command): string {
  const words: string[] = []
  for (let c: Command | null = command; c?.parent; c = c.parent) words.unshift(c.name())
  return words.join(' ')
}

/**
 * Before a command runs: a read command given a database that does not exist fails, rather than
 * creating an empty one and answering from it (DuckDB creates files on open; the ClickHouse
 * store creates its database and tables).
 */
export async function checkDatabase(command: Command): Promise<void> {
  if (!command.options.some((o) => o.long === '--db')) return
  const path = commandPath(command)
  if (WRITING_COMMANDS.has(path)) return
  // `screen --pairs` scores name pairs without any list: it opens no database.
  if (path === 'screen' && command.opts().pairs) return
  const { db } = loadConfig(process.env, command.opts())
  if (db === ':memory:') return
  if (/^clickhouses?:/i.test(db)) return checkClickHouseDatabase(db, loadFirst(path))
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
    const { maskPassword } = await import('../store/clickhouse-connect.js')
    throw badInput(`not a database: "${maskPassword(db)}" (expected a DuckDB file path or a clickhouse:// URL)`)
  }
  if (existsSync(db)) return
  throw badInput(`no such database: "${db}" (${loadFirst(path)}, or check --db)`)
}

async function checkClickHouseDatabase(url: string, hint: string): Promise<void> {
  // Loaded here: only ClickHouse users need it.
  const { checkClickHouse, holdsChokepointTables } = await import('../store/clickhouse-connect.js')
  // The server is checked first (it answers, is ClickHouse, a version chokepoint runs on).
  const { target } = await checkClickHouse(url)
  if (await holdsChokepointTables(target)) return
  throw badInput(`no such database: ${target.masked} holds no chokepoint tables (${hint}, or check --db)`)
}
