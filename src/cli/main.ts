#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { registerClaims } from './commands/claims.js'
import { registerIngest } from './commands/ingest.js'
import { registerMetals } from './commands/metals.js'
import { registerMirror } from './commands/mirror.js'
import { registerRisk } from './commands/risk.js'
import { registerTrade } from './commands/trade.js'
import { registerDiversion } from './commands/diversion.js'
import { registerLists, registerScreening } from './commands/screening.js'
import { registerServe } from './commands/serve.js'
import { checkDatabase } from './database.js'
import { fail } from './output.js'

// Command modules import the heavy domain modules (DuckDB, the matcher, the API) inside their
// actions, so --help, --version and light commands answer without loading them (DESIGN.md: under 0.3 s).

// `chokepoint ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const program = new Command()
  .name('chokepoint')
  .description('who supplies what, to whom, through which route; and is the party on a sanctions list')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError()
  .hook('preAction', async (_program, command) => checkDatabase(command))

registerIngest(program)
registerTrade(program)
registerDiversion(program)
registerMirror(program)
registerScreening(program)
registerLists(program)
registerServe(program)
registerMetals(program)
registerClaims(program)
registerRisk(program)

try {
  await program.parseAsync(process.argv)
} catch (err) {
  fail(err, process.argv.includes('--json'))
}
