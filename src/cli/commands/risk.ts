import type { Command } from 'commander'
import type { RiskReport, ScoredShipment } from '../../risk/assess.js'
import { badInput } from '../../errors.js'
import { withStore, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'
import { common, number } from './flags.js'

interface RiskCommandFlags extends GlobalFlags {
  weights?: string
  quarantine?: string
  csv?: boolean
  top?: string
  workers?: string
}

/** Rows the text table shows unless --top says otherwise: a ranked list is read from the top. */
const TEXT_ROWS = 25

export function registerRisk(program: Command): void {
  common(
    program
      .command('risk')
      .description(
        'score each shipment of a shipments CSV by risk, ranked, each with its reasons (CHPL tier, listed parties, corridors, new consignees, unit values, descriptions)'
      )
  )
    .argument(
      '<shipments>',
      'shipments CSV: date, hs_code, value, currency, and shipper_name, consignee_name, notify_party, origin_country, dispatch_country, consignee_country, description, net_kg or quantity/quantity_unit'
    )
    .option(
      '--weights <file>',
      'the weights table to score with (YAML or JSON; default: the built-in src/risk/weights.yaml)'
    )
    .option(
      '--quarantine <file>',
      'score the good rows; write bad rows with their reasons to this CSV'
    )
    .option('--csv', 'print CSV (provenance as # lines, then one row per shipment)')
    .option(
      '--top <n>',
      `rows to print (default: all with --json or --csv, ${TEXT_ROWS} in the table; 0 = all)`
    )
    .option('--workers <n>', 'worker threads screening the parties (default: all cores)')
    .action((file: string, f: RiskCommandFlags) =>
      withStore(f, async (store, config) => {
        // --json promises one JSON document: CSV in its place would break a reader of it.
        if (f.csv && config.json) throw badInput('--csv and --json both choose what is printed: give one')
        const top = f.top === undefined ? undefined : number(f.top, 'top', 0, { min: 0, int: true })
        const workers = f.workers
          ? number(f.workers, 'workers', 1, { min: 1, int: true })
          : undefined
        const { riskFile } = await import('../risk.js')
        const report = await riskFile(store, file, {
          weights: f.weights,
          quarantine: f.quarantine,
          workers,
          indexFile: config.indexFile,
        })
        const shown = top ? report.rows.slice(0, top) : report.rows
        if (f.csv) {
          const [{ toCsv }, { csvRows, RISK_COLUMNS }, { riskProvenance }] = await Promise.all([
            import('../../api/csv.js'),
            import('../../risk/assess.js'),
            import('../../risk/report.js'),
          ])
          process.stdout.write(
            toCsv(
              csvRows(shown),
              [...RISK_COLUMNS],
              riskProvenance(report, { file, synthetic: report.synthetic })
            )
          )
          return
        }
        emit(
          config.json,
          {
            ...report,
            rows: shown,
            rejected: report.rejected.map(({ line, shipment_id, reason }) => ({
              line,
              shipment_id,
              reason,
            })),
            quarantine: f.quarantine ?? null,
          },
          () =>
            describe(
              report,
              top === undefined ? report.rows.slice(0, TEXT_ROWS) : shown,
              file,
              f.quarantine
            )
        )
      })
    )
}

function describe(
  r: RiskReport & { seconds: number },
  rows: ScoredShipment[],
  file: string,
  quarantine?: string
): string {
  const p = r.provenance
  const head = [
    ...(r.synthetic
      ? ["SYNTHETIC DATA: the file carries the generator's mark (chokepoint_synthetic)"]
      : []),
    `${r.counts.shipments} shipments of ${file} scored in ${r.seconds} s; ${r.counts.review} at or above ${r.weights.review_at} points (weights ${r.weights.name}, ${r.weights_version})`,
    `lists: ${p.lists.length ? p.lists.map((l) => `${l.source} ${l.id} as of ${l.as_of}`).join('; ') : 'none loaded: parties not screened'}`,
    `corridors: ${p.corridors}`,
    ...r.warnings.map((w) => `warning: ${w}`),
  ]
  const table_ = table(
    rows.map((x) => ({
      rank: x.rank,
      shipment_id: x.shipment_id,
      score: x.score,
      review: x.review ? 'REVIEW' : '',
      factors: x.reasons.map((y) => `${y.factor} +${y.points}`).join(', '),
    }))
  )
  const reasons = rows
    .filter((x) => x.reasons.length)
    .map((x) =>
      [
        `${x.rank}. ${x.shipment_id} (line ${x.line}), ${x.score} points:`,
        ...x.reasons.map((y) => `   +${y.points} ${y.factor}: ${y.why}`),
      ].join('\n')
    )
  const more =
    r.rows.length > rows.length
      ? [`(${r.rows.length - rows.length} more rows: --top 0 for all, or --json / --csv)`]
      : []
  const rejected = quarantine ? [`${r.rejected.length} bad rows written to ${quarantine}`] : []
  return [...head, '', table_, ...more, '', ...reasons, ...rejected].join('\n')
}
