import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import type { IngestReport } from '../../trade/ingest/ingest.js'
import { DEFAULT_MAX_LINE_BYTES } from '../../trade/ingest/sniff.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { DB_HELP } from './flags.js'

interface Flags extends GlobalFlags {
  format: string
  map?: string
  replace?: boolean
  quarantine?: string
  synthetic?: boolean
  maxLineBytes?: number
  api?: string
}

function parseBytes(raw: string): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1024 || n > 1 << 30) throw badInput(`invalid --max-line-bytes: "${raw}" (expected a whole number of bytes, 1024 to 1073741824)`)
  return n
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('load a trade file as one dataset (atomic)')
    .argument('<file>', 'CSV file to load')
    .requiredOption('--format <name>', 'comtrade | eurostat | imf | ru-customs | shipments | csv')
    .option('--map <file>', 'JSON mapping file for --format csv')
    .option('--replace', 'replace an earlier load of the same file name')
    .option('--quarantine <file>', 'load the good rows; write bad rows with reasons to this CSV')
    .option('--synthetic', 'mark the dataset as synthetic')
    .option('--max-line-bytes <n>', `longest line accepted, in bytes (default ${DEFAULT_MAX_LINE_BYTES})`, parseBytes)
    .option('--db <path|url>', DB_HELP)
    .option('--api <url>', 'load through a running chokepoint serve (its --token needed) instead of opening the database')
    .option('--token <token>', 'the server\'s bearer token for --api (or CHOKEPOINT_TOKEN)')
    .option('--json', 'print JSON')
    .action((file: string, flags: Flags) => {
      if (flags.api) return withConfig(flags, async (config) => {
        if (flags.quarantine || flags.map || flags.maxLineBytes) throw badInput('--quarantine, --map and --max-line-bytes work on a local load only, not with --api')
        const { remoteIngest } = await import('../remote.js')
        const report = (await remoteIngest({ api: flags.api!, token: config.token }, file, flags)) as unknown as IngestReport
        emit(config.json, { ...report }, () => `${describe(report)}\n(through ${flags.api})`)
      })
      return withStore(flags, async (store, config) => {
        const [{ ingest }, { HS_FILE, loadHsDescriptions }, { shippedNomenclature }, { progressBar }] = await Promise.all([
          import('../../trade/ingest/ingest.js'), import('../../trade/baskets/baskets.js'), import('../../trade/generate/filler.js'), import('../progress.js'),
        ])
        // The nomenclature file where it is (../shared/data), else the HS2022 codes shipped with chokepoint.
        const fromFile = new Set(loadHsDescriptions(HS_FILE).keys())
        const nomenclature = fromFile.size ? fromFile : shippedNomenclature()
        const report = await ingest(store, file, { ...flags, nomenclature, onProgress: config.json ? undefined : progressBar('ingest') })
        emit(config.json, { ...report }, () => describe(report))
      })
    })
}

function describe(r: IngestReport): string {
  if (r.status === 'unchanged') return `${r.file}: already loaded as dataset ${r.dataset} (${r.rows} rows); nothing to do`
  const lines = [`${r.status} ${r.file} as dataset ${r.dataset}: ${r.rows} rows, ${r.periodFrom} to ${r.periodTo}`]
  if (r.rejected) lines.push(`${r.rejected} bad rows quarantined`)
  const skipped = Object.entries(r.skipped).map(([reason, rows]) => ({ skipped: reason, rows }))
  if (skipped.length) lines.push(table(skipped))
  for (const w of r.warnings) lines.push(`warning: ${w}`)
  return lines.join('\n')
}
