import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import { REPO_ROOT, tempDir } from '../../test-support/files.js'
import { generateComtrade } from '../generate/comtrade.js'

const CLI = join(REPO_ROOT, 'src/cli/main.ts')

/** Starts an ingest in a child process and kills it after `ms`; resolves with how it ended. */
function ingestAndKill(file: string, db: string, ms: number): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', file, '--format', 'comtrade', '--db', db], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve({ killed: signal === 'SIGKILL' })
    })
  })
}

describe('a process killed mid-ingest', () => {
  test('leaves the database readable and without a partial dataset', async () => {
    const dir = tempDir()
    const file = join(dir, 'big.csv')
    const gen = await openStore(':memory:')
    await generateComtrade(gen, { rows: 1_500_000, out: file, seed: 3 })
    await gen.close()
    // Kill at growing delays until one lands while the load runs (startup time varies by machine).
    let killedOnce = false
    for (const ms of [1500, 2500, 4000, 6000]) {
      const db = join(dir, `k${ms}.duckdb`)
      const { killed } = await ingestAndKill(file, db, ms)
      const store = await openStore(db)
      const datasets = await store.all<{ rows: number }>(`SELECT rows FROM dataset`)
      const [{ n }] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM flow`)
      await store.close()
      if (killed) {
        killedOnce = true
        // Either the commit happened before the kill (whole dataset) or nothing is there.
        if (datasets.length) expect(n).toBe(datasets[0].rows)
        else expect(n).toBe(0)
      }
      if (killed && !datasets.length) break
    }
    expect(killedOnce).toBe(true)
  }, 180_000)
})
