import type { Command } from 'commander'
import type { ClaimCheck } from '../../claims/check.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { DB_HELP } from './flags.js'

interface ExtractFlags extends GlobalFlags {
  date?: string
}

export function registerClaims(program: Command): void {
  const claims = program.command('claims').description('quantitative claims about trade: found in articles, checked against the loaded data')
  claims
    .command('extract')
    .description('the claims of a news article (shares, values, changes of a country\'s imports or exports) in the claims format; without --json, the claims file itself')
    .argument('<article>', 'a text file')
    .option('--date <yyyy-mm-dd>', "the article's date, for relative periods (default: a date line near its top)")
    .option('--json', 'print JSON')
    .action((file: string, flags: ExtractFlags) =>
      withConfig(flags, async (config) => {
        const { extractFile } = await import('../claims.js')
        const r = extractFile(file, flags.date)
        emit(config.json, { source: r.source, date: r.date, claims: r.claims }, () => r.yaml.trimEnd())
      })
    )
  claims
    .command('check')
    .description('check each claim on every reading its words allow (baskets x bases): supported, contradicted or not enough data, with the figure, HS codes, datasets and the command that reproduces it')
    .argument('<claims>', 'a claims file (YAML or JSON; see examples/claims.yaml)')
    .option('--db <path|url>', DB_HELP)
    .option('--json', 'print JSON')
    .action((file: string, flags: GlobalFlags) =>
      withStore(flags, async (store, config) => {
        const { checkFile } = await import('../claims.js')
        const checks = await checkFile(store, file, flags.db)
        emit(config.json, { file, checks }, () => describe(checks))
      })
    )
}

function describe(checks: ClaimCheck[]): string {
  if (!checks.length) return '(no claims)'
  const counts = ['supported', 'contradicted', 'not enough data'].map((v) => `${checks.filter((c) => c.verdict === v).length} ${v}`).join(', ')
  const blocks = checks.map((c) => {
    const rows = c.readings.map((r) => ({ basket: r.basket, basis: r.basis, figure: r.value == null ? '' : figure(c, r.value), supports: r.supports == null ? '' : r.supports ? 'yes' : 'no', 'missing / command': r.missing ?? r.command }))
    return [`${c.claim.id}${c.claim.line ? ` (line ${c.claim.line})` : ''}: ${c.verdict.toUpperCase()}`, `  "${c.claim.statement}"`, ...(c.verdict === 'not enough data' && rows.length ? [] : [`  ${c.summary}`]), ...(rows.length ? ['', table(rows).replace(/^/gm, '  ')] : [])].join('\n')
  })
  return [`${checks.length} claims: ${counts}`, '', blocks.join('\n\n')].join('\n')
}

function figure(c: ClaimCheck, v: number): string {
  if (c.claim.measure === 'value') return `${(v / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })}m`
  return `${(100 * v).toFixed(1)}%`
}
