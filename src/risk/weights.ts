import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { LineCounter, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import { AppError, badInput } from '../errors.js'
import { resolveExporters } from '../trade/countries/groups.js'
import { findCountry } from '../trade/countries/resolve.js'

/** The weights shipped with chokepoint: the same file whether this runs from src/ or dist/. */
export const BUILTIN_WEIGHTS = fileURLToPath(
  new URL('../../src/risk/weights.yaml', import.meta.url)
)

const points = z.number().min(0).max(1000)
const countries = z.array(z.string()).min(1)

export const POINT_KEYS = [
  'chpl_tier_1',
  'chpl_tier_2',
  'chpl_tier_3',
  'chpl_tier_4',
  'party_match',
  'party_candidate',
  'corridor',
  'new_consignee',
  'unit_value',
  'description_no_fit',
  'description_chapter_only',
] as const

const WeightsSchema = z.strictObject({
  name: z.string().min(1),
  review_at: z.number().min(0),
  points: z.strictObject(
    Object.fromEntries(POINT_KEYS.map((k) => [k, points])) as Record<
      (typeof POINT_KEYS)[number],
      typeof points
    >
  ),
  settings: z.strictObject({
    party_candidate_score: z.number().gt(0).max(1),
    new_consignee: z.strictObject({
      recent_share: z.number().gt(0).lt(1),
      min_span_days: z.number().int().min(1),
    }),
    unit_value: z.strictObject({ robust_z: z.number().gt(0), min_rows: z.number().int().min(3) }),
    corridors: z.strictObject({
      flows: z
        .strictObject({
          exporter: z.string(),
          target: z.string(),
          via: countries,
          baseline: z.string(),
          period: z.string(),
          basket: z.string(),
          min_ratio: z.number().gt(0),
        })
        .optional(),
      list: z.array(
        z.strictObject({
          origin: z.string(),
          via: countries,
          destination: countries,
          why: z.string().min(1),
        })
      ),
    }),
  }),
})

export type WeightsInput = z.infer<typeof WeightsSchema>

/** A corridor of the list, countries resolved to ISO alpha-3. */
export interface ListedCorridor {
  origin: string
  origins: Set<string>
  via: Set<string>
  destination: Set<string>
  why: string
}

export interface Weights extends WeightsInput {
  file: string
  /** `sha256:` + 16 hex digits over the file's bytes: which weights scored. */
  version: string
  corridorList: ListedCorridor[]
}

/**
 * Loads a weights file (YAML or JSON), checked against the schema and its country names
 * resolved. Every problem fails the load, one line each: `FILE:LINE: PATH: REASON`.
 */
export function loadWeights(file = BUILTIN_WEIGHTS): Weights {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw badInput(`no such weights file: ${file}`)
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const problems: string[] = doc.errors.map(
    (e) => `${file}:${lines.linePos(e.pos[0]).line}: YAML syntax error: ${e.message.split('\n')[0]}`
  )
  const parsed = problems.length
    ? undefined
    : WeightsSchema.safeParse(doc.toJS() ?? {}, { error: zodMessage })
  if (parsed && !parsed.success)
    for (const i of parsed.error.issues)
      problems.push(where(file, doc, lines, i.path as (string | number)[], i.message))
  const data = parsed?.success ? parsed.data : undefined
  const corridorList = data
    ? resolveCorridors(data, (path, reason) => problems.push(where(file, doc, lines, path, reason)))
    : []
  if (problems.length || !data)
    throw new AppError(
      400,
      `bad weights file: ${problems[0]}${problems.length > 1 ? ` (${problems.length} problems in all)` : ''}`,
      problems
    )
  return {
    ...data,
    file,
    version: `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
    corridorList,
  }
}

function resolveCorridors(
  w: WeightsInput,
  problem: (path: (string | number)[], reason: string) => void
): ListedCorridor[] {
  const code = (raw: string, path: (string | number)[]) => {
    const place = findCountry(raw)
    if (!place)
      problem(path, `unknown country "${raw}" (expected an ISO code such as KGZ or a country name)`)
    return place?.code ?? raw
  }
  const flows = w.settings.corridors.flows
  if (flows) {
    const base = ['settings', 'corridors', 'flows']
    flows.via.forEach((v, i) => code(v, [...base, 'via', i]))
    code(flows.target, [...base, 'target'])
    members(flows.exporter, [...base, 'exporter'], problem)
  }
  return w.settings.corridors.list.map((c, k) => {
    const base = ['settings', 'corridors', 'list', k]
    return {
      origin: c.origin,
      origins: members(c.origin, [...base, 'origin'], problem),
      why: c.why,
      via: new Set(c.via.map((v, i) => code(v, [...base, 'via', i]))),
      destination: new Set(c.destination.map((v, i) => code(v, [...base, 'destination', i]))),
    }
  })
}

/** A country, group (EU27, G7, coalition) or comma list of them, as ISO alpha-3 members. */
export function members(
  raw: string,
  path: (string | number)[],
  problem: (path: (string | number)[], reason: string) => void
): Set<string> {
  try {
    return new Set(
      resolveExporters(raw, 'origin').flatMap((e) => (e.kind === 'group' ? e.members : [e.code]))
    )
  } catch (err) {
    problem(path, (err as Error).message)
    return new Set()
  }
}

function zodMessage(iss: {
  code: string
  input?: unknown
  expected?: string
  keys?: string[]
}): string | undefined {
  if (iss.code === 'unrecognized_keys')
    return `unknown key${iss.keys!.length > 1 ? 's' : ''} ${iss.keys!.map((k) => JSON.stringify(k)).join(', ')}`
  if (iss.code === 'invalid_type' && iss.input === undefined)
    return `missing (expected ${iss.expected})`
  if (iss.code === 'invalid_type')
    return `expected ${iss.expected}, got ${JSON.stringify(iss.input)}`
  return undefined
}

/** `FILE:LINE: points.corridor: REASON`, the line of the deepest node the path reaches. */
function where(
  file: string,
  doc: Document,
  lines: LineCounter,
  path: (string | number)[],
  reason: string
): string {
  let line: number | undefined
  for (let n = path.length; n > 0 && line === undefined; n--) {
    const node = doc.getIn(path.slice(0, n), true) as
      { range?: [number, number, number] } | undefined
    if (node?.range) line = lines.linePos(node.range[0]).line
  }
  const p = path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '')
  return `${file}${line ? `:${line}` : ''}: ${p ? `${p}: ` : ''}${reason}`
}
