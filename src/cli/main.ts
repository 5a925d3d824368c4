#!/usr/bin/env node
import { Command } from 'commander'
import { registerIngest } from './commands/ingest.js'
import { registerTrade } from './commands/trade.js'
import { registerLists, registerScreening } from './commands/screening.js'
import { registerServe } from './commands/serve.js'

const program = new Command()
  .name('chokepoint')
  .description('who supplies what, to whom, through which route; and is the party on a sanctions list')
  .showHelpAfterError()

registerIngest(program)
registerTrade(program)
registerScreening(program)
registerLists(program)
registerServe(program)

await program.parseAsync(process.argv)
