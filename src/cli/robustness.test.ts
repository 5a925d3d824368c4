import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT, tempDir } from '../test-support/files.js'

const FIXTURE = join(REPO_ROOT, 'src/trade/formats/fixtures/comtrade-plus.csv')
const MAIN = join(REPO_ROOT, 'src/cli/main.ts')

function cli(args: string[], env: Record<string, string> = {}, preload: string[] = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), MAIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const dir = tempDir()
const db = join(dir, 'cli.duckdb')

describe('countries on the command line', () => {
  // Regression: --importer Russia / XXX and a trend partner ZZZ gave empty answers with exit 0.
  test('an unknown importer or partner is an error naming it; names and codes give RUS', () => {
    expect(cli(['ingest', FIXTURE, '--format', 'comtrade', '--db', db]).code).toBe(0)
    const xxx = cli(['shares', '--importer', 'XXX', '--db', db])
    expect(xxx.code).toBe(1)
    expect(xxx.err.trim()).toBe('error: unknown country: "XXX" for importer (expected an ISO code such as RUS or RU, or a country name)')
    const zzz = cli(['trend', '--importer', 'RUS', '--partner', 'ZZZ', '--db', db, '--json'])
    expect(zzz.code).toBe(1)
    expect(JSON.parse(zzz.out)).toEqual({ ok: false, error: expect.stringMatching(/^unknown country: "ZZZ" for partner/) })
    const rows = (importer: string) => JSON.parse(cli(['shares', '--importer', importer, '--basket', 'chpl-tier-1', '--db', db, '--json']).out).rows
    expect(rows('RUS').length).toBeGreaterThan(0)
    expect(rows('Russia')).toEqual(rows('RUS'))
  }, 60_000)

  // Regression: screen --country Narnia and --birth-date "not a date" answered as if neither was given.
  test('screen refuses an unknown country and an impossible birth date', () => {
    expect(cli(['screen', 'Putin', '--country', 'Narnia', '--db', db]).err.trim()).toBe(
      'error: unknown country: "Narnia" (expected an ISO code such as RUS or RU, or a country name)'
    )
    const date = cli(['screen', 'Putin', '--birth-date', 'not a date', '--db', db])
    expect(date.code).toBe(1)
    expect(date.err.trim()).toBe('error: invalid birth date: "not a date" (expected YYYY, YYYY-MM or YYYY-MM-DD)')
  }, 60_000)
})

describe('the database a command names', () => {
  // Regression: a read command given a --db that does not exist created an empty database and answered from it.
  test('read commands refuse a missing database and leave no file; writing commands create it', () => {
    const missing = join(dir, 'typo.duckdb')
    for (const args of [['datasets'], ['shares', '--importer', 'RUS']]) {
      const r = cli([...args, '--db', missing])
      expect(r.code).toBe(1)
      expect(r.err.trim()).toBe(`error: no such database: "${missing}" (load data first with chokepoint ingest, or check --db)`)
    }
    // Regression: screening commands told the user to ingest trade data, which screening never reads.
    for (const args of [['lists'], ['lists', 'diff', 'a', 'b'], ['screen', 'Putin']]) {
      const r = cli([...args, '--db', missing])
      expect(r.code).toBe(1)
      expect(r.err.trim()).toBe(`error: no such database: "${missing}" (load sanctions lists first with chokepoint lists load FILE --format ... (or lists update), or check --db)`)
    }
    expect(cli(['serve', '--db', missing]).err.trim()).toBe(`error: no such database: "${missing}" (load data first with chokepoint ingest (trade data) or chokepoint lists load (sanctions lists), or check --db)`)
    expect(JSON.parse(cli(['datasets', '--db', missing, '--json']).out)).toMatchObject({ ok: false, error: expect.stringMatching(/^no such database/) })
    expect(cli(['datasets'], { CHOKEPOINT_DB: missing }).code).toBe(1)
    expect(existsSync(missing)).toBe(false)
    // screen --pairs uses no database at all.
    const pairs = join(dir, 'pairs.csv')
    writeFileSync(pairs, 'schema,name1,name2\nPerson,Vladimir Putin,Putin Vladimir\n')
    expect(cli(['screen', '--pairs', pairs, '--db', missing, '--json']).code).toBe(0)
    expect(cli(['ingest', FIXTURE, '--format', 'comtrade', '--db', missing]).code).toBe(0)
    expect(existsSync(missing)).toBe(true)
  }, 60_000)
})

describe('the command line itself', () => {
  // Regression: piping into head (which closes the pipe early) crashed with an EPIPE stack trace.
  test('a reader that closes stdout early ends the command quietly with exit 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'baskets'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(err).toBe('')
    expect(code).toBe(0)
  }, 60_000)

  // Regression: there was no --version.
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'))
    expect(cli(['--version']).out.trim()).toBe(version)
  }, 60_000)

  // Regression: --help and baskets loaded DuckDB, the matcher and the API (1.8 s and 3.5 s).
  test.each([['--help'], ['baskets'], ['screen', '--help']])('%s loads no database client, matcher or API', (...args) => {
    const log = join(tempDir(), 'modules.txt')
    const r = cli(args, { MODULE_LOG: log }, [join(REPO_ROOT, 'src/test-support/module-log.mjs')])
    expect(r.code).toBe(0)
    const loaded = readFileSync(log, 'utf8').split('\n')
    expect(loaded.some((u) => u.endsWith('/cli/main.ts'))).toBe(true)
    expect(loaded.filter((u) => /@duckdb|@hono|pinyin-pro|\/src\/screening\/(index|text)|\/src\/api\//.test(u))).toEqual([])
  }, 60_000)
})
