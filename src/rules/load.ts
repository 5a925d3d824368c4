import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LineCounter, parseDocument, type Document } from 'yaml'
import { AppError, badInput } from '../errors.js'
import { compileMeasures } from './compile.js'
import type { Rule, RuleSet } from './model.js'
import { RulesFileSchema, type RulesFile } from './schema.js'
import { addVocabulary, emptyVocabulary, type Issue } from './vocabulary.js'

/** The rules shipped with chokepoint: the same folder whether this runs from src/ or dist/. */
export const BUILTIN_RULES = fileURLToPath(new URL('../../src/rules/measures/', import.meta.url))

const RULE_FILE = /\.(ya?ml|json)$/i

/**
 * Loads the built-in rules plus the files of `extra` folders (`--rules DIR`): every .yaml, .yml
 * or .json file, checked against the schema, the vocabulary and the time zones. Any problem
 * fails the load with one line per problem: `FILE:LINE: PATH: REASON`.
 */
export function loadRules({ extra = [], builtin = BUILTIN_RULES }: { extra?: string[]; builtin?: string } = {}): RuleSet {
  const files = [builtin, ...extra].flatMap(ruleFiles)
  const issues: Issue[] = []
  const parsed = files.map((file) => readRulesFile(file, issues))
  const vocabulary = emptyVocabulary()
  for (const p of parsed) if (p.data?.vocabulary) addVocabulary(vocabulary, p.data.vocabulary, p.file, issues)
  const rules: Rule[] = parsed.flatMap((p) => (p.data?.measures ? compileMeasures(p.data.measures, vocabulary, p.file, issues) : []))
  duplicates(rules, issues)
  if (issues.length) {
    const lines = issues.map((i) => where(i, parsed.find((p) => p.file === i.file)))
    throw new AppError(400, `bad rules file: ${lines[0]}${issues.length > 1 ? ` (${issues.length} problems in all)` : ''}`, lines)
  }
  if (!rules.length) throw badInput(`no rules found in ${[builtin, ...extra].join(', ')}`)
  return { rules, vocabulary, files, version: version(files, rules) }
}

function ruleFiles(dir: string): string[] {
  let names: string[]
  try {
    if (!statSync(dir).isDirectory()) throw badInput(`not a folder of rules files: ${dir}`)
    names = readdirSync(dir)
  } catch (err) {
    if (err instanceof AppError) throw err
    throw badInput(`no such rules folder: ${dir}`)
  }
  const files = names.filter((n) => RULE_FILE.test(n)).sort()
  if (!files.length) throw badInput(`no rules files (.yaml, .yml or .json) in ${dir}`)
  return files.map((n) => join(dir, n))
}

interface Parsed {
  file: string
  doc: Document
  lines: LineCounter
  /** The checked content; undefined when the file has a syntax or schema error. */
  data?: RulesFile
}

function readRulesFile(file: string, issues: Issue[]): Parsed {
  const lines = new LineCounter()
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length) {
    for (const e of doc.errors) issues.push({ file, path: [], reason: `YAML syntax error at line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}` })
    return { file, doc, lines }
  }
  const result = RulesFileSchema.safeParse(doc.toJS() ?? {}, { error: zodMessage })
  if (!result.success) {
    for (const i of result.error.issues) issues.push({ file, path: i.path as (string | number)[], reason: i.message })
    return { file, doc, lines }
  }
  return { file, doc, lines, data: result.data }
}

/** zod's own messages in the project's words: lowercase, naming what was expected. */
function zodMessage(iss: { code: string; input?: unknown; expected?: string; keys?: string[] }): string | undefined {
  if (iss.code === 'unrecognized_keys') return `unknown key${iss.keys!.length > 1 ? 's' : ''} ${iss.keys!.map((k) => JSON.stringify(k)).join(', ')}`
  if (iss.code === 'invalid_type' && iss.input === undefined) return `missing (expected ${iss.expected})`
  if (iss.code === 'invalid_type') return `expected ${iss.expected}, got ${JSON.stringify(iss.input)}`
  return undefined
}

/** `FILE:LINE: measures[0].rules[2].outcome: REASON`; the line of the deepest node the path reaches. */
function where(issue: Issue, parsed: Parsed | undefined): string {
  const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')
  const line = parsed && issue.path.length ? lineOf(parsed, issue.path) : undefined
  return `${issue.file}${line ? `:${line}` : ''}: ${path ? `${path}: ` : ''}${issue.reason}`
}

function lineOf({ doc, lines }: Parsed, path: (string | number)[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    if (node?.range) return lines.linePos(node.range[0]).line
  }
  return undefined
}

function duplicates(rules: Rule[], issues: Issue[]): void {
  const seen = new Map<string, string>()
  for (const r of rules) {
    const first = seen.get(r.id)
    if (first) issues.push({ file: r.file, path: [], reason: `rule id "${r.id}" already used in ${first}` })
    else seen.set(r.id, r.file)
  }
}

/** sha256 over each file's name and bytes and the rule ids, in order: the same rules give the same version. */
function version(files: string[], rules: Rule[]): string {
  const h = createHash('sha256')
  for (const f of files) h.update(`${basename(f)}\0`).update(readFileSync(f)).update('\0')
  h.update(rules.map((r) => r.id).join('\n'))
  return `sha256:${h.digest('hex').slice(0, 16)}`
}
