import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT, tempDir } from '../test-support/files.js'

const FIXTURE = join(REPO_ROOT, 'src/trade/formats/fixtures/comtrade-plus.csv')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('chokepoint command line', () => {
  const db = join(tempDir(), 'cli.duckdb')

  test('ingest then shares --json prints one document whose rows carry the promised fields', () => {
    expect(cli('ingest', FIXTURE, '--format', 'comtrade', '--db', db).code).toBe(0)
    const r = cli('shares', '--importer', 'RUS', '--basket', 'chpl-tier-1', '--by', 'year', '--db', db, '--json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.ok).toBe(true)
    expect(doc.rows[0]).toEqual(
      expect.objectContaining({ period: '2020', partner: 'USA', partner_name: 'United States', value: 350, currency: 'USD', share: expect.any(Number) })
    )
    expect(doc.basis_note).toMatch(/reported imports/)
  }, 60_000)

  test('the table output states basket, basis and datasets', () => {
    const r = cli('shares', '--importer', 'RUS', '--basket', 'chpl-tier-1', '--db', db)
    expect(r.out).toMatch(/basket chpl-tier-1/)
    expect(r.out).toMatch(/basis: RUS's own reported imports/)
    expect(r.out).toMatch(/datasets: comtrade-plus.csv/)
  }, 60_000)

  test('a user error prints one line and no stack trace, with exit code 1', () => {
    const r = cli('ingest', '/nope/missing.csv', '--format', 'comtrade', '--db', db)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe('error: no such file: /nope/missing.csv')
  }, 60_000)

  test('with --json a failure is {"ok": false, "error"} on stdout', () => {
    const r = cli('shares', '--importer', 'RUS', '--basket', 'bogus', '--db', db, '--json')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out)).toEqual({ ok: false, error: expect.stringMatching(/^unknown basket: "bogus"/) })
  }, 60_000)

  test('baskets --json lists every basket with its codes', () => {
    const doc = JSON.parse(cli('baskets', '--json').out)
    const ids = doc.baskets.map((b: { id: string }) => b.id)
    expect(ids).toEqual(expect.arrayContaining(['chpl', 'machine-tools', 'microelectronics', 'integrated-circuits', 'drones', 'spacecraft', 'aluminium', 'copper', 'nickel', 'total']))
    expect(doc.baskets.find((b: { id: string }) => b.id === 'chpl').codes).toHaveLength(50)
    expect(doc.baskets.find((b: { id: string }) => b.id === 'drones').codes).toEqual(['8806', '880730'])
  }, 60_000)

  // Regression: --as-of 2062-05-03 (a typo in the year) was recorded, and made that version current until 2062.
  test('lists load --as-of refuses a date after today, or one that does not exist, by name and before opening the database', () => {
    const list = join(REPO_ROOT, 'src/screening/fixtures/uk-conlist.csv')
    const fresh = join(tempDir(), 'lists.duckdb')
    const d = new Date()
    const today = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
    const r = cli('lists', 'load', list, '--format', 'uk-csv', '--as-of', '2062-05-03', '--db', fresh)
    expect([r.code, r.err.trim()]).toEqual([1, `error: invalid --as-of: "2062-05-03" (a date after today, ${today})`])
    const json = cli('lists', 'load', list, '--format', 'uk-csv', '--as-of', '2024-02-30', '--db', fresh, '--json')
    expect([json.code, JSON.parse(json.out)]).toEqual([1, { ok: false, error: 'invalid --as-of: "2024-02-30" (no such date)' }])
    expect(existsSync(fresh)).toBe(false)
  }, 60_000)
})
