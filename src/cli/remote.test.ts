import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import type { Store } from '../store/store.js'
import { REPO_ROOT, tempDir } from '../test-support/files.js'
import { unXml } from '../test-support/lists.js'
import { startServer } from './commands/serve.js'

// Regression: while `chokepoint serve` ran, every CLI command on its database failed with DuckDB's
// raw lock error, and there was no way to add data without stopping the dashboard.
const FIXTURE = join(REPO_ROOT, 'src/trade/formats/fixtures/comtrade-plus.csv')
const MAIN = join(REPO_ROOT, 'src/cli/main.ts')

/** The CLI in a child process, asynchronously: the server it talks to runs in this one. */
function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, CHOKEPOINT_TOKEN: '' } })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => resolve({ code, out, err }))
  })
}

const db = join(tempDir('chokepoint-remote-'), 'served.duckdb')
let store: Store
let url: string
beforeAll(async () => {
  store = await openStore(db)
  url = await startServer(store, '127.0.0.1', 0, 's3cret')
})
afterAll(() => store.close())

describe('a database held by a running server', () => {
  test('a local command says who holds the lock and what to do', async () => {
    const r = await cli(['ingest', FIXTURE, '--format', 'comtrade', '--db', db])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/database .*served\.duckdb is in use by another process \(pid \d+, .*\), most likely chokepoint serve: stop it, or use it: screen through its API \(GET or POST \/screen, POST \/match\), load through it with --api/)
    expect(r.err).not.toMatch(/\n\s+at /)
  }, 60_000)

  test('ingest --api loads through the server', async () => {
    const r = await cli(['ingest', FIXTURE, '--format', 'comtrade', '--api', url, '--token', 's3cret', '--json'])
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, status: 'loaded', file: 'comtrade-plus.csv', rows: 16 })
    expect(await store.all('SELECT file FROM dataset')).toEqual([{ file: 'comtrade-plus.csv' }])
  }, 60_000)

  test('lists load --api loads through the server; a wrong token is refused by name', async () => {
    const file = unXml(['INDIVIDUALS', 'ENTITIES'])
    const r = await cli(['lists', 'load', file, '--format', 'un-xml', '--api', url, '--token', 's3cret', '--json'])
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, existed: false, version: { source: 'un_sc_sanctions' } })
    const bad = await cli(['lists', 'load', file, '--format', 'un-xml', '--api', url, '--token', 'nope'])
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/invalid bearer token/)
    const none = await cli(['ingest', FIXTURE, '--format', 'comtrade', '--api', 'http://127.0.0.1:9/', '--token', 'x'])
    expect(none.err).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/)
  }, 60_000)
})

// Regression: a URL with raw UTF-8 (curl '.../screen?name=김정은') got Node's empty 400, no JSON.
test('a request the HTTP parser refuses gets a JSON error', async () => {
  const { port } = new URL(url)
  const raw = await new Promise<string>((done, fail) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(Buffer.from('GET /screen?name=김정은 HTTP/1.1\r\nhost: x\r\n\r\n')))
    let got = ''
    socket.on('data', (d) => (got += d))
    socket.on('end', () => done(got))
    socket.on('error', fail)
    socket.setTimeout(5000, () => fail(new Error('no answer in 5 s')))
  })
  expect(raw).toMatch(/^HTTP\/1\.1 400/)
  expect(JSON.parse(raw.split('\r\n\r\n')[1])).toMatchObject({ ok: false, error: expect.stringContaining('percent-encode') })
})
