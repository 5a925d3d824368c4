import { basename } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { badInput } from '../../errors.js'
import { addProp, makeEntity, type Entity, type Props } from '../model.js'
import { readText, warningLog, type LoadResult, type WarningLog } from './read.js'

type Node = Record<string, unknown>
const ARRAYS = new Set(['INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH', 'INDIVIDUAL_PLACE_OF_BIRTH', 'INDIVIDUAL_DOCUMENT', 'VALUE', 'NATIONALITY', 'DESIGNATION', 'TITLE', 'LAST_DAY_UPDATED'])

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '')
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : []).filter((x): x is Node => !!x && typeof x === 'object')
const values = (v: unknown): string[] => nodes(v).flatMap((n) => (Array.isArray(n.VALUE) ? n.VALUE : [n.VALUE]).map(text)).filter(Boolean)

/**
 * UN Security Council consolidated list (XML). Aliases of quality "Low" are weak aliases (the
 * UN's own flag); "Good", "a.k.a." and "f.k.a." aliases are strong.
 */
export function loadUnXml(files: string[]): LoadResult {
  const log = warningLog()
  const entities: Entity[] = []
  let asOf: string | undefined
  const parts = new Set<string>()
  const incomplete: string[] = []
  // The UN publishes its list as one file: two in one load would be two publications merged
  // into one version dated by the first, each entry listed twice.
  if (files.length > 1) throw badInput(`un-xml: ${files.map((f) => basename(f)).join(' and ')} in one load: the UN list is one file a publication; load each on its own`)
  for (const file of files) {
    const xml = readText(file)
    // The UN list declares no DOCTYPE; one in an upload can only be an entity trick (XXE, billion laughs).
    const doctype = /<!DOCTYPE/i.exec(xml)
    if (doctype) throw badInput(`${basename(file)}:${lineAt(xml, doctype.index)}: xml with a DOCTYPE declaration is not accepted (a UN consolidated list has none)`)
    const valid = XMLValidator.validate(xml)
    if (valid !== true) throw brokenXml(basename(file), xml, valid.err)
    const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ARRAYS.has(name) }).parse(xml) as Node
    const root = doc.CONSOLIDATED_LIST as Node | undefined
    if (!root) throw badInput(`${basename(file)}: not a UN consolidated list (no CONSOLIDATED_LIST element)`)
    asOf ??= text(root['@_dateGenerated']).slice(0, 10) || undefined
    // The UN publishes both sections every time (an empty one as <ENTITIES/>): a missing one
    // means the file was edited or cut, and its entries would silently drop out of screening.
    for (const section of ['INDIVIDUALS', 'ENTITIES']) {
      if (section in root) parts.add(section)
      else incomplete.push(`${basename(file)}: no ${section} section (the UN list always has INDIVIDUALS and ENTITIES)`)
    }
    for (const n of nodes((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL)) entities.push(individual(n, log))
    for (const n of nodes((root.ENTITIES as Node | undefined)?.ENTITY)) entities.push(organisation(n, log))
  }
  const asOfBasis = asOf ? 'from the file (dateGenerated)' : undefined
  return { entities: entities.filter((e) => e.properties.name), asOf, asOfBasis, parts: [...parts], incomplete, warnings: log.list() }
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length

/**
 * The validator's complaint in words a user can act on. A file cut short leaves elements open,
 * which the validator reports at line 1 as a list of tag names: say so, at the file's last line.
 */
function brokenXml(name: string, xml: string, err: { line: number; msg: string }): Error {
  const open = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg)
  if (open) {
    const tags = open[1].split(',').map((t) => t.trim().replace(/^"|"$/g, ''))
    return badInput(`${name}:${lineAt(xml, xml.length)}: the xml ends with ${tags.length} element${tags.length > 1 ? 's' : ''} still open (${tags.join(' > ')}): the file looks cut short`)
  }
  return badInput(`${name}:${err.line}: broken xml: ${err.msg}`)
}

function common(n: Node, p: Props, log: WarningLog): string {
  const id = text(n.DATAID)
  if (!id) log.warn('record without DATAID', text(n.FIRST_NAME))
  addProp(p, 'program', text(n.UN_LIST_TYPE))
  addProp(p, 'notes', text(n.COMMENTS1))
  addProp(p, 'idNumber', text(n.REFERENCE_NUMBER))
  const aliases = nodes(n.INDIVIDUAL_ALIAS ?? n.ENTITY_ALIAS)
  for (const a of aliases) {
    const q = text(a.QUALITY).toLowerCase()
    addProp(p, q === 'low' ? 'weakAlias' : q === 'f.k.a.' ? 'previousName' : 'alias', ...unNames(text(a.ALIAS_NAME)))
  }
  for (const a of nodes(n.INDIVIDUAL_ADDRESS ?? n.ENTITY_ADDRESS)) {
    const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((k) => text(a[k])).filter(Boolean)
    if (parts.length) addProp(p, 'address', parts.join(', '))
    addProp(p, 'country', text(a.COUNTRY))
  }
  return id
}

function individual(n: Node, log: WarningLog): Entity {
  const p: Props = {}
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(n[k])).filter(Boolean)
  addProp(p, 'name', parts.join(' '), text(n.NAME_ORIGINAL_SCRIPT))
  addProp(p, 'firstName', text(n.FIRST_NAME))
  addProp(p, 'gender', text(n.GENDER).toLowerCase())
  addProp(p, 'nationality', ...values(n.NATIONALITY))
  addProp(p, 'position', ...values(n.DESIGNATION))
  addProp(p, 'title', ...values(n.TITLE))
  for (const d of nodes(n.INDIVIDUAL_DATE_OF_BIRTH)) {
    if (text(d.DATE)) addProp(p, 'birthDate', text(d.DATE).slice(0, 10))
    else if (text(d.YEAR)) addProp(p, 'birthDate', text(d.YEAR))
    else if (text(d.FROM_YEAR)) addProp(p, 'birthDate', `${text(d.FROM_YEAR)} to ${text(d.TO_YEAR)}`)
  }
  for (const b of nodes(n.INDIVIDUAL_PLACE_OF_BIRTH)) {
    const place = ['CITY', 'STATE_PROVINCE', 'COUNTRY'].map((k) => text(b[k])).filter(Boolean).join(', ')
    addProp(p, 'birthPlace', place)
  }
  for (const d of nodes(n.INDIVIDUAL_DOCUMENT)) {
    const num = text(d.NUMBER)
    addProp(p, /passport|pasaporte|passeport/i.test(text(d.TYPE_OF_DOCUMENT)) ? 'passportNumber' : 'idNumber', num)
  }
  const id = common(n, p, log)
  return makeEntity(`unsc-${id}`, 'Person', 'un_sc_sanctions', p, text(n.LISTED_ON).slice(0, 10) || undefined)
}

function organisation(n: Node, log: WarningLog): Entity {
  const p: Props = {}
  addProp(p, 'name', ...unNames(text(n.FIRST_NAME)), text(n.NAME_ORIGINAL_SCRIPT))
  const id = common(n, p, log)
  return makeEntity(`unsc-${id}`, 'Organization', 'un_sc_sanctions', p, text(n.LISTED_ON).slice(0, 10) || undefined)
}

/**
 * An alias the UN writes as one name with its other spellings in a trailing bracket, separated
 * by semicolons, each name on its own: "حسن غول (Hassan Ghul; Hassan Gul)" is حسن غول, Hassan
 * Ghul and Hassan Gul. Whole, a query of one of them met a name of all of them (Abu Bakr
 * al-Baghdadi never reached the UN record). A bracket of one name is left to the name reading:
 * a note ("(birth name)", "(COMBAT NAME)") or the name in its script ("Akrin Saleh Akrin
 * (أقرين صالح أقرين)"), which is also read without the bracket.
 */
export function bracketedNames(value: string): string[] {
  const m = /^([^()]+)\(([^()]+)\)\s*$/.exec(value)
  if (!m) return [value]
  const [main, inside] = [m[1].trim(), m[2]]
  if (!inside.includes(';')) return [value]
  return [main, ...inside.split(';').map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean)]
}

/**
 * The names one UN name field holds: its bracket's spellings (bracketedNames), and names the UN
 * separates by semicolons ("Azim Adhajani; Azim Agha-Jani", "COMPAGNIE AERIENNE DES GRANDS LACS
 * (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)") or letters ("... Sabet b) M. Javad Kareemi
 * Sabet"). Whole, one of them queried met a name of all of them, four words for two.
 */
export function unNames(value: string): string[] {
  return bracketedNames(value)
    .flatMap((v) => v.replace(/^[a-z]\)\s+/, '').split(/\s*;\s*|\s+[a-z]\)\s+/))
    .map((v) => v.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}
