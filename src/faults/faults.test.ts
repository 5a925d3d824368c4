import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { openStore } from '../store/open.js'
import { entries, ofacFiles, unXml } from '../test-support/lists.js'
import { REPO_ROOT, tempDir } from '../test-support/files.js'
import { writeSupplyFixture } from '../test-support/supply.js'
import { generateComtrade } from '../trade/generate/comtrade.js'

// The standing fault suite (npm run test:faults, in CI): kill -9 at random points of ingest, list
// load and upload, then check the database opens, the answers given before the kill are
// byte-identical (or equal the finished operation's, when the kill came after its commit), no
// partial dataset or list version is left, and the same operation re-run completes.

const CLI = join(REPO_ROOT, 'dist/cli/main.js')
const KILLS = Number(process.env.FAULT_KILLS ?? 20)
const dir = tempDir('chokepoint-faults-')
const base = join(dir, 'base.duckdb')
let bigCsv: string
let listFiles: string[]

/** A seeded generator (mulberry32), so a failing kill schedule can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const SEED = Number(process.env.FAULT_SEED ?? 20240412)
const next = random(SEED)

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The answers a user saw before the fault: a share table and a screening, as JSON text. */
function answers(db: string): string {
  const shares = cli('shares', '--importer', 'RUS', '--basket', 'chpl', '--by', 'year', '--basis', 'mirror', '--db', db, '--json')
  const screen = cli('screen', 'Eric Badege', '--schema', 'Person', '--db', db, '--json')
  expect(shares.status, shares.stderr).toBe(0)
  expect(screen.status, screen.stderr).toBe(0)
  // Elapsed milliseconds are the one part of an answer that may differ run to run.
  return shares.stdout + screen.stdout.replace(/"ms":[\d.]+/g, '"ms":0')
}

/** Runs `args` in a child and kills it with SIGKILL after `ms`; resolves whether it was killed. */
function runAndKill(args: string[], ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve(signal === 'SIGKILL')
    })
  })
}

/** Datasets whose flow rows do not add up to their recorded count, and list versions without entities. */
async function partials(db: string): Promise<string[]> {
  const store = await openStore(db)
  try {
    const flows = await store.all<{ id: string }>(
      `SELECT d.id FROM dataset d LEFT JOIN (SELECT dataset, count(*) AS n FROM flow GROUP BY 1) f ON f.dataset = d.id
       WHERE d.target = 'flow' AND COALESCE(f.n, 0) <> d.rows`
    )
    const lists = await store.all<{ id: string }>(
      `SELECT v.id FROM list_version v LEFT JOIN (SELECT version, count(*) AS n FROM list_entity GROUP BY 1) e ON e.version = v.id
       WHERE COALESCE(e.n, 0) <> v.entities`
    )
    const orphans = await store.all<{ id: string }>(`SELECT DISTINCT dataset AS id FROM flow WHERE dataset NOT IN (SELECT id FROM dataset)`)
    return [...flows, ...lists, ...orphans].map((r) => r.id)
  } finally {
    await store.close()
  }
}

interface Operation {
  name: string
  args: (db: string) => string[]
  /** How long the operation takes unkilled, measured once: kills land inside it. */
  ms: number
  /** The answers once the operation has completed. */
  after: string
}

const ops: Operation[] = []

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm run test:faults does)`)
  const gen = await openStore(':memory:')
  bigCsv = join(dir, 'big.csv')
  await generateComtrade(gen, { rows: 150_000, out: bigCsv, seed: 11 })
  await gen.close()
  listFiles = ofacFiles(entries(Array.from({ length: 10_000 }, (_, i) => i + 1)), { name: 'sdn_2024-05-03.csv' })
  expect(cli('ingest', writeSupplyFixture(dir), '--format', 'comtrade', '--synthetic', '--db', base).status).toBe(0)
  expect(cli('lists', 'load', unXml(['INDIVIDUALS', 'ENTITIES']), '--format', 'un-xml', '--db', base).status).toBe(0)
  const asOf = ['--as-of', '2024-05-03']
  const defs: Omit<Operation, 'ms' | 'after'>[] = [
    { name: 'ingest', args: (db) => ['ingest', bigCsv, '--format', 'comtrade', '--db', db] },
    { name: 'lists load', args: (db) => ['lists', 'load', ...listFiles, '--format', 'ofac-csv', ...asOf, '--db', db] },
  ]
  for (const d of defs) {
    const db = join(dir, `done-${ops.length}.duckdb`)
    copyFileSync(base, db)
    const t0 = performance.now()
    const r = cli(...d.args(db))
    expect(r.status, r.stderr).toBe(0)
    ops.push({ ...d, ms: performance.now() - t0, after: answers(db) })
  }
}, 300_000)

describe('kill -9 at random points', () => {
  test(`${KILLS} kills of ingest and list load leave the database whole (seed ${SEED})`, async () => {
    const before = answers(base)
    const outcomes: string[] = []
    for (let k = 0; k < KILLS; k++) {
      const op = ops[k % ops.length]
      const db = join(dir, `kill-${k}.duckdb`)
      copyFileSync(base, db)
      const at = Math.round(100 + next() * op.ms)
      const killed = await runAndKill(op.args(db), at)
      expect(await partials(db), `${op.name} killed at ${at} ms`).toEqual([])
      const now = answers(db)
      expect([before, op.after], `${op.name} killed at ${at} ms`).toContain(now)
      outcomes.push(`${op.name}@${at}ms:${killed ? (now === before ? 'rolled back' : 'committed') : 'finished'}`)
      const again = cli(...op.args(db))
      expect(again.status, again.stderr).toBe(0)
      expect(answers(db)).toBe(op.after)
    }
    console.log(`fault suite: ${outcomes.join(', ')}`)
    expect(outcomes.filter((o) => o.endsWith('rolled back')).length).toBeGreaterThan(0)
  }, 600_000)
})

describe('a server killed mid-upload', () => {
  function serve(db: string): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--token', 't', '--db', db], { cwd: dir })
      let err = ''
      child.stderr!.on('data', (d) => (err += d))
      child.stdout!.on('data', (d) => {
        const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(String(d))?.[1]
        if (url) resolve({ child, url, stderr: () => err })
      })
      child.on('exit', () => reject(new Error(`server exited: ${err}`)))
    })
  }

  test('leaves no partial dataset; the next server removes the upload folder; the upload re-runs', async () => {
    const db = join(dir, 'upload.duckdb')
    copyFileSync(base, db)
    const before = answers(db)
    const body = readFileSync(bigCsv)
    const ours = () => readdirSync(tmpdir()).filter((n) => n.startsWith('chokepoint-upload-'))
    const killed: number[] = []
    for (const at of [50, 400, 1500]) {
      const { child, url } = await serve(db)
      killed.push(child.pid!)
      const exited = new Promise((ok) => child.once('exit', ok))
      const upload = fetch(`${url}datasets?format=comtrade&name=big.csv`, { method: 'POST', headers: { authorization: 'Bearer t' }, body }).catch(() => undefined)
      await new Promise((ok) => setTimeout(ok, at))
      child.kill('SIGKILL')
      await Promise.all([upload, exited])
      expect(await partials(db)).toEqual([])
      expect([before, ops[0].after]).toContain(answers(db))
    }
    const { child, url, stderr } = await serve(db)
    try {
      // The folders of the servers killed above are gone (other processes' folders are not ours to judge).
      expect(ours().filter((n) => killed.some((pid) => n.startsWith(`chokepoint-upload-${pid}-`)))).toEqual([])
      const res = await fetch(`${url}datasets?format=comtrade&name=big.csv`, { method: 'POST', headers: { authorization: 'Bearer t' }, body })
      expect(res.status, stderr()).toBe(200)
    } finally {
      child.kill('SIGKILL')
    }
    expect(answers(db)).toBe(ops[0].after)
  }, 300_000)
})
