import { stringify } from 'yaml'
import type { ExtractedClaim } from './extract.js'

/**
 * Extracted claims as a claims file: what `claims check` reads, so extract and check make a
 * pipeline. Each claim keeps its sentence as the statement, the words behind each field and the
 * fields left null with the reason.
 */
export function claimsYaml(claims: ExtractedClaim[], { source, date }: { source: string; date: string | null }): string {
  const body = claims.map(({ sentence, figure, figure_high, words, unmapped, ...fields }, n) => ({
    id: `claim-${n + 1}`,
    statement: sentence,
    ...fields,
    figure: figure_high === undefined ? figure : [figure, figure_high],
    words,
    ...(unmapped.length ? { unmapped } : {}),
  }))
  const head = `# Claims extracted by chokepoint from ${source}${date ? ` (article date ${date})` : ''}.\n# Check them: chokepoint claims check FILE\n`
  return head + stringify({ source, date, claims: body }, { lineWidth: 0, flow: false })
}
