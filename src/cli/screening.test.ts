import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
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
    // Regression: --json cards lacked the sources the API gives: every list, programme and listing date of the entity.
    expect(doc.cards[0].sources.map((s: { source: string; programs: string[]; listed: string | null }) => [s.source, s.programs.join(';'), s.listed])).toEqual([
      ['us_ofac_sdn', 'RUSSIA-EO14024', null],
      ['eu_fsf', 'RUS', '2022-02-25'],
      ['gb_hmt_sanctions', 'Russia', '2022-02-26'],
    ])
  }, 60_000)

  test('--batch: one row per record, numbered by card', () => {
    writeFileSync(join(dir, 'in.csv'), 'name,schema\nVladimir Putin,Person\n')
    expect(cli('screen', '--batch', join(dir, 'in.csv'), '--out', join(dir, 'out.csv'), '--db', db, '--json').code).toBe(0)
    const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(',').slice(2, 5).join(','))
    expect(rows).toEqual(['status,card,rank', 'match,1,1', 'match,1,2', 'match,1,3', 'match,2,1'])
  }, 60_000)

  // Regression: a bad birth date in a batch row blocked the screening of that row's name; 1969-7-16 was refused.
  test('--batch: a bad birth date is a warning naming the row and the value, and the name is still screened', () => {
    writeFileSync(join(dir, 'dates.csv'), 'name,schema,birth_date\nVladimir Putin,Person,1952-13-07\nVladimir Putin,Person,1952-10-7\n')
    const r = cli('screen', '--batch', join(dir, 'dates.csv'), '--out', join(dir, 'dates-out.csv'), '--db', db)
    expect(r.code).toBe(0)
    expect(r.err).toContain('warning: row 1: invalid birth date: "1952-13-07" (no such date): left out, the name screened without it')
    expect(r.err).not.toContain('row 2')
    const rows = readFileSync(join(dir, 'dates-out.csv'), 'utf8').trim().split('\n').slice(1)
    expect(rows.filter((l) => l.startsWith('1,Vladimir Putin,match,1,1,'))).toHaveLength(1)
    expect(rows.filter((l) => l.startsWith('2,Vladimir Putin,match,1,1,'))).toHaveLength(1)
    expect(cli('screen', 'Vladimir Putin', '--schema', 'Person', '--birth-date', '1952-10-7', '--db', db, '--json').code).toBe(0)
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
  }, 60_000)
})
