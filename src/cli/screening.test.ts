import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { REPO_ROOT, tempDir } from '../test-support/files.js'

const LISTS = join(REPO_ROOT, 'src/screening/fixtures')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('chokepoint screen: one card per entity', () => {
  const dir = tempDir()
  const db = join(dir, 'lists.duckdb')
  beforeAll(() => {
    for (const [file, format, ...more] of [['ofac-sdn.csv', 'ofac-csv', '--as-of', '2025-01-15'], ['ofac-cons_prim.csv', 'ofac-csv', '--as-of', '2025-01-15'], ['eu-fsf.csv', 'eu-fsf'], ['uk-conlist.csv', 'uk-csv']]) {
      expect(cli('lists', 'load', join(LISTS, file), '--format', format, ...more, '--db', db).code).toBe(0)
    }
  }, 60_000)

  test('the text answer: a table of cards, then each card with its lists, programmes and listing dates', () => {
    const r = cli('screen', 'Vladimir Putin', '--schema', 'Person', '--db', db)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^2 cards \(one per entity; records of several lists grouped\)$/m)
    expect(r.out).toMatch(/^ +1 +0\.957 +MATCH +PUTIN, Vladimir Vladimirovich +Person +us_ofac_sdn, eu_fsf, gb_hmt_sanctions +3 +ofac-35096$/m)
    expect(r.out).toMatch(/^ +2 +0\.957 +MATCH +PUTIN, Vladimir Vladimirovich +Person +us_ofac_cons +1 +ofac-1001$/m)
    // Regression: the header printed one birth date twice, as two lists write it (07 Oct 1952 / 1952-10-07).
    expect(r.out).toMatch(/^1\. PUTIN, Vladimir Vladimirovich \(Person; born 1952-10-07\): 3 records of one entity$/m)
    expect(r.out).toMatch(/same entity: eu-fsf-7201 = ofac-35096 by name and birth date \(names match 1\.00 both ways; born 1952-10-07; country ru\)/)
    expect(r.out).toMatch(/^ +eu_fsf +eu_fsf-\w+ \(2022-10-28\) +RUS +2022-02-25 +eu-fsf-7201 +Vladimir Vladimirovich PUTIN +0\.957 +MATCH$/m)
    expect(r.out).toMatch(/^ +gb_hmt_sanctions +gb_hmt_sanctions-\w+ \(2025-01-15\) +Russia +2022-02-26 +gb-hmt-14200 /m)
    expect(r.out).toMatch(/^ +us_ofac_sdn +us_ofac_sdn-\w+ \(2025-01-15\) +RUSSIA-EO14024 +not stated +ofac-35096 /m)
    expect(r.out).toMatch(/^ +why gb-hmt-14200: name 0\.96: name "Vladimir Vladimirovich PUTIN"/m)
    expect(r.out).toMatch(/^2\. PUTIN, Vladimir Vladimirovich \(Person; born 1975-03-14\): one record$/m)
  }, 60_000)

  test('--json: the cards with their records, and the flat hits', () => {
    const doc = JSON.parse(cli('screen', 'Vladimir Putin', '--schema', 'Person', '--db', db, '--json').out)
    expect(doc.cards.map((c: { id: string; records: unknown[] }) => [c.id, c.records.length])).toEqual([['eu-fsf-7201+gb-hmt-14200+ofac-35096', 3], ['ofac-1001', 1]])
    expect(doc.cards[0].records[1]).toMatchObject({ entity: { id: 'eu-fsf-7201', listed: '2022-02-25' }, version: expect.stringMatching(/^eu_fsf-/), score: 0.957, hit: true })
    expect(doc.hits).toHaveLength(4)
    // The birth dates the header gives, in full: "07 Oct 1952" (OFAC) and "1952-10-07" (EU) are one.
    expect(doc.cards.map((c: { birth_dates: string[] }) => c.birth_dates)).toEqual([['1952-10-07'], ['1975-03-14']])
    // Regression: --json cards lacked the sources the API gives: every list, programme and listing date of the entity.
    expect(doc.cards[0].sources.map((s: { source: string; programs: string[]; listed: string | null }) => [s.source, s.programs.join(';'), s.listed])).toEqual([
      ['us_ofac_sdn', 'RUSSIA-EO14024', null],
      ['eu_fsf', 'RUS', '2022-02-25'],
      ['gb_hmt_sanctions', 'Russia', '2022-02-26'],
    ])
  }, 60_000)

  // Regression: a record on a card only as the same entity as a hit had no explanation of its own in --json.
  test('--json: every record says why it is on its card', () => {
    const doc = JSON.parse(cli('screen', 'Shenzhen Blue Hat International Trade', '--schema', 'Company', '--threshold', '0.9', '--db', db, '--json').out)
    expect(doc.cards[0].records.map((r: { entity: { id: string }; hit: boolean }) => [r.entity.id, r.hit])).toEqual([['eu-fsf-5501', true], ['ofac-90001', false]])
    expect(doc.cards[0].records[0].explanation).toMatch(/^name 1\.00: /)
    expect(doc.cards[0].records[1].explanation).toMatch(/ \| below the cutoff, on the card as the same entity as eu-fsf-5501 by identifier \(registrationNumber 91440300MA5F3XYZ12\)$/)
  }, 60_000)

  test('--batch: one row per record, numbered by card', () => {
    writeFileSync(join(dir, 'in.csv'), 'name,schema\nVladimir Putin,Person\n')
    expect(cli('screen', '--batch', join(dir, 'in.csv'), '--out', join(dir, 'out.csv'), '--db', db, '--json').code).toBe(0)
    const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').filter((l) => !l.startsWith('# ')).map((l) => l.split(',').slice(2, 5).join(','))
    expect(rows).toEqual(['status,card,rank', 'match,1,1', 'match,1,2', 'match,1,3', 'match,2,1'])
  }, 60_000)

  // Regression: the help and README left id and ref unexplained, and read alike: id is matched, ref only carried.
  test('--batch: id is an identifier of the party, matched; ref is the caller\'s own, never matched', () => {
    expect(cli('screen', '--help').out.replace(/\s+/g, ' ')).toContain("id: the party's registration, tax, passport or IMO number, matched against the lists' identifiers (4 letters or digits at least); ref: your own reference, not matched, carried to each output row")
    writeFileSync(join(dir, 'ids.csv'), 'name,schema,id,ref\nNobody Here,Company,91440300-MA5F3XYZ12,cust-1\nNobody Here,Company,,91440300MA5F3XYZ12\n')
    const doc = JSON.parse(cli('screen', '--batch', join(dir, 'ids.csv'), '--db', db, '--json').out)
    const rows = doc.rows.map((r: Record<string, string>) => [r.row, r.status, r.entity_id, r.ref])
    // Row 1: the registration number (its dash ignored) finds the firm on both lists; row 2: the same number as a ref finds nothing.
    expect(rows).toEqual([[1, 'match', 'eu-fsf-5501', 'cust-1'], [1, 'match', 'ofac-90001', 'cust-1'], [2, 'no hit', null, '91440300MA5F3XYZ12']])
  }, 60_000)

  // Regression: a bad birth date in a batch row blocked the screening of that row's name; 1969-7-16 was refused.
  test('--batch: a bad birth date is a warning naming the row and the value, and the name is still screened', () => {
    writeFileSync(join(dir, 'dates.csv'), 'name,schema,birth_date\nVladimir Putin,Person,1952-13-07\nVladimir Putin,Person,1952-10-7\n')
    const r = cli('screen', '--batch', join(dir, 'dates.csv'), '--out', join(dir, 'dates-out.csv'), '--db', db)
    expect(r.code).toBe(0)
    expect(r.err).toContain('warning: row 1: invalid birth date: "1952-13-07" (no such date): left out, the name screened without it')
    expect(r.err).not.toContain('row 2')
    const rows = readFileSync(join(dir, 'dates-out.csv'), 'utf8').trim().split('\n').filter((l) => !l.startsWith('# ')).slice(1)
    expect(rows.filter((l) => l.startsWith('1,Vladimir Putin,match,1,1,'))).toHaveLength(1)
    expect(rows.filter((l) => l.startsWith('2,Vladimir Putin,match,1,1,'))).toHaveLength(1)
    expect(cli('screen', 'Vladimir Putin', '--schema', 'Person', '--birth-date', '1952-10-7', '--db', db, '--json').code).toBe(0)
  }, 60_000)

  // Regression: --batch --json without --out wrote CSV to stdout, and its stderr summary left out the rows in error.
  test('--batch --json: one JSON document (rows, lists, threshold, summary); every summary counts the rows in error', () => {
    writeFileSync(join(dir, 'mixed.csv'), 'name,schema,birth_date\nVladimir Putin,Person,\n   ,,\nNobody Here,Person,\n')
    const r = cli('screen', '--batch', join(dir, 'mixed.csv'), '--db', db, '--json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(Object.keys(doc)).toEqual(['ok', 'threshold', 'limit', 'lists', 'rows', 'batch'])
    expect(doc).toMatchObject({ ok: true, threshold: 0.7, limit: 10, batch: { rows: 3, errors: 1, card_matches: 2, threshold: 0.7 } })
    expect(doc.lists.map((l: { source: string; as_of: string }) => `${l.source} ${l.as_of}`)).toEqual(['eu_fsf 2022-10-28', 'gb_hmt_sanctions 2025-01-15', 'us_ofac_cons 2025-01-15', 'us_ofac_sdn 2025-01-15'])
    expect(doc.rows[0]).toMatchObject({ row: 1, query_name: 'Vladimir Putin', status: 'match', card: 1, rank: 1, score: 0.957, match: true })
    expect(doc.rows.slice(-2).map((x: { row: number; status: string }) => [x.row, x.status])).toEqual([[2, 'error: empty name: "   "'], [3, 'no hit']])
    expect(r.err).toMatch(/^3 rows, 2 matching cards \(4 matching records\), 1 row in error, 0 rows with warnings, threshold 0\.7, /m)
    // Regression: the document held the run's seconds, queries per second and index timing, so no two runs were the same bytes.
    expect(Object.keys(doc.batch)).not.toContain('seconds')
    expect(cli('screen', '--batch', join(dir, 'mixed.csv'), '--db', db, '--json').out).toBe(r.out)
    const table = cli('screen', '--batch', join(dir, 'mixed.csv'), '--db', db, '--out', join(dir, 'mixed-out.csv'))
    expect(table.out).toMatch(/errors/)
    expect(cli('screen', '--batch', join(dir, 'mixed.csv'), '--db', db).err).toMatch(/, 1 row in error, /)
  }, 60_000)

  // Regression: a batch file without a name column printed the CSV header, then the error.
  test('--batch: a file without a name column is refused before anything is written, to stdout or --out', () => {
    writeFileSync(join(dir, 'nom.csv'), 'nom,pays\nVladimir Putin,RU\n')
    for (const json of [[], ['--json']]) {
      const r = cli('screen', '--batch', join(dir, 'nom.csv'), '--db', db, ...json)
      expect(r.code).toBe(1)
      if (json.length) expect(JSON.parse(r.out)).toEqual({ ok: false, error: `${join(dir, 'nom.csv')}: missing column "name" (found: nom, pays)` })
      else expect([r.out, r.err]).toEqual(['', `error: ${join(dir, 'nom.csv')}: missing column "name" (found: nom, pays)\n`])
    }
    expect(cli('screen', '--batch', join(dir, 'nom.csv'), '--db', db, '--out', join(dir, 'nom-out.csv')).code).toBe(1)
    expect(existsSync(join(dir, 'nom-out.csv')) || existsSync(join(dir, 'nom-out.csv.partial'))).toBe(false)
  }, 60_000)

  // Regression: the --out CSV did not say which lists (and of which dates) or which threshold it was screened against.
  test('--batch --out: the file names its lists with their dates and the threshold, a clean row its list versions; the same input gives the same bytes', () => {
    writeFileSync(join(dir, 'clean.csv'), 'name\nNobody Here\n')
    const run = (out: string) => expect(cli('screen', '--batch', join(dir, 'clean.csv'), '--db', db, '--threshold', '0.8', '--out', join(dir, out)).code).toBe(0)
    run('clean-1.csv')
    run('clean-2.csv')
    const text = readFileSync(join(dir, 'clean-1.csv'), 'utf8')
    expect(readFileSync(join(dir, 'clean-2.csv'), 'utf8')).toBe(text)
    const lines = text.trim().split('\n')
    expect(lines.find((l) => l.startsWith('# lists: '))).toMatch(/^# lists: eu_fsf as of 2022-10-28 \(version eu_fsf-\w+, \d+ entities\); gb_hmt_sanctions as of 2025-01-15 .*us_ofac_sdn as of 2025-01-15 \(version us_ofac_sdn-\w+, \d+ entities; warning: no alt\.csv in this load: .*\)$/)
    expect(lines).toContain('# threshold: 0.8')
    // Regression: a version's load warning (OFAC without alt.csv) was in the JSON's lists only.
    expect(lines.find((l) => l.startsWith('# lists: '))).toContain('us_ofac_cons-')
    expect(lines.at(-1)).toMatch(/^1,Nobody Here,no hit,,,,,,,,eu_fsf-\w+;gb_hmt_sanctions-\w+;us_ofac_cons-\w+;us_ofac_sdn-\w+,,,,,,$/)
  }, 60_000)

  // Regression: a birth date in the future (2099-01-01) was accepted with no warning.
  test('a birth date in the future: refused by screen NAME, naming it; left out of a batch row with a warning', () => {
    const r = cli('screen', 'Vladimir Putin', '--birth-date', '2099-01-01', '--db', db)
    expect([r.code, r.err]).toEqual([1, 'error: invalid birth date: "2099-01-01" (in the future)\n'])
    writeFileSync(join(dir, 'future.csv'), 'name,birth_date\nVladimir Putin,2099-01-01\n')
    const b = cli('screen', '--batch', join(dir, 'future.csv'), '--db', db, '--out', join(dir, 'future-out.csv'))
    expect(b.err).toContain('warning: row 1: invalid birth date: "2099-01-01" (in the future): left out, the name screened without it')
  }, 60_000)

  // Regression: screen --pairs without a schema applied the rules for organisations to persons (father and son at 0.97).
  test('--pairs without a schema: the schema the names tell, and how it was decided', () => {
    writeFileSync(join(dir, 'pairs.csv'), 'name1,name2\nAhmed bin Ali al-Harbi,Ali bin Ahmed al-Harbi\nZala Aero,Zala Aero Group\n')
    const doc = JSON.parse(cli('screen', '--pairs', join(dir, 'pairs.csv'), '--json').out)
    expect(doc.rows.map((r: { schema: string; match: boolean }) => [r.schema, r.match])).toEqual([['Person', false], ['Organization', true]])
    expect(doc.rows[0].schema_basis).toBe(`from the names: "Ahmed bin Ali al-Harbi" reads as a person's name ("bin" between names)`)
    expect(doc.rows[0].explanation).toContain('roles swapped across "bin"')
    writeFileSync(join(dir, 'bad-pairs.csv'), 'schema,name1,name2\nPerson,a,b\nPersn,c,d\n')
    const bad = cli('screen', '--pairs', join(dir, 'bad-pairs.csv'))
    expect(bad.code).toBe(1)
    expect(bad.err.trim()).toBe(`error: ${join(dir, 'bad-pairs.csv')}:3: unknown schema: "Persn" (expected Person, Company, Organization, LegalEntity, Vessel, Airplane, or none to decide from the names)`)
    // Regression: --out with --pairs was ignored, unsaid, and the rows went to stdout.
    const out = cli('screen', '--pairs', join(dir, 'pairs.csv'), '--out', join(dir, 'pairs-out.csv'))
    expect(out.code).toBe(1)
    expect(out.err).toContain('--out is for --batch only')
  }, 60_000)
})
