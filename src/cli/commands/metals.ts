import type { Command } from 'commander'
import type { CheckReport } from '../../rules/check.js'
import type { RuleSummary } from '../../rules/in-force.js'
import { withConfig, type GlobalFlags } from '../context.js'
import { emit, table } from '../output.js'

interface CheckFlags extends GlobalFlags {
  rules: string[]
  quarantine?: string
  at?: string
}

const collect = (value: string, previous: string[]) => [...previous, value]

export function registerMetals(program: Command): void {
  const metals = program.command('metals').description('the April 2024 metals measures (LME, CME, UK, US) as rules, decided lot by lot')
  metals
    .command('check')
    .description('decide each lot against the rules in force: prohibited, needs_review, needs_evidence or allowed, with rule, citation and reason')
    .argument('<lots>', 'CSV with columns lot_id,metal,origin_country,producer,production_date,warrant_issue_date,exchange,actor_jurisdiction,action,evidence')
    .option('--rules <dir>', 'also load the rules files (.yaml, .json) of this folder; repeatable', collect, [])
    .option('--quarantine <file>', 'decide the good rows; write bad rows with their reasons to this CSV')
    .option('--at <time>', 'decide with the rules in force at this date or date-time (default: now)')
    .option('--json', 'print JSON')
    .action((file: string, flags: CheckFlags) =>
      withConfig(flags, async (config) => {
        const { checkFile } = await import('../metals.js')
        const report = await checkFile(file, flags)
        emit(config.json, { ...report, rows: report.rows, quarantine: flags.quarantine ?? null }, () => describeCheck(report, flags.quarantine))
      })
    )
  metals
    .command('rules')
    .description('list the rules in force on a date (default: now), with citation, effective instant and outcome')
    .option('--on <date>', 'a date (YYYY-MM-DD) or a date-time with Z or an offset')
    .option('--rules <dir>', 'also load the rules files of this folder; repeatable', collect, [])
    .option('--json', 'print JSON')
    .action((flags: GlobalFlags & { on?: string; rules: string[] }) =>
      withConfig(flags, async (config) => {
        const { listRules } = await import('../metals.js')
        const answer = listRules(flags)
        emit(config.json, answer, () => describeRules(answer.rules, answer.on, answer.rules_version))
      })
    )
}

function describeCheck(r: CheckReport, quarantine?: string): string {
  const counts = Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ')
  const head = `rules ${r.rules_version}: ${r.rules_in_force} rules in force at ${r.at}; ${r.rows.length} lots: ${counts}`
  const rows = r.rows.map((x) => ({ lot_id: x.lot_id, decision: x.decision, rule: x.rule ?? '-', reason: x.reason }))
  const details = r.rows.map((x) => {
    const others = x.decisions.filter((d) => d.rule !== x.rule || d.decision !== x.decision)
    return [
      `${x.lot_id} (line ${x.line}): ${x.decision}`,
      `  condition: ${x.condition}`,
      ...(x.citation ? [`  citation: ${x.citation}`] : []),
      ...others.map((d) => `  also ${d.rule ?? 'vocabulary'}: ${d.decision} (${d.condition})`),
    ].join('\n')
  })
  const rejected = quarantine ? [`${r.rejected.length} bad rows written to ${quarantine}`] : []
  return [head, table(rows), '', ...details, ...rejected, ...r.warnings.map((w) => `warning: ${w}`)].join('\n')
}

function describeRules(rules: RuleSummary[], on: string, version: string): string {
  const rows = rules.map((r) => ({ id: r.id, jurisdiction: r.jurisdiction, effective: r.effective, outcome: r.outcome }))
  return [`rules ${version}: ${rules.length} in force on ${on}`, table(rows)].join('\n')
}
