import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { clickhouseCases, freshUrl, noClickHouse } from '../test-support/clickhouse.js'
import { REPO_ROOT, tempDir, writeFixture } from '../test-support/files.js'
import { writeUkVersions } from '../test-support/supply.js'
import { openStore } from '../store/open.js'

// The command line on a ClickHouse database (a single node and a two-shard cluster when
// reachable): ingest, datasets, lists load and screen, as a user runs them.

const FIXTURE = join(REPO_ROOT, 'src/trade/formats/fixtures/comtrade-plus.csv')
const cache = tempDir('chokepoint-cli-cache-')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cache },
  })
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) }
}

const made: string[] = []
afterAll(async () => {
  const { ClickHouseStore } = await import('../store/clickhouse.js')
  for (const url of made) {
    const store = await openStore(url)
    if (store instanceof ClickHouseStore) await store.dropDatabase()
    await store.close()
  }
})

describe.skipIf(noClickHouse).each(clickhouseCases)('chokepoint --db clickhouse:// ($name)', ({ url: server }) => {
  test('ingest, re-ingest, datasets, lists load and screen; screen reads its index from the cache folder', () => {
    const db = freshUrl(server, 'cli')
    made.push(db)
    const first = cli('ingest', FIXTURE, '--format', 'comtrade', '--db', db, '--json')
    expect(first.code, first.err).toBe(0)
    expect(first.json()).toMatchObject({ ok: true, status: 'loaded', rows: 16 })
    expect(cli('ingest', FIXTURE, '--format', 'comtrade', '--db', db, '--json').json()).toMatchObject({ status: 'unchanged', rows: 16 })
    expect(cli('datasets', '--db', db, '--json').json().datasets).toEqual([expect.objectContaining({ file: 'comtrade-plus.csv', rows: 16, synthetic: false })])
    const uk = writeUkVersions(tempDir())
    const load = cli('lists', 'load', uk.v1, '--format', 'uk-csv', '--db', db, '--json')
    expect(load.code, load.err).toBe(0)
    expect(load.json().index).toMatchObject({ built: true })
    const dir = tempDir()
    const batch = cli('screen', '--batch', writeFixture(dir, 'in.csv', 'name\nZala Aero\n'), '--out', join(dir, 'out.csv'), '--db', db, '--json')
    expect(batch.code, batch.err).toBe(0)
    // The index the load made, read from the user's cache folder rather than analysed again.
    const { index } = batch.json().batch
    expect(index).toMatchObject({ built: false, file: expect.stringMatching(new RegExp(`^${join(cache, 'chokepoint')}/[0-9a-f]{16}\\.screening-index$`)) })
    expect(existsSync(index.file)).toBe(true)
    const hit = cli('screen', 'Vladimir Putin', '--db', db, '--json')
    expect(hit.code, hit.err).toBe(0)
    expect(hit.json().hits[0].entity.caption).toBe('Vladimir Vladimirovich PUTIN')
  }, 180_000)

  // Regression: a read command on a database that did not exist created it (and chokepoint's
  // tables, even in `default`) and answered from the empty tables with exit code 0.
  test('a read command on a database without chokepoint tables is refused and creates nothing', async () => {
    const missing = freshUrl(server, 'missing')
    const { parseClickHouseUrl, httpQuery, maskPassword } = await import('../store/clickhouse-connect.js')
    for (const [args, hint] of [
      [['datasets'], 'load data first with chokepoint ingest'],
      [['shares', '--importer', 'RUS'], 'load data first with chokepoint ingest'],
      [['lists'], 'load sanctions lists first with chokepoint lists load FILE --format ... (or lists update)'],
      [['screen', 'Vladimir Putin'], 'load sanctions lists first with chokepoint lists load FILE --format ... (or lists update)'],
    ] as const) {
      const r = cli(...args, '--db', missing)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.err.trim()).toBe(`error: no such database: ${maskPassword(missing)} holds no chokepoint tables (${hint}, or check --db)`)
    }
    const target = parseClickHouseUrl(missing)
    const sql = (q: string) => httpQuery(target, q, { useDatabase: false })
    expect(await sql(`SELECT count() FROM system.databases WHERE name = '${target.database}'`)).toBe('0\n')
    expect(await sql(`SELECT count() FROM system.tables WHERE database = 'default' AND name IN ('meta', 'dataset')`)).toBe('0\n')
  }, 60_000)

  // Regression: a URL naming the server's native (TCP) port failed with a stack trace.
  test('a URL naming the native port, or another scheme: an error in words, no stack', () => {
    // The native ports of ops/clickhouse's servers (ch.sh): single 19000, cluster's first shard 19001.
    const tcp = { '18123': '19000', '18124': '19001' }[new URL(server).port]
    const cases: [string, RegExp][] = [['http://u:secret@127.0.0.1:18123/chokepoint', /^error: not a database: "http:\/\/u:\*\*\*@127\.0\.0\.1:18123\/chokepoint" \(expected a DuckDB file path or a clickhouse:\/\/ URL\)\n$/]]
    if (tcp) cases.push([freshUrl(server, 'cli').replace(/:\d+\//, `:${tcp}/`), /^error: no clickhouse at clickhouse:\/\/127\.0\.0\.1:\d+\/cp_cli_\w+(\?cluster=\w+)?: \/ping answered 400 "Port \d+ is for clickhouse-client program\. You must use port \d+ for HTTP\." \(expected "Ok\."\)\n$/])
    for (const [db, said] of cases) {
      const r = cli('datasets', '--db', db)
      expect(r.code).toBe(1)
      expect(r.err).toMatch(said)
      expect(r.err).not.toMatch(/\n\s+at /)
    }
  })
})
