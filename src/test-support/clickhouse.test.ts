import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, test } from 'vitest'
import { clickhouseUrls } from './clickhouse.js'
import { REPO_ROOT } from './files.js'

// The discovery runs when the module loads, so each case loads it in a fresh process with its
// own environment and prints what a test file would get.
function discover(env: Record<string, string>): {
  status: number | null
  engines?: string[]
  stderr: string
} {
  const script = `const m = await import('./src/test-support/clickhouse.ts'); console.log(JSON.stringify(m.engines))`
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      ...process.env,
      CHOKEPOINT_REQUIRE_CLICKHOUSE: '',
      CHOKEPOINT_TEST_CLICKHOUSE: '',
      ...env,
    },
  })
  const last = r.stdout.trim().split('\n').at(-1) ?? ''
  return {
    status: r.status,
    stderr: r.stderr,
    ...(last.startsWith('[') ? { engines: JSON.parse(last) as string[] } : {}),
  }
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  await new Promise((done) => server.close(done))
  return port
}

describe('which clickhouse servers the tests use', () => {
  test('a listed server that does not answer is skipped with a message naming it, password masked', async () => {
    const url = `clickhouse://u:secret@127.0.0.1:${await closedPort()}/chokepoint`
    const { status, engines, stderr } = discover({ CHOKEPOINT_TEST_CLICKHOUSE: url })
    expect(status).toBe(0)
    expect(engines).toEqual([':memory:'])
    expect(stderr).toContain(`skipping clickhouse tests of 1 server(s) that do not answer`)
    expect(stderr).toContain('clickhouse://u:***@127.0.0.1:')
    expect(stderr).not.toContain('secret')
  })

  test('with CHOKEPOINT_REQUIRE_CLICKHOUSE=1 a server that does not answer is a failure', async () => {
    const url = `clickhouse://127.0.0.1:${await closedPort()}/chokepoint`
    const { status, engines, stderr } = discover({
      CHOKEPOINT_TEST_CLICKHOUSE: url,
      CHOKEPOINT_REQUIRE_CLICKHOUSE: '1',
    })
    expect(status).not.toBe(0)
    expect(engines).toBeUndefined()
    expect(stderr).toContain(
      `CHOKEPOINT_REQUIRE_CLICKHOUSE=1 but a clickhouse server does not answer`
    )
    expect(stderr).toContain(url)
  })

  test.skipIf(clickhouseUrls.length === 0)(
    'servers that answer follow DuckDB, in the order listed',
    () => {
      const listed = [...clickhouseUrls].reverse()
      const { status, engines } = discover({
        CHOKEPOINT_TEST_CLICKHOUSE: listed.join(','),
        CHOKEPOINT_REQUIRE_CLICKHOUSE: '1',
      })
      expect(status).toBe(0)
      expect(engines).toEqual([':memory:', ...listed])
    }
  )
})
