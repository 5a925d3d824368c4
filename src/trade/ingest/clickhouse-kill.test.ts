import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { clickhouseServers, freshStore } from '../../test-support/clickhouse.js'
import { REPO_ROOT, tempDir } from '../../test-support/files.js'
import { generateComtrade } from '../generate/comtrade.js'
import { ingest } from './ingest.js'

const CLI = join(REPO_ROOT, 'src/cli/main.ts')

/**
 * Starts `chokepoint ingest` in a child process and kills it as soon as `ready()` holds (polled
 * every 50 ms), or after `ms`; resolves with whether the kill came before the process ended.
 */
function ingestAndKill(file: string, db: string, ready: () => Promise<boolean>, ms = 120_000): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', file, '--format', 'comtrade', '--db', db], { cwd: REPO_ROOT, stdio: 'ignore' })
    let done = false
    const poll = async () => {
      while (!done && !(await ready().catch(() => false))) await new Promise((r) => setTimeout(r, 50))
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    void poll()
    child.on('exit', (_code, signal) => {
      done = true
      clearTimeout(timer)
      resolve({ killed: signal === 'SIGKILL' })
    })
  })
}

const drops: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const drop of drops) await drop()
})

describe.each(clickhouseServers)('a process killed mid-ingest into clickhouse ($name)', ({ url: server }) => {
  test('leaves no dataset listed but a whole one, and a re-run loads it once', async () => {
    const dir = tempDir()
    const file = join(dir, 'big.csv')
    const gen = await openStore(':memory:')
    await generateComtrade(gen, { rows: 300_000, out: file, seed: 5 })
    await gen.close()
    const flowRows = async (s: Store) => Number((await s.all<{ n: number }>(`SELECT count() AS n FROM flow`))[0].n)
    // Killed the moment its flow rows reach clickhouse: after them come coverage, codes, places
    // and, last, the dataset row. Tried on fresh databases until a kill lands in between.
    let cutOff: Store | undefined
    for (let attempt = 0; attempt < 4 && !cutOff; attempt++) {
      const { store, url, drop } = await freshStore(server, 'kill')
      drops.push(drop)
      await ingestAndKill(file, url, async () => (await flowRows(store)) > 0)
      const datasets = await store.all<{ id: string; rows: number }>(`SELECT id, rows FROM dataset`)
      // Listed means whole; rows of an unlisted load may remain, which no figure reads.
      for (const d of datasets) expect(await flowRows(store)).toBe(d.rows)
      if (datasets.length === 0 && (await flowRows(store)) > 0) cutOff = store
    }
    expect(cutOff).toBeDefined()
    const done = await ingest(cutOff!, file, { format: 'comtrade' })
    expect(done.status).toBe('loaded')
    expect(await flowRows(cutOff!)).toBe(done.rows)
    expect((await cutOff!.all(`SELECT id FROM dataset`)).length).toBe(1)
  }, 240_000)
})
