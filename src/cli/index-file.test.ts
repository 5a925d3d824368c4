import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { REPO_ROOT, tempDir, writeFixture } from '../test-support/files.js'
import { writeUkVersions } from '../test-support/supply.js'

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

test('lists load writes the screening index beside the database; screen runs read it, never rebuild it', () => {
  const dir = tempDir('chokepoint-cli-index-')
  const db = join(dir, 'lists.duckdb')
  const sidecar = `${db}.screening-index`
  const uk = writeUkVersions(dir)
  const load = cli('lists', 'load', uk.v1, '--format', 'uk-csv', '--db', db, '--json')
  expect(load.code, load.err).toBe(0)
  expect(JSON.parse(load.out).index).toMatchObject({ built: true })
  expect(existsSync(sidecar)).toBe(true)
  const written = statSync(sidecar).mtimeMs
  const first = cli('screen', 'Vladimir Putin', '--db', db, '--json')
  expect(first.code, first.err).toBe(0)
  expect(JSON.parse(first.out).hits[0].entity.caption).toBe('Vladimir Vladimirovich PUTIN')
  const batch = cli('screen', '--batch', writeFixture(dir, 'in.csv', 'name\nZala Aero\n'), '--out', join(dir, 'out.csv'), '--db', db, '--json')
  expect(batch.code, batch.err).toBe(0)
  expect(JSON.parse(batch.out).batch).toMatchObject({ rows: 1, matches: 1, index: { file: sidecar, built: false } })
  expect(statSync(sidecar).mtimeMs).toBe(written)
  // A new current version: the index is remade by the load, not left for the next screen.
  expect(JSON.parse(cli('lists', 'load', uk.v2, '--format', 'uk-csv', '--db', db, '--json').out).index).toMatchObject({ built: true })
  expect(statSync(sidecar).mtimeMs).not.toBe(written)
  const v2 = cli('screen', 'Test Diff Entity LLC', '--db', db, '--json')
  expect(JSON.parse(v2.out).hits[0]).toMatchObject({ match: true, entity: { caption: 'TEST DIFF ENTITY LLC' } })
}, 120_000)
