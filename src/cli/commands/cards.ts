import { cardBirthDates, programsOf, type Card, type ListVersion } from '../../screening/index.js'
import { table } from '../output.js'

/** Why a record is on its card (explainRecord). */
type Explain = (c: Card, r: Card['records'][number]) => string

/**
 * The list a record was loaded from (its version's source). Not the record's datasets: an FtM
 * file's entity names every dataset its publisher found it in (a company registry, PermID), and
 * shown as lists they read as sanctions lists the user never loaded.
 */
const listOf = (r: Card['records'][number], versions: ListVersion[]) => versions.find((v) => v.id === r.version)?.source ?? r.entity.datasets.join(',')

/** Birth dates in a card's header; the rest are counted, and in --json (`birth_dates`) in full. */
const SHOWN_DATES = 3

/** The first `n` items, and how many more there are: a list cut short never reads as whole. */
function firstOf(items: string[], n: number, separator = ' / '): string {
  return items.length <= n ? items.join(separator) : `${items.slice(0, n).join(separator)} and ${items.length - n} more`
}

/** A card's lists, in the order of its records (best first), each once. */
const listsOf = (c: Card, versions: ListVersion[]) => [...new Set(c.records.map((r) => listOf(r, versions)))]

/** The table of cards: one row per real entity, with every list it is on. */
export function cardTable(cards: Card[], versions: ListVersion[]): string {
  return table(cards.map((c, i) => ({
    card: i + 1, score: c.score, match: c.match ? 'MATCH' : '', name: c.caption, schema: c.schema,
    lists: listsOf(c, versions).join(', '), records: c.records.length, id: c.records[0].entity.id,
  })))
}

/**
 * One card in full: why its records are one entity, then each source record (list, version,
 * programmes, listing date, id, caption, score) with its own explanation, the best first.
 */
export function cardDetail(c: Card, i: number, versions: ListVersion[], explain: Explain): string {
  const asOf = (v: string) => versions.find((x) => x.id === v)?.as_of
  // Birth dates, each once however the lists write them: what tells two namesakes' cards apart at a glance.
  const born = cardBirthDates(c)
  const about = [c.schema, ...(born.length ? [`born ${firstOf(born, SHOWN_DATES)}`] : [])].join('; ')
  const head = `${i + 1}. ${c.caption} (${about}): ${c.records.length === 1 ? 'one record' : `${c.records.length} records of one entity`}`
  // Records of one id on two lists: the id once, not "X = X".
  const ties = c.ties.map((t) => `   same entity: ${t.ids[0] === t.ids[1] ? `${t.ids[0]} on two lists` : t.ids.join(' = ')} by ${t.basis} (${t.detail})`)
  const rows = c.records.map((r) => ({
    list: listOf(r, versions), version: `${r.version}${asOf(r.version) ? ` (${asOf(r.version)})` : ''}`,
    programs: programsOf(r.entity).join('; ') || 'not stated', listed: r.entity.listed ?? 'not stated',
    id: r.entity.id, caption: r.entity.caption, score: r.score, match: r.match ? 'MATCH' : r.hit ? '' : 'same entity',
  }))
  // A record's id names it, unless the card has it twice (one id on two lists): then its list too.
  const twice = (id: string) => c.records.filter((o) => o.entity.id === id).length > 1
  // Datasets the list's publisher names beyond the list itself (an FtM file's), said as such.
  const more = c.records.flatMap((r) => (r.entity.datasets.join() === listOf(r, versions) ? [] : [`   ${r.entity.id} in the publisher's datasets: ${r.entity.datasets.join(', ')}`]))
  const why = c.records.map((r) => `   why ${r.entity.id}${twice(r.entity.id) ? ` (${listOf(r, versions)})` : ''}: ${explain(c, r)}${r.related.length ? `\n   related: ${r.related.map((x) => `${x.role} ${x.caption}`).join('; ')}` : ''}`)
  const indent = (s: string) => s.split('\n').map((l) => `   ${l}`).join('\n')
  return [head, ...ties, indent(table(rows)), ...more, ...why].join('\n')
}
