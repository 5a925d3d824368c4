import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import { REPO_ROOT, tempDir } from '../test-support/files.js'
import { loadDiversionFixture } from '../trade/analytics/diversion/fixtures.js'

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('chokepoint diversion', () => {
  const dir = tempDir()
  const db = join(dir, 'diversion.duckdb')
  beforeAll(async () => {
    const store = await openStore(db)
    await loadDiversionFixture(store, dir)
    await store.close()
  })
  const Q = ['--target', 'RUS', '--via', 'KGZ,ARM,GEO', '--baseline', '2021-Q1', '--period', '2023-Q1', '--db', db]

  test('--json: target, ranked rows, datasets, warnings and provenance', () => {
    const r = cli('diversion', '--exporter', 'EU27', ...Q, '--json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc).toMatchObject({ ok: true, target: { country: 'RUS', baseline: 300, period: 60, fall: 240 } })
    expect(doc.rows.map((x: { country: string; ratio: number | null; change: number | null; excess: number | null }) => [x.country, x.ratio, x.change, x.excess])).toEqual([['KGZ', 5, 80, 80], ['ARM', 1.5, 15, 15], ['GEO', null, null, null]])
    expect(doc.datasets).toHaveLength(1)
    expect(doc.warnings).toContain('GEO: missing: no data for exports to GEO in baseline 2021-Q1')
    expect(doc.provenance.length).toBeGreaterThan(5)
  })
  test('the text table and an unknown exporter', () => {
    const r = cli('diversion', '--exporter', 'EU27', ...Q)
    expect(r.out).toMatch(/^via\s+KGZ\s+20\s+100\s+5\.00x\s+80\s+80\s+33\.3%/m)
    const bad = cli('diversion', '--exporter', 'EU72', ...Q, '--json')
    expect(bad.code).not.toBe(0)
    expect(JSON.parse(bad.out).error).toMatch(/^unknown country or group: "EU72" for exporter \(did you mean EU27/)
  })
})
